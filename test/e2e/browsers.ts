/**
 * Launching Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core, WebDriver BiDi)
 * with the built extension loaded, pointed at the fixture server (shared/BROWSER-TESTING.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { FixtureServer } from '../server/fixture-server.mjs';

/** The repo root: npm scripts and vitest run there (and import.meta.url moves when bundled). */
export const ROOT = process.cwd();
/** The e2e tier runs the test build (production + test hooks): see build.mjs. */
export const DIST_TEST = join(ROOT, 'dist-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'zvirka@zvirka.app';
/** Pinned so the popup's moz-extension:// URL is known in advance. */
export const FIREFOX_UUID = '4b0e2b8c-6a1f-4c52-9d0e-2f7a1c3e5d90';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Chromium with the extension from `dist` (default dist-test/chrome) loaded, headless unless told. */
export async function launchChromium(
  server: FixtureServer,
  opts: {
    dist?: string;
    headless?: boolean;
    /** Reuse this profile (a browser restart); kept on close. */
    profile?: string;
    /** CSS-pixel viewport and device scale: 640×450 at 2 is a 1280×900 window at 200% zoom. */
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
  } = {},
): Promise<ChromiumSession> {
  const dist = opts.dist ?? join(DIST_TEST, 'chrome');
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'zvirka-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${server.chromiumHostRules()}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox ESR with the extension from `dist` (default dist-test/firefox) installed as a temporary add-on. */
export async function launchFirefox(
  server: FixtureServer,
  opts: { dist?: string; /** Reuse this profile (a browser restart). */ profile?: string } = {},
): Promise<Browser> {
  const dist = opts.dist ?? join(DIST_TEST, 'firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    ...(opts.profile ? { userDataDir: opts.profile } : {}),
    extraPrefsFirefox: {
      ...server.firefoxProxyPrefs(),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // A temporary add-on is uninstalled when the browser closes; keep its storage for the restart test.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(dist);
  return browser;
}

/**
 * The Firefox tab whose document is at `prefix`. BiDi reports extension pages as about:blank in
 * `page.url()`, so each page is asked for its own location.
 */
export async function findFirefoxPage(browser: Browser, prefix: string, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab at ${prefix} after ${timeout} ms`);
}
