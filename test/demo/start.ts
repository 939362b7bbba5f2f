// `npm start`: the product on built-in demo pages. Serves the fixture pages (the seed articles as
// their outlets' pages, and the other fixtures) under the outlets' real hostnames and opens Chromium
// with the production build (dist/chrome) loaded.
//   With a display: a browser window on the first demo page; Ctrl+C stops.
//   Headless (`npm start -- --headless`, or no DISPLAY): screenshots of every seed page, a claim
//   card and the popup are written to test-results/demo/ and their paths printed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../server/fixture-server.mjs';
import { launchChromium } from '../e2e/browsers';
import { highlightCount, tabIdOf } from '../e2e/pages';
import { isSupportedHost } from '../../src/shared/sites';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist', 'chrome');
const OUT = join(ROOT, 'test-results', 'demo');
/** How long a page may take to be analysed before the demo moves on. */
const PAGE_TIMEOUT_MS = 15_000;

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await startFixtureServer();
const seeds = server.pages.filter((p) => p.name.startsWith('seed-'));
const first = seeds[0] ?? server.pages[0];
if (!first) {
  console.error('no demo pages found in test/fixtures/pages');
  process.exit(1);
}
const session = await launchChromium(server, { dist: DIST, headless });

/** Pages read at once while the reading history is built. */
const HISTORY_TABS = 4;

/**
 * The reader's history: every non-seed fixture page is opened once (as a reader would have read
 * them), so the extension indexes them as evidence and the seed pages show their links.
 */
async function readHistory(): Promise<number> {
  const pages = server.pages.filter((p) => !p.name.startsWith('seed-'));
  let next = 0;
  const worker = async () => {
    const tab = await session.context.newPage();
    while (next < pages.length) {
      const p = pages[next++]!;
      await tab.goto(p.url).catch(() => {});
      await tab.waitForFunction(highlightCount, undefined, { timeout: 5_000 }).catch(() => {});
      // Give the background a moment to index the page before the next one.
      await tab.waitForTimeout(150);
    }
    await tab.close();
  };
  await Promise.all(Array.from({ length: HISTORY_TABS }, worker));
  return pages.length;
}
console.log(`Reading ${server.pages.length - seeds.length} other demo pages first, as a reader's history…`);
console.log(`  indexed ${await readHistory()} pages`);

async function analysed(page: Page): Promise<number> {
  await page.waitForFunction(highlightCount, undefined, { timeout: PAGE_TIMEOUT_MS }).catch(() => {});
  return page.evaluate(highlightCount);
}

if (!headless) {
  const page = await session.context.newPage();
  await page.goto(first.url);
  console.log(`Zvirka demo: Chromium is open on ${first.url}`);
  console.log('Other demo pages (they resolve inside that browser only):');
  for (const p of server.pages) console.log(`  ${p.url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await session.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  session.context.on('close', stop);
} else {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  const worker = await session.worker();
  for (const p of seeds) {
    const page = await session.context.newPage();
    await page.goto(p.url);
    const n = await analysed(page);
    // Scroll the first highlighted claim into view so the screenshot shows highlights.
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      for (const [, h] of registry) for (const r of h) return r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    const shot = join(OUT, `${p.name}.png`);
    await page.screenshot({ path: shot });
    const supported = isSupportedHost(new URL(p.url).hostname);
    written.push(`${shot}  (${supported ? `${n} claims highlighted` : 'not a supported outlet: Zvirka stays off until the reader enables the site'})`);
    if (p !== first) await page.close();
  }
  // The popup for the first page, then a click on its first claim opens the card on the page.
  const tabId = await worker.evaluate(tabIdOf, first.url);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.zv-claim, .zv-status').first().waitFor({ timeout: PAGE_TIMEOUT_MS }).catch(() => {});
  const popupShot = join(OUT, 'popup.png');
  await popup.screenshot({ path: popupShot });
  written.push(popupShot);
  // The defining example: the Reuters report's card (China's denial); else the first claim.
  const reuters = popup.locator('.zv-claim-text', { hasText: 'Reuters' });
  const claim = (await reuters.count()) ? reuters.first() : popup.locator('.zv-claim-text').first();
  if (await claim.count()) {
    await claim.click();
    const page = session.context.pages().find((pg) => pg.url() === first.url);
    if (page) {
      await page.bringToFront();
      await page.waitForTimeout(300);
      const cardShot = join(OUT, 'card.png');
      await page.screenshot({ path: cardShot });
      written.push(cardShot);
    }
  }
  console.log('Zvirka demo screenshots:');
  for (const w of written) console.log(`  ${w}`);
  await session.close();
  await server.close();
}
