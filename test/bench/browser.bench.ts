// In-browser numbers (Chromium, production build from dist/chrome, or ZVIRKA_BENCH_DIST):
// - extraction: extractArticle on each fixture page's live DOM vs @mozilla/readability (median of RUNS),
// - the content script's main-thread time per seed page load (browser-loads.ts).
// ZVIRKA_BENCH_PART=extraction or =loads runs only that half.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { startFixtureServer } from '../server/fixture-server.mjs';
import { launchChromium } from '../e2e/browsers';
import { benchLoads } from './browser-loads';

const RUNS = 20;
const PART = process.env.ZVIRKA_BENCH_PART ?? 'all';

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

export async function run(): Promise<void> {
  const bundle = await esbuild.build({
    entryPoints: [join(process.cwd(), 'test/bench/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    define: { __ZVIRKA_TEST__: 'false' },
  });
  const script = bundle.outputFiles[0]!.text;
  const server = await startFixtureServer();
  const dist = process.env.ZVIRKA_BENCH_DIST ?? join(process.cwd(), 'dist', 'chrome');
  const session = await launchChromium(server, { dist });
  try {
    if (PART !== 'loads') {
      console.log(`extraction in Chromium, median of ${RUNS} samples of 10 runs each after 10 warm-up samples, on the live DOM (Readability on clones, clone time excluded; the two sampled alternately)`);
      console.log('page'.padEnd(40), 'zvirka'.padStart(10), 'readability'.padStart(12), 'ratio'.padStart(8));
      const page = await session.context.newPage();
      for (const p of server.pages) {
        await page.goto(p.url);
        await page.addScriptTag({ content: script });
        const r = await page.evaluate((n) => (globalThis as unknown as { zvirkaBench: { extraction(n: number): { ours: number; theirs: number } } }).zvirkaBench.extraction(n), RUNS);
        console.log(p.name.padEnd(40), fmt(r.ours).padStart(10), fmt(r.theirs).padStart(12), `${(r.theirs / r.ours).toFixed(1)}x`.padStart(8));
      }
      await page.close();
    }
    if (PART !== 'extraction') {
      if (PART === 'all') console.log('');
      await benchLoads(session, server.pages.filter((x: { name: string }) => x.name.startsWith('seed-')), dist);
    }
  } finally {
    await session.close();
    await server.close();
  }
}
