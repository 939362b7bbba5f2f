/**
 * The article body of a text page is its longest run of prose lines. Inside a run, a photo credit,
 * a promo or a read-also line may sit between paragraphs, one short line between two paragraphs is a
 * subhead, and short sentences ("Про це повідомляє ТСН.") and list items belong to the body. Teaser
 * cards (seed 003: category, credit, one-sentence description, date) and lists of teaser titles
 * (seeds 000, 004) break runs, because their prose lines are separated by more furniture than any
 * article puts between two paragraphs.
 */
import type { ClassifiedLine } from './classify';
import { endsLikeSentence, wordCount } from './prose';

/** Furniture and subhead lines allowed between two paragraphs of one run. */
export const MAX_GAP_LINES = 2;
/** Subheads allowed between two paragraphs of one run. */
export const MAX_HEADINGS_BETWEEN = 1;
/** A short line that ends like a sentence and has this many words is a short paragraph, not a subhead. */
const MIN_SHORT_SENTENCE_WORDS = 3;

/** One block of a run: a line index (into the classified lines) and what kind of block it is. */
export interface RunItem {
  at: number;
  kind: 'p' | 'h' | 'li';
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

interface Pending extends RunItem {
  /** No furniture or subhead between the last paragraph and this line. */
  adjacent: boolean;
}

function shortSentence(line: ClassifiedLine): boolean {
  return line.kind === 'short' && endsLikeSentence(line.text) && wordCount(line.text) >= MIN_SHORT_SENTENCE_WORDS;
}

/** Lines after the last paragraph that still belong to the run: adjacent short sentences, and a list the paragraph introduced. */
function tail(lines: ClassifiedLine[], run: Run, pending: Pending[]): RunItem[] {
  const introducesList = lines[run.last]!.text.endsWith(':');
  const out: RunItem[] = [];
  for (const p of pending) {
    if (!p.adjacent || p.kind === 'h' || (p.kind === 'li' && !introducesList)) break;
    out.push({ at: p.at, kind: p.kind });
  }
  return out;
}

/** All runs of prose on the page, in order. */
export function findRuns(lines: ClassifiedLine[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  let gap = 0;
  let headings = 0;
  let adjacent = true;
  let pending: Pending[] = [];
  const close = (): void => {
    if (cur) {
      const extra = tail(lines, cur, pending);
      cur.items.push(...extra);
      if (extra.length) cur.last = extra[extra.length - 1]!.at;
      runs.push(cur);
    }
    cur = undefined;
    pending = [];
  };
  lines.forEach((line, at) => {
    if (line.kind === 'prose') {
      if (cur && gap <= MAX_GAP_LINES && headings <= MAX_HEADINGS_BETWEEN) {
        cur.items.push(...pending.map(({ at: a, kind }) => ({ at: a, kind })), { at, kind: 'p' });
        cur.last = at;
        cur.chars += line.text.length;
      } else {
        close();
        cur = { items: [{ at, kind: 'p' }], first: at, last: at, chars: line.text.length };
      }
      pending = [];
      gap = headings = 0;
      adjacent = true;
      return;
    }
    if (line.kind === 'li' || shortSentence(line)) {
      pending.push({ at, kind: line.kind === 'li' ? 'li' : 'p', adjacent });
      return;
    }
    gap++;
    adjacent = false;
    if (line.kind === 'short') {
      headings++;
      pending.push({ at, kind: 'h', adjacent: false });
    }
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
