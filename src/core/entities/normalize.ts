/**
 * Text normalization and tokenization shared by the compiler (over names) and the matcher (over
 * article text), so both sides produce identical keys. Normalization maps one character to one
 * character, so token offsets in normalized text are offsets in the original text.
 *
 * Hand-written character classes rather than a \p{L} regex: this runs over every article in the
 * content script, and a char-code scan is several times faster than a Unicode-property regex.
 */
import { HASH_SEED, hashStep, spanHash } from './span-memo';

/** Apostrophe and hyphen look-alikes, ё/Ё: one-to-one replacements. */
const CHAR_MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u02b9': "'", '\u0060': "'", '\u00b4': "'", '\u2032': "'",
  '\u02c8': "'", '\uff07': "'", '\u2010': '-', '\u2011': '-', 'ё': 'е', 'Ё': 'Е',
};
const CHAR_RE = /[\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u02c8\uff07\u2010\u2011ёЁ]/g;
/** CHAR_RE without `g`, for the test that skips the replace. */
const HAS_CHAR = new RegExp(CHAR_RE.source);
const APOS = 39;
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Same-length normalization: apostrophe variants to ', ё to е, hyphen variants to -. */
export function normalizeText(text: string): string {
  // Most paragraphs hold none of these: a plain test is cheaper than a replace that finds nothing.
  if (!HAS_CHAR.test(text)) return text;
  return text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
}

/** Letter, digit or combining mark (the characters words are made of). */
function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x400 && c <= 0x52f) return true; // Cyrillic and its supplement
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 letters, Latin Extended
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks
  if (c <= 0xbf || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) return false; // punctuation, symbols
  return OTHER_WORD_CHAR.test(s[i]!);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2007 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0xfeff;
}

/** Token [start, end) offsets and the tokens' spanHash, in parallel arrays. */
export interface Spans {
  start: number[];
  end: number[];
  hash: number[];
}

/** Token texts and their [start, end) offsets, in three parallel arrays. */
export interface Tokens {
  text: string[];
  start: number[];
  end: number[];
}

/**
 * Tokenizes already-normalized text. A token is a run of letters/digits with inner apostrophes
 * ("об'єкти"), or one other non-space character; an English possessive "'s" is split off, so
 * "China's" yields "China" + "'s".
 */
export function tokenize(norm: string, limit = Infinity): Tokens {
  const { start, end } = tokenSpans(norm, limit);
  const text: string[] = [];
  for (let k = 0; k < start.length; k++) text.push(norm.slice(start[k], end[k]));
  return { text, start, end };
}

/**
 * The offsets of tokenize's tokens without their texts, with their span-memo hashes (taken during the
 * scan, which reads each code unit anyway): the matcher looks most tokens up without slicing them out
 * (a fresh string per token, hashed once per lookup, was its biggest cost).
 */
export function tokenSpans(norm: string, limit = Infinity): Spans {
  const out: Spans = { start: [], end: [], hash: [] };
  const n = norm.length;
  let i = 0;
  while (i < n && out.start.length < limit) {
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let h = hashStep(HASH_SEED, c);
    if (!isWordChar(c, norm, i)) {
      push(out, i, i + 1, h);
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      for (; j < n; j++) {
        const d = norm.charCodeAt(j);
        if (!isWordChar(d, norm, j)) break;
        h = hashStep(h, d);
      }
      if (j + 1 < n && norm.charCodeAt(j) === APOS && isWordChar(norm.charCodeAt(j + 1), norm, j + 1)) {
        h = hashStep(hashStep(h, APOS), norm.charCodeAt(j + 1));
        j += 2;
      } else break;
    }
    const ls = j - i;
    if (ls > 2 && norm.charCodeAt(j - 2) === APOS && norm[j - 1] === 's' && norm.charCodeAt(j - 3) < 0x250) {
      // Rare: the possessive's two tokens are hashed again rather than tracking a hash two units back.
      push(out, i, j - 2, spanHash(norm, i, j - 2));
      push(out, j - 2, j, spanHash(norm, j - 2, j));
    } else {
      push(out, i, j, h);
    }
    i = j;
  }
  return out;
}

function push(out: Spans, a: number, b: number, h: number): void {
  out.start.push(a);
  out.end.push(b);
  out.hash.push(h);
}

/**
 * Lookup keys join a span's token texts with "" where they touch in the source and " " where
 * whitespace separated them (the matcher builds them incrementally), so "Інтерфакс-Україна" and
 * "Інтерфакс - Україна" differ, and a name normalized with single spaces is its own key.
 */

/** Where the first token of normalized text ends (0 for empty text). */
export function firstTokenEnd(norm: string): number {
  const n = norm.length;
  if (!n) return 0;
  if (!isWordChar(norm.charCodeAt(0), norm, 0)) return 1;
  let j = 1;
  for (;;) {
    while (j < n && isWordChar(norm.charCodeAt(j), norm, j)) j++;
    if (j + 1 < n && norm.charCodeAt(j) === APOS && isWordChar(norm.charCodeAt(j + 1), norm, j + 1)) j += 2;
    else break;
  }
  if (j > 2 && norm.charCodeAt(j - 2) === APOS && norm[j - 1] === 's' && norm.charCodeAt(j - 3) < 0x250) return j - 2;
  return j;
}

/**
 * [start, end) of the second token tokenSpans finds in `norm` (which must not start with a space), or
 * null when it has one token: for the compiler, which notes the second token of every key of several
 * tokens (compile.ts calls this rather than tokenSpans, so the matcher's hot tokenSpans sees only text).
 */
export function secondToken(norm: string): [number, number] | null {
  const first = firstTokenEnd(norm);
  let i = first;
  while (i < norm.length && isSpace(norm.charCodeAt(i))) i++;
  if (i >= norm.length) return null;
  // A word followed by "'s" here was split at a possessive ("China's"): the "'s" is a token of its own.
  if (i === first && norm.charCodeAt(i) === APOS && norm[i + 1] === 's' && isWordChar(norm.charCodeAt(0), norm, 0)) return [i, i + 2];
  return [i, i + firstTokenEnd(norm.slice(i))];
}

/** Normalizes a name from the data: character variants and whitespace runs to single spaces. */
export function normalizeName(name: string): string {
  return normalizeText(name).trim().replace(/\s+/g, ' ');
}
