/**
 * Whether a text holds an ASCII digit, remembered for the last text asked: the date and the number
 * parsers each test the same sentence first, and most sentences hold none, so each test read it whole.
 */

const DIGIT = /[0-9]/;
let lastText: string | undefined;
let lastAnswer = false;

/** `/[0-9]/.test(text)`, answered from memory when `text` is the text asked about last. */
export function hasAsciiDigit(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = DIGIT.test(text);
  }
  return lastAnswer;
}
