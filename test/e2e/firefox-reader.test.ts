// The defining example in Firefox ESR: after reading the Reuters report and China's denial, the
// seed's Reuters claim is highlighted as denied and its card shows the denial; a two-click report
// hides the link, survives a browser restart, and is listed on the options page; the keyboard path
// (stepClaim) walks the claims. The card, the popup and the options page pass axe-core (serious and
// critical rules) in Firefox too.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { axeViolations } from './axe';
import { FIREFOX_UUID, ROOT, findFirefoxPage, launchFirefox } from './browsers';
import { isReady, readHighlights, seedPage } from './pages';

const SHOTS = join(ROOT, 'test-results', 'screenshots', 'firefox');
const HISTORY = ['korrespondent-reuters-training-report-uk', 'korrespondent-china-denies-reuters-uk'];
const EXT = `moz-extension://${FIREFOX_UUID}/`;

async function openReady(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(isReady, { timeout: 20_000 });
  return page;
}

/** An extension page opened by the test build's hook; found by its own location (BiDi reports about:blank). */
async function openExtensionPage(browser: Browser, from: Page, which: 'popup' | 'options'): Promise<Page> {
  await from.evaluate((w) => window.postMessage({ zvirkaTest: `open-${w}` }, '*'), which);
  return findFirefoxPage(browser, `${EXT}${which}.html`);
}

/** Text of the open card (the test build's card has an open shadow root). */
const cardText = (page: Page) => page.evaluate(() => document.querySelector('zvirka-card')?.shadowRoot?.querySelector('.zv-card')?.textContent ?? '');

describe('Firefox ESR: the Reuters claim, its denial, and a mismatch report that lasts', () => {
  let server: FixtureServer;
  let browser: Browser;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    profile = mkdtempSync(join(tmpdir(), 'zvirka-ff-reader-'));
    browser = await launchFirefox(server, { profile });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the denial in the card, hides it when reported, and keeps the report across a restart', async () => {
    for (const name of HISTORY) await (await openReady(browser, seedPage(server, name).url)).close();
    const seedUrl = seedPage(server).url;
    let page = await openReady(browser, seedUrl);
    const denied = (await page.evaluate(readHighlights))['zvirka-denied'] ?? [];
    expect(denied.some((t) => t.includes('Reuters із посиланням'))).toBe(true);

    // The popup lists the claims; a click there scrolls the page to the claim and opens its card.
    let popup = await openExtensionPage(browser, page, 'popup');
    await popup.waitForSelector('.zv-claim-text');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.zv-claim-text')].find((b) => b.textContent!.includes('Reuters із посиланням'))!.click());
    await page.bringToFront();
    await page.waitForFunction(() => !!document.querySelector('zvirka-card')?.shadowRoot?.querySelector('.zv-evidence.zv-denies'), { timeout: 10_000 });
    expect(await cardText(page)).toContain('Reuters');
    await page.screenshot({ path: join(SHOTS, 'card-denial.png') });
    expect(await axeViolations(page, 'zvirka-card')).toEqual([]);
    const denialsBefore = await page.evaluate(() => document.querySelector('zvirka-card')!.shadowRoot!.querySelectorAll('.zv-evidence.zv-denies').length);

    // Two clicks on the first denial: "Doesn't match?", then "Not about this claim".
    const sentence = await page.evaluate(() => {
      const item = document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-evidence.zv-denies')!;
      (item.querySelector('.zv-report-open') as HTMLButtonElement).click();
      return item.querySelector('.zv-sentence')!.textContent!;
    });
    await page.waitForFunction(() => !!document.querySelector('zvirka-card')!.shadowRoot!.querySelector('[data-reason="not-about-claim"]'));
    await page.evaluate(() => (document.querySelector('zvirka-card')!.shadowRoot!.querySelector('[data-reason="not-about-claim"]') as HTMLButtonElement).click());
    await page.waitForFunction(
      (n) => document.querySelector('zvirka-card')!.shadowRoot!.querySelectorAll('.zv-evidence.zv-denies').length === n,
      { timeout: 5_000 },
      denialsBefore - 1,
    );
    expect(await cardText(page)).not.toContain(sentence);
    await popup.close();

    // Keyboard: focus is in the card; its Next button, pressed with Enter, moves to the next claim.
    const quote = () => page.evaluate(() => document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-quote')!.textContent);
    const before = await quote();
    await page.evaluate(() => [...document.querySelector('zvirka-card')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zv-step')].at(-1)!.focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-quote')!.textContent !== q, { timeout: 5_000 }, before);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-card'), { timeout: 5_000 });

    // Restart: the same profile, the add-on installed again (its storage kept).
    await browser.close();
    browser = await launchFirefox(server, { profile });
    page = await openReady(browser, seedUrl);
    popup = await openExtensionPage(browser, page, 'popup');
    await popup.waitForSelector('.zv-claim-text');
    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.zv-claim-text')].find((b) => b.textContent!.includes('Reuters із посиланням'))!.click());
    await page.bringToFront();
    await page.waitForFunction(() => !!document.querySelector('zvirka-card')?.shadowRoot?.querySelector('.zv-evidence'), { timeout: 10_000 });
    expect(await cardText(page)).not.toContain(sentence);

    const options = await openExtensionPage(browser, page, 'options');
    await options.waitForSelector('.zv-reports li', { timeout: 10_000 });
    expect(await options.$$eval('.zv-reports li', (els) => els.length)).toBe(1);
    expect(await axeViolations(options)).toEqual([]);
    await options.setViewport({ width: 1100, height: 1400 });
    await options.screenshot({ path: join(SHOTS, 'options-report.png'), fullPage: true });
  });
});
