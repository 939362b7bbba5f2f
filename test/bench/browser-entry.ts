// Bundled into the benchmark page (an IIFE): the extractor and Readability, timed on the live DOM.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/index';
import { median } from './stats';

/**
 * Chromium clamps performance.now() to 0.1 ms, so a sub-millisecond run cannot be timed alone:
 * each sample times BATCH runs and divides.
 */
const BATCH = 10;
/**
 * Samples of each side run and discarded before timing: both scripts are fresh on every page, and
 * V8 was still optimising them (ours has more functions to warm: adapters, selectors) during the
 * first samples, so the median mixed warm-up into a steady-state comparison. The cold first run on a
 * page load is the content-script table's number.
 */
const WARMUP = 10;

/** Per-run time (ms) of one sample: BATCH calls of `fn`, which gets the run's index. */
function sample(s: number, fn: (i: number) => void): number {
  const t0 = performance.now();
  for (let j = 0; j < BATCH; j++) fn(s * BATCH + j);
  return (performance.now() - t0) / BATCH;
}


(globalThis as unknown as { zvirkaBench: unknown }).zvirkaBench = {
  /**
   * Extraction vs Readability on this page, median per-run time of each over `runs` samples; Readability
   * gets a fresh clone per run (clone time excluded). The two are sampled alternately, so a burst of
   * load on a shared machine falls on both sides of the ratio rather than on one.
   */
  extraction(runs: number) {
    const url = location.href;
    // Readability mutates the document it parses: each run gets its own clone, made before timing.
    const clones = Array.from({ length: (WARMUP + runs) * BATCH }, () => document.cloneNode(true) as Document);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let s = 0; s < WARMUP + runs; s++) {
      const a = sample(s, () => void extractArticle(document, url));
      const b = sample(s, (i) => void new Readability(clones[i]!).parse());
      if (s < WARMUP) continue;
      ours.push(a);
      theirs.push(b);
    }
    return { ours: median(ours), theirs: median(theirs) };
  },
};
