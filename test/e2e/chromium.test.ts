import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { ROOT, launchChromium, type ChromiumSession } from './browsers';
import { callTab, claimPoint, highlightCount, isReady, readHighlights, routeVariants, tabIdOf } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'chromium');

describe('Chromium: the extension on a fixture outlet page', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let urls: ReturnType<typeof routeVariants>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    urls = routeVariants(server);
    session = await launchChromium(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs the content script, registers highlights, and the popup renders the claims from the background', async () => {
    const page = await session.context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    await page.goto(urls.probeUrl);
    await page.waitForFunction(highlightCount, undefined, { timeout: 15_000 });
    const highlights = await page.evaluate(readHighlights);
    const texts = Object.values(highlights).flat();
    expect(Object.keys(highlights).every((n) => n.startsWith('zvirka-'))).toBe(true);
    expect(texts.some((t) => t.includes('Reuters') && t.includes('200 російських військовослужбовців'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Згодом Китай спростував публікацію Reuters'))).toBe(true);

    // The page's own scripts still work with Zvirka running.
    await page.mouse.click(5, 5);
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    expect(pageErrors).toEqual([]);

    // The popup, opened as a tab for this page's tab, shows what the background recorded.
    const worker = await session.worker();
    const tabId = await worker.evaluate(tabIdOf, urls.probeUrl);
    expect(typeof tabId).toBe('number');
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const items = popup.locator('.zv-claim');
    await items.first().waitFor({ timeout: 10_000 });
    expect(await items.count()).toBe(texts.length);
    await expect.poll(() => popup.locator('.zv-claims').innerText()).toContain('Reuters');
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });

    // A click in the popup scrolls the page to the claim and opens its card beside it.
    await popup.locator('.zv-claim-text', { hasText: 'Згодом Китай спростував' }).click();
    await page.bringToFront();
    const card = page.locator('zvirka-card .zv-card');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card.innerText()).toContain('Згодом Китай спростував');
    await page.screenshot({ path: join(SHOTS, 'page-card.png') });
    await page.close();
    await popup.close();
  });

  it('a click on highlighted text opens the card; Esc closes it', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.probeUrl);
    await page.waitForFunction(highlightCount, undefined, { timeout: 15_000 });
    // Find the on-screen position of the Reuters claim through its highlight range.
    const point = await page.evaluate(claimPoint, 'Reuters із посиланням');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const card = page.locator('zvirka-card .zv-card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card.innerText()).toContain('Reuters');
    await page.screenshot({ path: join(SHOTS, 'card-click.png') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('the keyboard walks the claims: the next-claim command and the card\'s own buttons', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.probeUrl);
    await page.waitForFunction(highlightCount, undefined, { timeout: 15_000 });
    const worker = await session.worker();
    const tabId = await worker.evaluate(tabIdOf, urls.probeUrl);
    // The same message the background sends when the reader presses the next-claim shortcut.
    const step = (direction: 1 | -1) => worker.evaluate(callTab, [tabId!, 'stepClaim', [direction]] as const);
    const first = await step(1);
    const second = await step(1);
    expect(first).not.toBeNull();
    expect(second).not.toBe(first);
    const card = page.locator('zvirka-card .zv-card');
    await card.waitFor({ state: 'visible' });
    const before = await card.locator('.zv-quote').innerText();
    // Focus is inside the card; Tab reaches the buttons and Enter presses them.
    await card.locator('.zv-step').last().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.zv-quote').innerText()).not.toBe(before);
    expect(await step(-1)).toBe(second);
    await page.close();
  });

  it('a claim card that cannot load tells the reader so, and the page carries on', async () => {
    const page = await session.context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    await page.goto(urls.cardFaultUrl);
    await page.waitForFunction(isReady, undefined, { timeout: 20_000 });
    const at = (await page.evaluate(claimPoint, ''))!;
    await page.mouse.click(at.x, at.y);
    const notice = page.locator('zvirka-notice');
    await notice.waitFor({ state: 'attached', timeout: 5_000 });
    await page.screenshot({ path: join(SHOTS, 'card-load-failed.png') });
    expect(await page.locator('zvirka-card').count()).toBe(0);
    // The notice is the content script's own box: the page's DOM and scripts are untouched.
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(highlightCount)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => notice.count()).toBe(0);
    await page.close();
  });

  it("a content-script exception never breaks the page's own scripts", async () => {
    const page = await session.context.newPage();
    const pageErrors: Error[] = [];
    const logs: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    page.on('console', (m) => logs.push(m.text()));
    await page.goto(urls.faultUrl);
    await expect.poll(() => logs.some((l) => l.includes('[zvirka] analysis failed')), { timeout: 10_000 }).toBe(true);
    await page.mouse.click(5, 5);
    await page.mouse.click(5, 5);
    const state = await page.evaluate(() => ({
      clicks: (window as unknown as { __clicks: number }).__clicks,
      ticks: (window as unknown as { __ticks: number }).__ticks,
      views: document.querySelector('.post-item__views')?.textContent,
    }));
    expect(state.clicks).toBe(2);
    expect(state.ticks).toBeGreaterThan(0);
    expect(state.views).not.toBe('');
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(highlightCount)).toBe(0);
    expect(await page.locator('zvirka-card').count()).toBe(0);
    await page.close();
  });
});
