/**
 * Negation ("не бачили жодних доказів", "no evidence", "не постачає") and hedging ("нібито",
 * "ймовірно", "можливу", "reportedly", "якобы") of a sentence, on its word tokens. The attribution
 * cue's own words are left out: "не відповідає дійсності" is a denial, not a negated claim.
 */
import type { Attribution } from './attribution';
import type { Token } from './deps';
import { wordPatternOf } from './word-pattern';

// Regex literals for readability, compiled by wordPatternOf: `\p{L}` regexes are slow to compile cold.

const NEGATION = wordPatternOf(/^(не|ні|ни|нет|немає|нема|жодн\p{L}*|ніколи|никогда|ничего|нічого|not|no|never|none|nothing|n't|cannot)$/u);
/** "не лише" / "не только" / "not only" add, they do not negate. */
const NOT_NEGATING_NEXT = wordPatternOf(/^(лише|тільки|только|only)$/u);
const HEDGE = wordPatternOf(/^(нібито|начебто|ймовірно|імовірно|можливо|можлив\p{L}*|може|можуть|мабуть|вірогідно|припускають|якобы|возможно|возможн\p{L}*|вероятно|может|могут|предположительно|по-видимому|reportedly|allegedly|possibly|probably|may|might|could|likely|apparently|purportedly)$/u);

/** What joins the two parts of a naming denial's cue ("назвав … фейком", attribution-cue.ts). */
const NAMING_GAP = ' … ';
/** A word right before the cue that belongs to it ("не підтвердив"). */
const CUE_NEGATORS = new Set(['не', 'not', 'ни']);

/** Word indices lo..hi (none when hi < lo). */
export class WordSpan {
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}

  has(i: number): boolean {
    return i >= this.lo && i <= this.hi;
  }
}
const NO_WORDS = new WordSpan(0, -1);

/**
 * The words of an attribution cue's first part that lie within it, and a "не" right before them (not
 * when the cue confirms), which do not count as negation. Words are in order and do not overlap, so
 * those within the cue's text are consecutive, and they begin with the first word at or after it: one
 * span, not a set per sentence.
 */
export function cueWordSpan(u: { text: string; words: readonly Token[] }, a: Pick<Attribution, 'cue' | 'family'>): WordSpan {
  if (!a.cue) return NO_WORDS;
  // The cue's first part (a naming denial is written "назвав … фейком"): indexOf, not split (no array per cue).
  const gap = a.cue.indexOf(NAMING_GAP);
  const head = gap < 0 ? a.cue : a.cue.slice(0, gap);
  const at = u.text.indexOf(head);
  if (at < 0) return NO_WORDS;
  const end = at + head.length;
  const words = u.words;
  let first = 0;
  while (first < words.length && words[first]!.start < at) first++;
  let hi = first - 1;
  while (hi + 1 < words.length && words[hi + 1]!.end <= end) hi++;
  const negator = first > 0 && first < words.length && CUE_NEGATORS.has(words[first - 1]!.norm) && a.family !== 'confirm';
  return negator ? new WordSpan(first - 1, hi) : hi >= first ? new WordSpan(first, hi) : NO_WORDS;
}

/** True when a negation word occurs outside the words in `skip`. */
export function isNegated(words: Token[], skip: { has(i: number): boolean }): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!NEGATION.testToken(words[i]!) || skip.has(i)) continue;
    const next = words[i + 1];
    if (next && NOT_NEGATING_NEXT.testToken(next)) continue;
    return true;
  }
  return false;
}

/** True when a hedging word occurs in the sentence. */
export function isHedged(words: Token[]): boolean {
  return words.some((w) => HEDGE.testToken(w));
}
