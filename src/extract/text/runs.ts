/**
 * The article body of a text page is its longest run of prose lines. Inside a run, a photo credit,
 * a promo or a read-also line may sit between paragraphs, and one short line between two paragraphs
 * is a subhead. Teaser cards (seed 003: category, credit, one-sentence description, date) and lists of
 * teaser titles (seeds 000, 004) break runs, because their prose lines are separated by more furniture
 * than any article puts between two paragraphs.
 */
import type { ClassifiedLine } from './classify';

/** Furniture and short lines allowed between two paragraphs of one run. */
export const MAX_GAP_LINES = 2;
/** Short lines (subheads) allowed between two paragraphs of one run. */
export const MAX_HEADINGS_BETWEEN = 1;

/** One block of a run: a line index (into the classified lines) and whether it is a subhead. */
export interface RunItem {
  at: number;
  heading: boolean;
}

/** A run of article prose. */
export interface Run {
  items: RunItem[];
  /** Index of the first and last line of the run. */
  first: number;
  last: number;
  /** Characters of prose in the run: its weight. */
  chars: number;
}

/** All runs of prose on the page, in order. */
export function findRuns(lines: ClassifiedLine[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  let gap = 0;
  let shorts: number[] = [];
  const close = (): void => {
    if (cur) runs.push(cur);
    cur = undefined;
  };
  lines.forEach((line, at) => {
    if (line.kind === 'prose') {
      if (cur && gap <= MAX_GAP_LINES && shorts.length <= MAX_HEADINGS_BETWEEN) {
        for (const s of shorts) cur.items.push({ at: s, heading: true });
        cur.items.push({ at, heading: false });
        cur.last = at;
        cur.chars += line.text.length;
      } else {
        close();
        cur = { items: [{ at, heading: false }], first: at, last: at, chars: line.text.length };
      }
      gap = 0;
      shorts = [];
      return;
    }
    gap++;
    if (line.kind === 'short') shorts.push(at);
    if (line.reason === 'footer') close();
  });
  close();
  return runs;
}

/** The run that is the article: the heaviest (the first of equals). */
export function mainRun(runs: Run[]): Run | undefined {
  let best: Run | undefined;
  for (const r of runs) if (!best || r.chars > best.chars) best = r;
  return best;
}
