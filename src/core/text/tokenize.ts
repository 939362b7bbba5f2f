/**
 * Tokenizer for uk/ru/en news text. Words keep internal apostrophes and hyphens ("зв'язку",
 * "Інтерфакс-Україна", "75-річчя"); numbers keep internal separators between digits ("1,5",
 * "28.02.2025"); every other visible character is a punctuation token (a run of dots is one token).
 * Offsets index into the input string, so `text.slice(t.start, t.end) === t.text`.
 */
import { normalizeText } from './normalize';

/** One token with its offsets and its normalized matching form. */
export interface Token {
  text: string;
  /** `normalizeText(text)`: lowercase, apostrophes/dashes folded, ё→е, invisible chars removed. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

const ALNUM_RE = /[\p{L}\p{M}\p{Nd}]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;

/** Apostrophes and hyphens that join two alphanumeric runs into one word. */
const JOINERS = new Set(["'", '\u2019', '\u02BC', '`', '\u2032', '-', '\u2010', '\u2011']);
/** Invisible characters that may sit inside a word (soft hyphen, zero-width, word joiner). */
const INSIDE_WORD = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Fast path for ASCII and Cyrillic; Unicode property test for everything else. */
function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  return ALNUM_RE.test(ch);
}

function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  return LETTER_RE.test(ch);
}

/** Length of the code point at `i` (2 for a surrogate pair). */
function cpLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Splits `text` into word, number and punctuation tokens with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (/\s/.test(ch) || INSIDE_WORD.has(ch) || ch === '\uFEFF') {
      i++;
      continue;
    }
    const start = i;
    if (isAlnum(ch)) {
      let hasLetter = false;
      let j = i;
      for (;;) {
        while (j < n) {
          const c = text[j]!;
          if (isAlnum(c)) {
            if (!hasLetter && isLetterChar(c)) hasLetter = true;
            j++;
          } else if (INSIDE_WORD.has(c) && j + 1 < n && isAlnum(text[j + 1]!)) j++;
          else break;
        }
        if (j + 1 >= n) break;
        const sep = text[j]!;
        const next = text[j + 1]!;
        if (JOINERS.has(sep) && isAlnum(next)) {
          j++;
          continue;
        }
        // "1,5" and "28.02.2025": a dot or comma between digits belongs to the number.
        if ((sep === '.' || sep === ',') && isDigit(text.charCodeAt(j - 1)) && isDigit(next.charCodeAt(0))) {
          j++;
          continue;
        }
        break;
      }
      const t = text.slice(start, j);
      tokens.push({ text: t, norm: normalizeText(t), start, end: j, kind: hasLetter ? 'word' : 'number' });
      i = j;
      continue;
    }
    let j = i + cpLen(text, i);
    if (ch === '.') while (j < n && text[j] === '.') j++;
    const t = text.slice(start, j);
    tokens.push({ text: t, norm: normalizeText(t), start, end: j, kind: 'punct' });
    i = j;
  }
  return tokens;
}

/** Only the word tokens of `text` (a convenience for matching code). */
export function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind === 'word');
}
