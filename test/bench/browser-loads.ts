// The content script's main-thread time per seed page load in Chromium (issue #6), median of LOADS
// fresh tabs per page:
//   evaluate   compile + top-level run of content.js and engine.js, together (the trace's EvaluateScript
//              events: marks cannot see them; each is a task of its own),
//   extract    extraction (`zvirka:extract` measure),
//   anchor+hl  anchoring, highlighting and controller setup (`zvirka:highlight` measure),
//   ext+hl     the two marked stages of one load together (the issue's "extraction + detection +
//              highlighting": detection runs in the background worker, and the wait for it is not
//              main-thread time, so it is left out);
//   cpu        ext+hl again, as the renderer thread's CPU time between the same marks (the marks'
//              thread timestamps): what the stages cost without the waits for a core that a busy
//              machine adds to the wall-clock marks;
//   total      evaluate + ext+hl: all of the content script's own main-thread time in the load;
//   eval cpu   the evaluation's CPU time;
//   own task   the longest task holding content-script work: median, 90th percentile and maximum
//              over the loads, and (max cpu) the most CPU time one such task took in any load;
//   any task   the longest task on the page's main thread during the load, whoever ran it (maximum),
//   wall       from the start of extraction to highlights on screen (detection included).
// Every load is traced (browser-trace.ts, cheap categories only), which adds a little to every number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumSession } from '../e2e/browsers';
import { highlightCount } from '../e2e/pages';
import { traceLoad } from './browser-trace';
import { median, quantile } from './stats';

/** Loads per page (ZVIRKA_BENCH_LOADS for a quicker look; the issue asks for at least 20). */
const LOADS = Number(process.env.ZVIRKA_BENCH_LOADS ?? 20);
const SETTLE_MS = Number(process.env.ZVIRKA_BENCH_SETTLE ?? 0);

/** The median, or -1 (shown as not measured) when no load gave a sample. */
const medianOr = (xs: number[]) => (xs.length ? median(xs) : -1);
const fmt = (ms: number) => (ms < 0 ? '-' : ms.toFixed(1));

interface Sample {
  evaluate: number;
  extract: number;
  highlight: number;
  wall: number;
  ownTask: number;
  anyTask: number;
  cpu: number;
  evaluateCpu: number;
  ownTaskCpu: number;
}

/** Loads each page LOADS times in a fresh tab and prints the content script's costs. */
export async function benchLoads(session: ChromiumSession, pages: { name: string; url: string }[], dist: string): Promise<void> {
  const kb = (f: string) => (readFileSync(join(dist, f)).length / 1024).toFixed(1);
  console.log(`content script per seed page load, ms, median of ${LOADS} loads (content.js ${kb('content.js')} KB, engine.js ${kb('engine.js')} KB)`);
  const cols = ['claims', 'evaluate', 'extract', 'anchor+hl', 'ext+hl', 'cpu', 'total', 'eval cpu', 'own task', 'p90 own', 'max own', 'max cpu', 'any task', 'wall'];
  console.log('page'.padEnd(24), ...cols.map((c) => c.padStart(9)));
  for (const p of pages) {
    const samples: Sample[] = [];
    let claims = 0;
    for (let i = 0; i < LOADS; i++) {
      const tab = await session.context.newPage();
      const cdp = await session.context.newCDPSession(tab);
      const stop = await traceLoad(cdp, session.extensionId);
      await tab.goto(p.url);
      await tab.waitForFunction(highlightCount, undefined, { timeout: 5_000 }).catch(() => {});
      const m = await tab.evaluate(() => {
        const d = (name: string) => performance.getEntriesByName(name).map((e) => e.duration)[0] ?? -1;
        return { extract: d('zvirka:extract'), highlight: d('zvirka:highlight'), wall: d('zvirka:until-highlights') };
      });
      claims = await tab.evaluate(highlightCount);
      const t = await stop();
      if (m.extract >= 0 && m.highlight >= 0 && t.evaluate >= 0) samples.push({ ...m, evaluate: t.evaluate, ownTask: t.longestOwnTask, anyTask: t.longestTask, cpu: t.extractCpu + t.highlightCpu, evaluateCpu: t.evaluateCpu, ownTaskCpu: t.longestOwnTaskCpu });
      await tab.close();
      // ZVIRKA_BENCH_SETTLE=ms: a pause after each load, so the next one does not share the machine with
      // the background's evidence work for this page (off by default: readers open pages in bursts too).
      if (SETTLE_MS) await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    if (!samples.length) {
      console.log(p.name.padEnd(24), 'not measured (the content script did not run or finish on it)');
      continue;
    }
    const col = (f: (s: Sample) => number) => medianOr(samples.map(f));
    const own = samples.map((s) => s.ownTask);
    const row = [
      col((s) => s.evaluate), col((s) => s.extract), col((s) => s.highlight), col((s) => s.extract + s.highlight), col((s) => s.cpu),
      col((s) => s.evaluate + s.extract + s.highlight), col((s) => s.evaluateCpu),
      median(own), quantile(own, 0.9), Math.max(...own), Math.max(...samples.map((s) => s.ownTaskCpu)), Math.max(...samples.map((s) => s.anyTask)), col((s) => s.wall),
    ];
    console.log(p.name.padEnd(24), String(claims).padStart(9), ...row.map((x) => fmt(x).padStart(9)), samples.length < LOADS ? `(${samples.length} loads measured)` : '');
  }
}
