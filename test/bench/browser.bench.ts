// In-browser numbers (Chromium, production build):
// - extraction: extractArticle on each fixture page's live DOM vs @mozilla/readability (median of RUNS),
// - the content script's main-thread time per seed page load (its `zvirka:extract` + `zvirka:highlight`
//   performance measures; detection runs in the background worker), the longest task during the
//   load, and the wall time from the start of extraction to highlights on screen.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { startFixtureServer } from '../server/fixture-server.mjs';
import { launchChromium } from '../e2e/browsers';
import { highlightCount } from '../e2e/pages';

const RUNS = 20;
const LOADS = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** Records long tasks from the start of each load (runs before the page's scripts). */
function observeLongTasks() {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks unsupported: reported as 0.
  }
}

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
  const session = await launchChromium(server, { dist: join(process.cwd(), 'dist', 'chrome') });
  try {
    console.log(`extraction in Chromium, median of ${RUNS} samples of 10 runs each on the live DOM (Readability on clones)`);
    console.log('page'.padEnd(40), 'zvirka'.padStart(10), 'readability'.padStart(12), 'ratio'.padStart(8));
    const page = await session.context.newPage();
    for (const p of server.pages) {
      await page.goto(p.url);
      await page.addScriptTag({ content: script });
      const r = await page.evaluate((n) => (globalThis as unknown as { zvirkaBench: { extraction(n: number): { ours: number; theirs: number } } }).zvirkaBench.extraction(n), RUNS);
      console.log(p.name.padEnd(40), fmt(r.ours).padStart(10), fmt(r.theirs).padStart(12), `${(r.theirs / r.ours).toFixed(1)}x`.padStart(8));
    }
    await page.close();

    console.log(`\ncontent script per page load (median of ${LOADS} loads): main-thread time (extraction + anchoring +`);
    console.log('highlighting; detection runs in the worker), the longest task of the load, and the wall time to highlights');
    console.log('page'.padEnd(40), 'claims'.padStart(7), 'main thr.'.padStart(10), 'longest task'.padStart(13), 'to highlights'.padStart(14));
    for (const p of server.pages.filter((x) => x.name.startsWith('seed-'))) {
      const times: number[] = [];
      const walls: number[] = [];
      const longest: number[] = [];
      let claims = 0;
      for (let i = 0; i < LOADS; i++) {
        const tab = await session.context.newPage();
        await tab.addInitScript(observeLongTasks);
        await tab.goto(p.url);
        await tab.waitForFunction(highlightCount, undefined, { timeout: 5_000 }).catch(() => {});
        const m = await tab.evaluate(() => {
          const d = (name: string) => performance.getEntriesByName(name).map((e) => e.duration)[0];
          const extract = d('zvirka:extract');
          const highlight = d('zvirka:highlight');
          return {
            // Main-thread time: extraction, then anchoring + highlighting (detection runs in the worker).
            analyze: extract === undefined || highlight === undefined ? -1 : extract + highlight,
            wall: d('zvirka:until-highlights') ?? -1,
            longest: (window as unknown as { __longest: number }).__longest,
          };
        });
        claims = await tab.evaluate(highlightCount);
        if (m.analyze >= 0) times.push(m.analyze);
        if (m.wall >= 0) walls.push(m.wall);
        longest.push(m.longest);
        await tab.close();
      }
      if (!times.length) {
        console.log(p.name.padEnd(40), 'not run (not a supported outlet)');
        continue;
      }
      console.log(p.name.padEnd(40), String(claims).padStart(7), fmt(median(times)).padStart(10), fmt(Math.max(...longest)).padStart(13), fmt(median(walls)).padStart(14));
    }
  } finally {
    await session.close();
    await server.close();
  }
}
