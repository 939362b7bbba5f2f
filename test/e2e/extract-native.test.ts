/**
 * The content script's extractor in Chromium, where it matches selectors with the browser's native
 * engine (selectors.ts), gives exactly the article it gives in jsdom, where the hand matcher runs:
 * every fixture page, served under its outlet's hostname, every field but the clock.
 */
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractLive } from '../../src/extract/live';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server.mjs';
import { loadFixturePages, parseWith } from '../unit/extract/fixture-pages';
import { ROOT, launchChromium, type ChromiumSession } from './browsers';

const pages = loadFixturePages();
const NOW = '2026-05-21T00:00:00.000Z';

/** What the page-side bundle returns: the article (or the reason it is none) and, per block, its tag. */
type Outcome = { article: unknown; blockTags: string[] } | { notArticle: string };

/** The outcome of `extractLive` on `doc`, in a form both sides can compare. */
const outcome = (r: ReturnType<typeof extractLive>): Outcome =>
  'notArticle' in r ? { notArticle: r.reason } : { article: r.article, blockTags: r.blocks.map((b) => b.tagName) };

describe('Chromium: extraction with the native selector engine', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let bundle: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(server);
    const out = await esbuild.build({
      stdin: {
        contents: `import { extractLive } from './src/extract/live';
          (globalThis as any).zvirkaExtract = (now: string) => {
            const r = extractLive(document, location.href, { now: new Date(now) });
            return 'notArticle' in r ? { notArticle: r.reason } : { article: r.article, blockTags: r.blocks.map((b) => b.tagName) };
          };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
      define: { __ZVIRKA_TEST__: 'false' },
    });
    bundle = out.outputFiles[0]!.text;
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('gives every fixture page the same article as the hand matcher in jsdom', async () => {
    const tab = await session.context.newPage();
    let articles = 0;
    for (const { name, html, expected } of pages) {
      const inNode = outcome(extractLive(parseWith('jsdom', html, expected.url), expected.url, { now: new Date(NOW) }));
      await tab.goto(expected.url);
      await tab.addScriptTag({ content: bundle });
      const inChromium = await tab.evaluate((now) => (globalThis as unknown as { zvirkaExtract: (n: string) => Outcome }).zvirkaExtract(now), NOW);
      expect(JSON.parse(JSON.stringify(inChromium)), name).toEqual(JSON.parse(JSON.stringify(inNode)));
      if ('article' in inChromium) articles++;
    }
    // Every fixture is an article page; none may have slipped to "not an article" on both sides.
    expect(articles).toBe(pages.length);
    await tab.close();
  }, 180_000);
});
