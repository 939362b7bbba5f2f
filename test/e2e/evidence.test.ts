/**
 * Evidence end to end in Chromium: two outlets' fixture feeds served locally (one with full text,
 * one linking to fixture pages), the background polls them through the test hook, the service
 * worker is stopped (DevTools protocol, ServiceWorker.stopAllWorkers) and woken again by a page,
 * and nothing is lost: the counts are the same and the Korrespondent seed's Reuters claim is denied.
 *
 * The extension under test is dist-test/chrome. Until the manifest has the `alarms` permission and
 * the rss.unian.net host (and, before that, until the entry wired the evidence side), this test runs
 * a copy with those additions (see the report of engineer F).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { DIST_TEST, ROOT, launchChromium, type ChromiumSession } from './browsers';
import { isReady, seedPage } from './pages';
import type { EvidenceTestToBackground as Hooks } from '../../src/shared/test-hooks';

const FEEDS: [string, string, string][] = [
  ['https://www.pravda.com.ua/rss/', 'test/fixtures/feeds/pravda-rss.xml', 'application/rss+xml; charset=utf-8'],
  ['https://suspilne.media/rss/all.rss', 'test/fixtures/feeds/suspilne-atom.xml', 'application/atom+xml; charset=utf-8'],
];


/** dist-test/chrome, or a copy with the evidence side wired when the entry does not wire it yet. */
async function extensionDir(): Promise<{ dir: string; temp?: string }> {
  const dist = join(DIST_TEST, 'chrome');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const wired = readFileSync(join(dist, 'background.js'), 'utf8').includes('zvirka-feeds');
  if (wired && manifest.permissions.includes('alarms')) return { dir: dist };
  const temp = mkdtempSync(join(tmpdir(), 'zvirka-evidence-ext-'));
  cpSync(dist, temp, { recursive: true });
  if (!manifest.permissions.includes('alarms')) manifest.permissions.push('alarms');
  if (!manifest.host_permissions.includes('https://rss.unian.net/*')) manifest.host_permissions.push('https://rss.unian.net/*');
  writeFileSync(join(temp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  if (!wired) {
    await esbuild.build({
      stdin: {
        contents: "import './src/background/index.ts';\nimport { installEvidence } from './src/background/evidence/wire.ts';\ninstallEvidence({ log: (m) => console.warn(`[zvirka] ${m}`) });\n",
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile: join(temp, 'background.js'),
      bundle: true,
      format: 'esm',
      target: ['chrome120'],
      charset: 'utf8',
      logLevel: 'warning',
      define: { __ZVIRKA_TEST__: 'true', __ZVIRKA_BROWSER__: '"chrome"', 'process.env.NODE_ENV': '"production"' },
    });
  }
  return { dir: temp, temp };
}

describe('Chromium: evidence from feeds survives a worker restart', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let ext: { dir: string; temp?: string };

  beforeAll(async () => {
    server = await startFixtureServer({ extraHosts: ['rss.unian.net'] });
    for (const [url, file, type] of FEEDS) server.route(url, readFileSync(join(ROOT, file)), type);
    ext = await extensionDir();
    session = await launchChromium(server, { dist: ext.dir });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (ext?.temp) rmSync(ext.temp, { recursive: true, force: true });
  });

  it('polls the fixture feeds, keeps everything across a stopped worker, and links the Reuters claim to the denial', async () => {
    let worker: Worker = await session.worker();
    await expect.poll(() => worker.evaluate(() => typeof (globalThis as { __zvirkaEvidence?: unknown }).__zvirkaEvidence), { timeout: 10_000 }).toBe('object');
    const tick = await worker.evaluate(() => (globalThis as unknown as { __zvirkaEvidence: Hooks }).__zvirkaEvidence.pollFeedsNow());
    // pravda's first item carries full text; its second item and suspilne's two entries are fetched pages.
    expect(tick).toMatchObject({ indexed: 1, fetched: 3, queued: 0 });
    expect(server.log.some((l) => l.url.includes('reuters.com'))).toBe(false);
    const before = await worker.evaluate(() => (globalThis as unknown as { __zvirkaEvidence: Hooks }).__zvirkaEvidence.evidenceCounts());
    expect(before).toMatchObject({ articles: 4, indexSize: 4, byObtained: { feed: 4 }, snapshotCurrent: true });

    // Stop the worker the way Chrome does when it idles, then wake it with a page of a supported outlet.
    // A marker in the worker's globals proves the woken worker is a fresh one (memory gone).
    await worker.evaluate(() => ((globalThis as { __zvirkaMarker?: number }).__zvirkaMarker = 1));
    const blank = await session.context.newPage();
    const cdp = await session.context.newCDPSession(blank);
    const status = new Map<string, string>();
    const scope = `chrome-extension://${session.extensionId}/`;
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(scope)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...status.values()].includes('running'), { timeout: 10_000 }).toBe(true);
    const versionId = [...status.entries()].find(([, s]) => s === 'running')![0];
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => status.get(versionId), { timeout: 15_000 }).toBe('stopped');
    const page = await session.context.newPage();
    const seed = seedPage(server);
    await page.goto(seed.url);
    // The content script's first message starts the worker again.
    await expect.poll(() => status.get(versionId), { timeout: 20_000 }).toBe('running');
    const live = async (): Promise<boolean> => {
      for (const w of session.context.serviceWorkers().reverse()) {
        const ok = await w.evaluate(() => typeof (globalThis as { __zvirkaEvidence?: unknown }).__zvirkaEvidence === 'object').catch(() => false);
        if (ok) {
          worker = w;
          return true;
        }
      }
      return false;
    };
    await expect.poll(live, { timeout: 20_000 }).toBe(true);
    expect(await worker.evaluate(() => (globalThis as { __zvirkaMarker?: number }).__zvirkaMarker)).toBeUndefined();

    const after = await worker.evaluate(() => (globalThis as unknown as { __zvirkaEvidence: Hooks }).__zvirkaEvidence.evidenceCounts());
    // Every feed article survived. The page the reader opened, and the in-body links it queued
    // (fetched politely, so sooner or later depending on the machine), may have been added by then.
    expect(after.byObtained.feed).toBe(before.byObtained.feed);
    expect(after.articles - (after.byObtained.page ?? 0) - (after.byObtained.linked ?? 0)).toBe(before.articles);
    expect(after.feedsWithState).toBe(before.feedsWithState);
    const links = await worker.evaluate((url) => (globalThis as unknown as { __zvirkaEvidence: Hooks }).__zvirkaEvidence.linksForUrl(url), seed.url);
    const reuters = links.find((l) => l.text.includes('Reuters') && l.text.includes('200 російських'));
    expect(reuters?.stances).toContain('denies');
    expect(reuters?.urls).toContain('https://www.pravda.com.ua/news/2026/05/20/7590250/');

    // The content script's own path (pageArticle, then linksFor) gives the same claim its denial in
    // the tab state the popup reads, once the entry wires it (it does since the reader-side commit).
    await page.waitForFunction(isReady, undefined, { timeout: 20_000 });
    const state = await worker.evaluate(async (url) => {
      const all = await (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null);
      return Object.values(all).find((v) => (v as { url?: string }).url === url) as { claims: { text: string; state: string; links: { stance: string }[] }[] } | undefined;
    }, seed.url);
    const claim = state?.claims.find((c) => c.text.includes('Reuters') && c.text.includes('200 російських'));
    expect(claim?.links.some((l) => l.stance === 'denies')).toBe(true);
    expect(claim?.state).toBe('denied');
    expect((await worker.evaluate(() => (globalThis as unknown as { __zvirkaEvidence: Hooks }).__zvirkaEvidence.evidenceCounts())).byObtained.page).toBe(1);
    await page.close();
    await blank.close();
  });
});
