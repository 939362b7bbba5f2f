import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { FIREFOX_UUID, ROOT, findFirefoxPage, launchFirefox } from './browsers';
import { cardGeometry, claimPoint, highlightCount, horizontalOverflow, isReady, readHighlights, routeVariants, seedPage } from './pages';
import { expectReadableCard, VIEWPORT, ZOOM } from './readable';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'firefox');

describe('Firefox ESR: the extension on a fixture outlet page', () => {
  let server: FixtureServer;
  let browser: Browser;
  let urls: ReturnType<typeof routeVariants>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    urls = routeVariants(server);
    browser = await launchFirefox(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script, registers highlights, and the popup renders the claims from the background', async () => {
    const page = await browser.newPage();
    await page.goto(urls.probeUrl, { waitUntil: 'load' });
    await page.waitForFunction(highlightCount, { timeout: 15_000 });
    const texts = Object.values(await page.evaluate(readHighlights)).flat();
    expect(texts.some((t) => t.includes('Reuters') && t.includes('200 російських військовослужбовців'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'page.png') });

    // BiDi will not navigate to moz-extension:// pages: the test build's content script asks the
    // background to open the popup for this tab (src/shared/test-hooks.ts).
    await page.evaluate(() => window.postMessage({ zvirkaTest: 'open-popup' }, '*'));
    const popup = await findFirefoxPage(browser, `moz-extension://${FIREFOX_UUID}/popup.html?tab=`);
    await popup.waitForSelector('.zv-claim', { timeout: 10_000 });
    const listed = await popup.$$eval('.zv-claim-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(listed.length).toBe(texts.length);
    expect(listed.some((t) => t.includes('Reuters'))).toBe(true);
    await popup.setViewport({ width: 420, height: 700 });
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });

    // A click in the popup scrolls the page to the claim and opens its card.
    const buttons = await popup.$$('.zv-claim-text');
    const index = listed.findIndex((t) => t.startsWith('Згодом Китай спростував'));
    expect(index).toBeGreaterThanOrEqual(0);
    await buttons[index]!.click();
    await page.bringToFront();
    await page.waitForFunction(
      () => document.querySelector('zvirka-card')?.shadowRoot?.querySelector('.zv-card')?.textContent?.includes('Згодом Китай'),
      { timeout: 10_000 },
    );
    await page.screenshot({ path: join(SHOTS, 'page-card.png') });
  });

  it("a content-script exception never breaks the page's own scripts", async () => {
    const page = await browser.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e as Error));
    await page.goto(urls.faultUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.zvirkaTestStatus === 'failed', { timeout: 15_000 });
    await page.mouse.click(5, 5);
    await page.mouse.click(5, 5);
    const state = await page.evaluate(() => ({
      clicks: (window as unknown as { __clicks: number }).__clicks,
      ticks: (window as unknown as { __ticks: number }).__ticks,
    }));
    expect(state.clicks).toBe(2);
    expect(state.ticks).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(highlightCount)).toBe(0);
  });

  it('a claim card that cannot load tells the reader so', async () => {
    const page = await browser.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e as Error));
    await page.goto(urls.cardFaultUrl, { waitUntil: 'load' });
    await page.waitForFunction(isReady, { timeout: 20_000 });
    const point = (await page.evaluate(claimPoint, ''))!;
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => !!document.querySelector('zvirka-notice'), { timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, 'card-load-failed.png') });
    expect(await page.evaluate(() => document.querySelector('zvirka-card'))).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('at 200% zoom a clicked claim opens a readable card beside it, and the options page reflows', async () => {
    const page = await browser.newPage();
    await page.setViewport({ ...VIEWPORT, deviceScaleFactor: ZOOM });
    await page.goto(seedPage(server).url, { waitUntil: 'load' });
    await page.waitForFunction(isReady, { timeout: 20_000 });
    // Click the middle of the Reuters claim's first line, as a reader would.
    const point = await page.evaluate((needle) => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const claim = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString().includes(needle))!;
      claim.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = claim.getClientRects()[0]!;
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    }, 'Reuters із посиланням');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => !!document.querySelector('zvirka-card')?.shadowRoot?.querySelector('.zv-card'), { timeout: 10_000 });
    expectReadableCard(await page.evaluate(cardGeometry, 'Reuters із посиланням'));
    await page.screenshot({ path: join(SHOTS, 'zoom-200-card.png') });

    await page.evaluate(() => window.postMessage({ zvirkaTest: 'open-options' }, '*'));
    const options = await findFirefoxPage(browser, `moz-extension://${FIREFOX_UUID}/options.html`);
    await options.setViewport({ ...VIEWPORT, deviceScaleFactor: ZOOM });
    await options.waitForSelector('.zv-table tbody tr', { timeout: 10_000 });
    expect(await options.evaluate(horizontalOverflow)).toBeLessThanOrEqual(0);
    await options.screenshot({ path: join(SHOTS, 'zoom-200-options.png'), fullPage: true });
  });
});
