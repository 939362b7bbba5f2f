// Bundled into the benchmark page (an IIFE): the extractor and Readability, timed on the live DOM.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/index';

/** Median of `runs` timings of `fn`, in ms. */
function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

(globalThis as unknown as { zvirkaBench: unknown }).zvirkaBench = {
  /** Extraction vs Readability on this page; Readability gets a fresh clone per run (clone time excluded). */
  extraction(runs: number) {
    const url = location.href;
    const ours = median(runs, () => void extractArticle(document, url));
    const clones = Array.from({ length: runs }, () => document.cloneNode(true) as Document);
    let i = 0;
    const theirs = median(runs, () => void new Readability(clones[i++]!).parse());
    return { ours, theirs };
  },
};
