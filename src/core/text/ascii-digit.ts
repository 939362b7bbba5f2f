/**
 * Where a text's first ASCII digit is, remembered for the last text asked: the date and the number
 * parsers each test the same sentence first, and most sentences hold none, so each test read it whole.
 * The parsers' digit-led patterns start their scans there: no match of theirs begins before it.
 */

/** Global, so that lastIndex tells where it matched (a test, no match array). */
const DIGIT = /[0-9]/g;
let lastText: string | undefined;
let lastAt = -1;

/** The index of the first `[0-9]` in `text`, or -1; answered from memory when `text` is the text asked about last. */
export function firstAsciiDigit(text: string): number {
  if (text !== lastText) {
    lastText = text;
    DIGIT.lastIndex = 0;
    lastAt = DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
  }
  return lastAt;
}

/** `/[0-9]/.test(text)`, answered from memory when `text` is the text asked about last. */
export function hasAsciiDigit(text: string): boolean {
  return firstAsciiDigit(text) >= 0;
}
