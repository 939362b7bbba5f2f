/**
 * What a line of article prose looks like, as opposed to a headline, a menu item or a teaser title:
 * long enough, several words, and ending like a sentence. Headlines and teaser titles in Ukrainian and
 * Russian news almost never end with a full stop (see the seeds' related lists and sidebars), while
 * paragraphs almost always do.
 */

/** A prose line has at least this many characters… */
export const MIN_PROSE_CHARS = 40;
/** …and at least this many words. */
export const MIN_PROSE_WORDS = 6;

// Closing quotes and brackets after a sentence end; emoji, symbols and spaces after it are ignored.
const CLOSERS = new Set([')', ']', '"', "'", '»', '“', '”', '’']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':']);
const TRAILING_SYMBOL = /[\p{Extended_Pictographic}\p{S}\u200d\ufe0f\s]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/** Number of words (letter/digit runs, apostrophes and hyphens inside words allowed). */
export function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** True when the line, after trailing emoji, ends with sentence punctuation (scanned from the end: no regex over the whole line). */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const cp = text.codePointAt(i > 0 && /[\udc00-\udfff]/.test(text[i]!) ? i - 1 : i)!;
    const ch = String.fromCodePoint(cp);
    if (!TRAILING_SYMBOL.test(ch)) break;
    i -= ch.length;
  }
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && SENTENCE_ENDS.has(text[i]!);
}

/** True for a line of sentence-like prose. */
export function isProse(text: string): boolean {
  return text.length >= MIN_PROSE_CHARS && endsLikeSentence(text) && wordCount(text) >= MIN_PROSE_WORDS;
}

/** Share of upper-case among the letters that have case (0 when there are fewer than `min` of them). */
export function upperShare(text: string, min = 4): number {
  const upper = text.match(UPPER)?.length ?? 0;
  const cased = upper + (text.match(LOWER)?.length ?? 0);
  return cased < min ? 0 : upper / cased;
}

/** True when the text has at least one letter. */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
