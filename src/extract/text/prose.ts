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

// Sentence end, then closing quotes/brackets. Emoji and other symbols after it are ignored.
const SENTENCE_END = /[.!?…:][)\]"'»“”’]*$/u;
const TRAILING_SYMBOLS = /[\p{Extended_Pictographic}\p{S}\u200d\ufe0f\s]+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** Number of words (letter/digit runs, apostrophes and hyphens inside words allowed). */
export function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** True when the line, after trailing emoji, ends with sentence punctuation. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(TRAILING_SYMBOLS, ''));
}

/** True for a line of sentence-like prose. */
export function isProse(text: string): boolean {
  return text.length >= MIN_PROSE_CHARS && endsLikeSentence(text) && wordCount(text) >= MIN_PROSE_WORDS;
}

/** Share of upper-case among the letters that have case (0 when there are fewer than `min` of them). */
export function upperShare(text: string, min = 4): number {
  let upper = 0, cased = 0;
  for (const ch of text) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  return cased < min ? 0 : upper / cased;
}

/** True when the text has at least one letter. */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
