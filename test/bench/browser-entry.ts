// Bundled into the benchmark page (an IIFE): the extractor and Readability, timed on the live DOM.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/index';

/**
 * Chromium clamps performance.now() to 0.1 ms, so a sub-millisecond run cannot be timed alone:
 * each sample times BATCH runs and divides.
 */
const BATCH = 10;

/** Median over `runs` samples of the per-run time of `fn` (ms); `fn` gets the run's index. */
function median(runs: number, fn: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < BATCH; j++) fn(i * BATCH + j);
    times.push((performance.now() - t0) / BATCH);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

(globalThis as unknown as { zvirkaBench: unknown }).zvirkaBench = {
  /** Extraction vs Readability on this page; Readability gets a fresh clone per run (clone time excluded). */
  extraction(runs: number) {
    const url = location.href;
    const ours = median(runs, () => void extractArticle(document, url));
    // Readability mutates the document it parses: each run gets its own clone, made before timing.
    const clones = Array.from({ length: runs * BATCH }, () => document.cloneNode(true) as Document);
    const theirs = median(runs, (i) => void new Readability(clones[i]!).parse());
    return { ours, theirs };
  },
};
