/**
 * Negation ("не бачили жодних доказів", "no evidence", "не постачає") and hedging ("нібито",
 * "ймовірно", "можливу", "reportedly", "якобы") of a sentence, on its word tokens. The attribution
 * cue's own words are left out: "не відповідає дійсності" is a denial, not a negated claim.
 */
import type { Token } from './deps';
import { wordPatternOf } from './word-pattern';

// Regex literals for readability, compiled by wordPatternOf: `\p{L}` regexes are slow to compile cold.

const NEGATION = wordPatternOf(/^(не|ні|ни|нет|немає|нема|жодн\p{L}*|ніколи|никогда|ничего|нічого|not|no|never|none|nothing|n't|cannot)$/u);
/** "не лише" / "не только" / "not only" add, they do not negate. */
const NOT_NEGATING_NEXT = wordPatternOf(/^(лише|тільки|только|only)$/u);
const HEDGE = wordPatternOf(/^(нібито|начебто|ймовірно|імовірно|можливо|можлив\p{L}*|може|можуть|мабуть|вірогідно|припускають|якобы|возможно|возможн\p{L}*|вероятно|может|могут|предположительно|по-видимому|reportedly|allegedly|possibly|probably|may|might|could|likely|apparently|purportedly)$/u);

/** True when a negation word occurs outside the words in `skip`. */
export function isNegated(words: Token[], skip: Set<number>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (skip.has(i) || !NEGATION.testToken(words[i]!)) continue;
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
