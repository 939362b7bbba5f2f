// Readable at 200% zoom (WCAG 1.4.4 / 1.4.10), in Chromium: a 1280×900 window at 200% lays pages out
// in a 640×450 CSS-pixel viewport at device scale 2, which is what this session emulates. The card
// stays inside the viewport, beside (never over) its claim, without horizontal scrolling; the popup
// (Chrome caps popups at 800×600 device pixels: 400×300 CSS pixels at 200%) and the options page
// reflow without horizontal scrolling. Screenshots of all three are saved. The card's text is sized
// from the reader's default font size, not from the page's root (which sites shrink with 62.5%).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { ROOT, launchChromium, type ChromiumSession } from './browsers';
import { callTab, cardGeometry, horizontalOverflow, openReady, seedPage, tabIdOf } from './pages';
import { expectReadableCard, POPUP_MAX, VIEWPORT, ZOOM } from './readable';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'chromium-zoom-200');

describe('Chromium at 200% zoom: card, popup and options stay readable', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(server, { viewport: VIEWPORT, deviceScaleFactor: ZOOM });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openSeed(): Promise<{ page: Page; tabId: number }> {
    const page = await openReady(session, seedPage(server).url);
    const tabId = (await (await session.worker()).evaluate(tabIdOf, page.url()))!;
    return { page, tabId };
  }

  it('the card fits the zoomed viewport, beside its claim, with no horizontal scrolling', async () => {
    const { page, tabId } = await openSeed();
    const popup = await session.context.newPage();
    await popup.setViewportSize(POPUP_MAX);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.zv-claim').first().waitFor();
    expect(await popup.evaluate(horizontalOverflow)).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.locator('.zv-claim-text', { hasText: 'Reuters із посиланням' }).click();
    await popup.close();
    await page.bringToFront();
    await page.locator('zvirka-card .zv-card').waitFor({ state: 'visible' });

    const geometry = await page.evaluate(cardGeometry, 'Reuters із посиланням');
    expectReadableCard(geometry);
    await page.screenshot({ path: join(SHOTS, 'card.png') });
    await page.close();
  });

  it("the card's text follows the reader's font size, not a page root shrunk to 10 px", async () => {
    const seed = seedPage(server);
    const url = `${seed.url}?variant=small-root`;
    server.route(url, readFileSync(seed.file, 'utf8').replace('</head>', '<style>html { font-size: 10px }</style></head>'));
    const page = await openReady(session, url);
    const worker = await session.worker();
    await worker.evaluate(callTab, [(await worker.evaluate(tabIdOf, url))!, 'stepClaim', [1]] as const);
    await page.locator('zvirka-card .zv-card').waitFor({ state: 'visible' });
    const px = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-quote')!).fontSize));
    expect(px).toBeCloseTo(14, 0);
    await page.close();
  });

  it('the options page reflows without horizontal scrolling', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('.zv-table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await options.evaluate(horizontalOverflow)).toBeLessThanOrEqual(0);
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await options.close();
  });
});
