// The reader-facing UI in Chromium: accessibility (axe-core) of the claim card, the popup and the
// options page; screenshots of each; and a page that rewrites its own DOM after load.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { axeViolations } from './axe';
import { ROOT, launchChromium, type ChromiumSession } from './browsers';
import { callTab, highlightCount, readHighlights, routeVariants, tabIdOf } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'chromium');

describe('Chromium: card, popup and options as a reader meets them', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let urls: ReturnType<typeof routeVariants>;

  beforeAll(async () => {
    server = await startFixtureServer();
    urls = routeVariants(server);
    session = await launchChromium(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the claim card, the popup and the options page have no serious or critical axe violations', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.probeUrl);
    await page.waitForFunction(highlightCount, undefined, { timeout: 15_000 });
    const worker = await session.worker();
    const tabId = await worker.evaluate(tabIdOf, urls.probeUrl);
    await worker.evaluate(callTab, [tabId!, 'stepClaim', [1]] as const);
    await page.locator('zvirka-card .zv-card').waitFor({ state: 'visible' });
    expect(await axeViolations(page, 'zvirka-card')).toEqual([]);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.zv-claim').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);

    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1100, height: 1400 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('.zv-table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });

    // Dark mode follows the system.
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(SHOTS, 'popup-dark.png') });
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.zv-popup')!).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    for (const p of [page, popup, options]) await p.close();
  });

  it('a page that rewrites its own DOM after load is left without stray highlights and without errors', async () => {
    const page = await session.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(urls.probeUrl);
    await page.waitForFunction(highlightCount, undefined, { timeout: 15_000 });
    const before = Object.values(await page.evaluate(readHighlights)).flat().length;
    expect(before).toBeGreaterThan(2);
    // The page's own script rewrites one paragraph and removes another (as live blogs and SPAs do).
    await page.evaluate(() => {
      const ps = [...document.querySelectorAll('.post-item__text p')];
      const reuters = ps.find((p) => p.textContent!.includes('Reuters із посиланням'))!;
      const denial = ps.find((p) => p.textContent!.startsWith('Згодом Китай'))!;
      reuters.textContent = 'Оновлено: текст змінено редакцією.';
      denial.remove();
    });
    // The two rewritten claims leave the registry (not just collapse to empty ranges); the rest stay.
    await expect.poll(async () => Object.values(await page.evaluate(readHighlights)).flat().length, { timeout: 5_000 }).toBe(before - 2);
    const after = Object.values(await page.evaluate(readHighlights)).flat();
    expect(after.some((t) => t.includes('Reuters'))).toBe(false);
    expect(after.every((t) => t.trim().length > 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
