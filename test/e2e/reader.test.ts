// The defining example as a reader lives it, in Chromium: after reading the Reuters report and
// China's denial on Korrespondent, the seed page's Reuters claim is highlighted as denied; its card
// shows the denial; "Doesn't match?" on the denial hides it; the report survives a browser restart
// and is listed on the options page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { ROOT, launchChromium, type ChromiumSession } from './browsers';
import { highlightCount, openReady, readHighlights, seedPage, tabIdOf } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'chromium');
const HISTORY = ['korrespondent-reuters-training-report-uk', 'korrespondent-china-denies-reuters-uk'];


/** Opens the card of the claim whose text contains `needle` (through the popup's focus path). */
async function openCard(session: ChromiumSession, page: Page, needle: string) {
  const worker = await session.worker();
  const tabId = await worker.evaluate(tabIdOf, page.url());
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.zv-claim-text', { hasText: needle }).click();
  await popup.close();
  await page.bringToFront();
  const card = page.locator('zvirka-card .zv-card');
  await card.waitFor({ state: 'visible' });
  return card;
}

describe('Chromium: the Reuters claim, its denial, and a mismatch report that lasts', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let profile: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    profile = mkdtempSync(join(tmpdir(), 'zvirka-reader-'));
    session = await launchChromium(server, { profile });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the denial, hides it when reported, and keeps the report across a restart', async () => {
    for (const name of HISTORY) await (await openReady(session, seedPage(server, name).url)).close();
    const seedUrl = seedPage(server).url;
    let page = await openReady(session, seedUrl);
    // The Reuters claim is highlighted as denied.
    const denied = (await page.evaluate(readHighlights))['zvirka-denied'] ?? [];
    expect(denied.some((t) => t.includes('Reuters із посиланням'))).toBe(true);

    let card = await openCard(session, page, 'Reuters із посиланням');
    const denial = card.locator('.zv-evidence.zv-denies', { hasText: 'спростувало публікацію агентства Reuters' });
    await expect.poll(() => card.locator('.zv-evidence.zv-denies').count()).toBeGreaterThan(0);
    const deniesBefore = await card.locator('.zv-evidence.zv-denies').count();
    expect(await card.innerText()).toMatch(/Reuters|Рейтер/);
    await page.screenshot({ path: join(SHOTS, 'card-denial.png') });

    // Two clicks: "Doesn't match?", then a reason.
    const item = (await denial.count()) ? denial.first() : card.locator('.zv-evidence.zv-denies').first();
    const sentence = await item.locator('.zv-sentence').innerText();
    await item.locator('.zv-report-open').click();
    await item.locator('[data-reason="not-about-claim"]').click();
    await expect.poll(() => card.locator('.zv-evidence.zv-denies').count(), { timeout: 5_000 }).toBe(deniesBefore - 1);
    expect(await card.innerText()).not.toContain(sentence);

    // A browser restart: the same profile, a new browser process.
    await session.close();
    session = await launchChromium(server, { profile });
    page = await openReady(session, seedUrl);
    card = await openCard(session, page, 'Reuters із посиланням');
    await expect.poll(() => card.locator('.zv-evidence').count()).toBeGreaterThan(0);
    expect(await card.innerText()).not.toContain(sentence);

    // The options page lists the report.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const reports = options.locator('.zv-reports li');
    await reports.first().waitFor();
    expect(await reports.count()).toBe(1);
    expect(await reports.first().innerText()).toContain('Reuters');
    await options.screenshot({ path: join(SHOTS, 'options-report.png'), fullPage: true });
    await options.close();
    await page.close();
  });

  it('the popup lists the page\'s claims and a click scrolls the page to the claim', async () => {
    const page = await openReady(session, seedPage(server).url);
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await page.evaluate(() => window.scrollY);
    await openCard(session, page, 'Згодом Китай спростував');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect(await page.evaluate(highlightCount)).toBeGreaterThan(3);
    await page.close();
  });
});
