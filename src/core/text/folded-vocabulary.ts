/**
 * A closed vocabulary (number words, weekday names) looked for inside normalized word forms
 * (tokenize.ts `norm`: lowercase, apostrophes folded to ', ё to е, same offsets as the lowercased
 * text). The date and number parsers find such words only as whole runs of letters (or of letters
 * and digits); a norm holds the letters and digits of the lowercased text at the same offsets, so a
 * word whose norm holds no vocabulary word between two such boundaries cannot hold one in the text.
 */
import { normalizeSameLength } from './normalize';

/** `\p{L}` (and with `digits`, `\p{Nd}`) for one code unit; a fast path for ASCII and Cyrillic. */
function wordChar(c: number, digits: boolean): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57);
  if (c >= 0x410 && c <= 0x44f) return true;
  return (digits ? LETTER_OR_DIGIT : LETTER).test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** A vocabulary to look for inside norms. */
export class FoldedVocabulary {
  private readonly words: Set<string>;
  /** First two code units of each word (c0 * 65536 + c1): rules out most positions at once. */
  private readonly heads: Set<number>;
  private readonly lengths: number[];

  /** `words` as the parsers match them; `digits`: a digit next to a word also breaks it (dates.ts END). */
  constructor(words: Iterable<string>, private readonly digits: boolean) {
    // Folded the way tokenize.ts folds a norm (apostrophes, ё: the same-length fold).
    this.words = new Set([...words].map((w) => normalizeSameLength(w)));
    if ([...this.words].some((w) => w.length < 2)) throw new Error('FoldedVocabulary: words of two characters or more');
    this.heads = new Set([...this.words].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => a - b);
  }

  /**
   * Whether `norm` may hold one of the words with no word character right before or after it. An
   * apostrophe next to it counts as a boundary (in the text it may have been a backtick or a prime).
   */
  holds(norm: string): boolean {
    for (let p = 0; p + 1 < norm.length; p++) {
      if (p > 0 && wordChar(norm.charCodeAt(p - 1), this.digits)) continue;
      if (!this.heads.has(norm.charCodeAt(p) * 65536 + norm.charCodeAt(p + 1))) continue;
      for (const len of this.lengths) {
        const end = p + len;
        if (end > norm.length) break;
        if ((end === norm.length || !wordChar(norm.charCodeAt(end), this.digits)) && this.words.has(norm.slice(p, end))) return true;
      }
    }
    return false;
  }
}
