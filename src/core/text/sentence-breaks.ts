/**
 * A fast stand-in for Intl.Segmenter's sentence breaks on Latin/Cyrillic text: the Unicode sentence
 * boundary rules SB4–SB11 (UAX #29, https://unicode.org/reports/tr29/#Sentence_Boundary_Rules)
 * evaluated only around terminators, for the characters such text uses. ICU costs ~0.1–0.3 µs per
 * character, which alone broke the 2 ms budget for a 1,500-word article; this scan is far cheaper.
 * Lines with any other script or terminator go to ICU, and unit tests check that both engines give the
 * same sentences on every seed and on thousands of generated lines.
 */

/** Characters outside these ranges (other scripts, CJK or exotic terminators) send a line to ICU. */
const FAST_SAFE = /^[\u0009\u0020-\u007E\u00A0-\u024F\u0400-\u04FF\u2000-\u2027\u202F-\u203B\u203D-\u2046\u204A-\u206F\u20A0-\u20CF\u2116\u2122\u2212]*$/;

/** True when `line` holds only characters the fast scan understands. */
export function fastBreaksApply(line: string): boolean {
  return FAST_SAFE.test(line);
}

const ATERM = 0x2e; // "."
const STERM = new Set([0x21, 0x3f]); // "!" "?"
/** UAX #29 Close: brackets and quotation marks. */
const CLOSE = /[()[\]{}"'«»‘’‚‛“”„‟‹›⁅⁆⁽⁾]/;
/** UAX #29 SContinue as ICU has it for these scripts. */
const SCONTINUE = /[,\-:;\u2013\u2014]/;
/** UAX #29 Sp (White_Space that is not a paragraph separator). */
const SP = /[\t\u000B\u0020\u00A0\u2000-\u200A\u202F\u205F]/;
/** Format and Extend characters are transparent (SB5). */
const FORMAT_EXTEND = /[\u00AD\u0300-\u036F\u0483-\u0489\u200B-\u200F\u2028-\u202E\u2060-\u2064\u206A-\u206F]/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** Jumps straight to terminators: the scan never visits ordinary characters one by one. */
const TERMINATOR = /[.!?]/g;

function isSATerm(c: number): boolean {
  return c === ATERM || STERM.has(c);
}

/** Index of the next character at or after `i` that is not Format/Extend (SB5), or `line.length`. */
function skipTransparent(line: string, i: number): number {
  while (i < line.length && FORMAT_EXTEND.test(line[i]!)) i++;
  return i;
}

/** The last non-transparent character before `i`, or ''. */
function prevChar(line: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && FORMAT_EXTEND.test(line[k]!)) k--;
  return k >= 0 ? line[k]! : '';
}

/** Whether SB6–SB8a forbid a break after the terminator at `p` whose Close* Sp* run ends at `next`. */
function noBreak(line: string, p: number, afterTerm: number, next: number): boolean {
  const c = line[next]!;
  const isATerm = line.charCodeAt(p) === ATERM;
  if (isATerm && next === afterTerm) {
    if (DIGIT.test(c)) return true; // SB6
    const before = prevChar(line, p);
    if (UPPER.test(c) && before !== '' && (UPPER.test(before) || LOWER.test(before))) return true; // SB7
  }
  if (isATerm) {
    // SB8: skip anything that is not a letter, a terminator or a separator; a lowercase letter means no break.
    let k = next;
    while (k < line.length && !LETTER.test(line[k]!) && !isSATerm(line.charCodeAt(k))) k++;
    if (k < line.length && LOWER.test(line[k]!)) return true;
  }
  return SCONTINUE.test(c) || isSATerm(c.charCodeAt(0)); // SB8a
}

/** Start offsets of the sentences of `line` (no line breaks inside) by UAX #29 as ICU applies it, 0 included. */
export function fastBreaks(line: string): number[] {
  const out = [0];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const p = m.index;
    let i = skipTransparent(line, p + 1);
    const afterTerm = i;
    while (i < line.length && CLOSE.test(line[i]!)) i = skipTransparent(line, i + 1);
    while (i < line.length && SP.test(line[i]!)) i = skipTransparent(line, i + 1);
    if (i >= line.length) break; // SB11 at the very end: nothing follows
    if (noBreak(line, p, afterTerm, i)) continue;
    out.push(i); // SB11: break after SATerm Close* Sp*
  }
  return out;
}
