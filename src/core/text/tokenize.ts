/**
 * Tokenizer for uk/ru/en news text. Words keep internal apostrophes and hyphens ("зв'язку",
 * "Інтерфакс-Україна", "75-річчя"); numbers keep internal separators between digits ("1,5",
 * "28.02.2025"); every other visible character is a punctuation token (a run of dots is one token).
 * Offsets index into the input string, so `text.slice(t.start, t.end) === t.text`.
 */
import { foldsCode, normalizeSameLength, normalizeText } from './normalize';
import { plainLower } from './plain-case';

/** One token with its offsets and its normalized matching form. */
export interface Token {
  text: string;
  /** `normalizeText(text)`: lowercase, apostrophes/dashes folded, ё→е, invisible chars removed. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /**
   * Answers memoised for this word by the claim detector's vocabularies (claims/word-memo.ts), set on
   * first use; `toJSON` hides it, so a serialized token is unchanged.
   */
  memo?: { toJSON(): undefined };
}

const ALNUM_RE = /[\p{L}\p{M}\p{Nd}]/u;

/**
 * The lowercase of `text` when it keeps the length ("İ" does not), else null and tokens fall back to
 * `normalizeText`. Each token's norm is sliced from it (lowercasing is a runtime call per string in V8,
 * and it dominated tokenizing) and folded only when the token holds a character the fold changes.
 */
function sameLengthLower(text: string): string | null {
  // plainLower's lowercase is memoised for the date and number parsers, which lowercase the same sentence.
  const lower = plainLower(text) ?? text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x85;
}
const LETTER_RE = /[\p{L}\p{M}]/u;

// Comparisons rather than Sets of codes: these run at every token's start and end, and a Set probe
// there was ~2% of detection.
/** Apostrophes and hyphens that join two alphanumeric runs into one word: ' ’ ʼ ` ′ - ‐ ‑. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc || c === 0x60 || c === 0x2032 || c === 0x2d || c === 0x2010 || c === 0x2011;
}
/** Invisible characters that may sit inside a word (soft hyphen, zero-width, word joiner). */
function isInsideWord(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Fast path for ASCII and Cyrillic (the hot loop sees little else); Unicode properties otherwise. */
function isAlnum(c: number): boolean {
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters: punctuation tokens here
  return ALNUM_RE.test(String.fromCharCode(c));
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  return !isDigit(c) && LETTER_RE.test(String.fromCharCode(c));
}

/** Length of the code point at `i` (2 for a surrogate pair). */
function cpLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** What scanWord saw in the token it scanned last (bits of `seen`). */
const HAS_LETTER = 1;
/** A character the same-length fold changes (ё, ʼ, a joining apostrophe or dash other than ASCII): fold the norm. */
const FOLDS = 2;
/** A character only `normalizeText` handles (soft hyphen, zero-width, combining mark): normalize in full. */
const FULL = 4;
let seen = 0;

/**
 * Notes in `seen` what a word character other than an ASCII or basic Cyrillic letter asks of the norm
 * (one test per such character here instead of a regex and a fold over every sentence).
 */
function noteRare(c: number): void {
  if (c >= 0x300 && c <= 0x36f) seen |= FULL;
  else if (foldsCode(c)) seen |= FOLDS;
}

/** End of the word or number that starts at `i`; sets the bits of `seen`. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isAlnum(c)) {
        if ((seen & HAS_LETTER) === 0 && isLetter(c)) seen |= HAS_LETTER;
        if (c >= 128 && (c < 0x410 || c > 0x44f)) noteRare(c);
        j++;
      } else if (isInsideWord(c) && j + 1 < n && isAlnum(text.charCodeAt(j + 1))) {
        seen |= FULL;
        j++;
      } else break;
    }
    if (j + 1 >= n) return j;
    const sep = text.charCodeAt(j);
    const next = text.charCodeAt(j + 1);
    if (isJoiner(sep) && isAlnum(next)) {
      if (sep !== 0x27 && sep !== 0x2d) seen |= FOLDS;
      j++;
      continue;
    }
    // "1,5" and "28.02.2025": a dot or comma between digits belongs to the number.
    if ((sep === 0x2e || sep === 0x2c) && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) {
      j++;
      continue;
    }
    return j;
  }
}

/** Splits `text` into word, number and punctuation tokens with offsets. */
export function tokenize(text: string): Token[] {
  return scan(text, false);
}

/** Only the word tokens of `text` (what the claim detector keeps; other tokens are never built). */
export function words(text: string): Token[] {
  return scan(text, true);
}

function scan(text: string, wordsOnly: boolean): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const low = sameLengthLower(text);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isInsideWord(c) || c === 0xfeff) {
      i++;
      continue;
    }
    if (isAlnum(c)) {
      seen = 0;
      const j = scanWord(text, i);
      if (!wordsOnly || seen & HAS_LETTER) {
        const t = text.slice(i, j);
        const norm = low === null || seen & FULL ? normalizeText(t) : seen & FOLDS ? normalizeSameLength(low.slice(i, j)) : low.slice(i, j);
        tokens.push({ text: t, norm, start: i, end: j, kind: seen & HAS_LETTER ? 'word' : 'number', memo: undefined });
      }
      i = j;
      continue;
    }
    let j = i + cpLen(text, i);
    if (c === 0x2e) while (j < n && text.charCodeAt(j) === 0x2e) j++;
    if (wordsOnly) {
      i = j;
      continue;
    }
    const t = text.slice(i, j);
    tokens.push({ text: t, norm: low === null ? normalizeText(t) : normalizeSameLength(low.slice(i, j)), start: i, end: j, kind: 'punct', memo: undefined });
    i = j;
  }
  return tokens;
}

