/**
 * Text normalization for matching. Two flavours:
 * - `normalizeText`: the matching key of a string (typographic variants folded, invisible characters
 *   removed, lowercased, whitespace collapsed). Offsets are NOT preserved.
 * - `normalizeSameLength`: only 1:1 character substitutions, so `out[i]` corresponds to `s[i]` and
 *   offsets found in the output are valid in the input (anchoring, highlighting).
 */

/** Characters that are dropped entirely: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;

/**
 * 1:1 folds. Apostrophes: U+2019 is what Ukrainian typography uses, U+02BC is the "correct" modifier
 * letter apostrophe, and the backtick/prime appear in copy-pasted text; all must match the ASCII form.
 */
const FOLD: Record<string, string> = {};
for (const ch of "'\u2019\u02BC`\u2032\u02B9") FOLD[ch] = "'";
for (const ch of '\u00AB\u00BB\u201E\u201C\u201D"\u2039\u203A\u201A\u2018\u201F') FOLD[ch] = '"';
for (const ch of '\u2013\u2014\u2011\u2212\u2015\u2010\u2012') FOLD[ch] = '-';
for (const ch of '\u00A0\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u2002\u2003\u2004\u2005\u2006') FOLD[ch] = ' ';
FOLD['\u0451'] = '\u0435'; // ё → е: Russian writes ё only sometimes
FOLD['\u0401'] = '\u0415'; // Ё → Е

/** FOLD by UTF-16 code (0: unchanged); every key and target is one code unit. */
const FOLD_CODE = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(FOLD)) FOLD_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

// A char-code scan with a table: this runs over every tokenized sentence, which nearly always holds
// something to fold (typographic quotes, apostrophes, dashes), and it measured 3-4x faster than
// one constant-string regex replace per target.
function foldAll(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const to = FOLD_CODE[s.charCodeAt(i)]!;
    if (to !== 0) {
      out += s.slice(last, i) + String.fromCharCode(to);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Whether the same-length fold changes the UTF-16 code `c` (quote, apostrophe, dash, exotic space, ё). */
export function foldsCode(c: number): boolean {
  return FOLD_CODE[c] !== 0;
}

/** Folds one character (quote, apostrophe, dash, exotic space, ё) to its matching form; others unchanged. */
export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** True for characters `normalizeText` removes (soft hyphen, zero-width, bidi controls, BOM). */
export function isInvisible(ch: string): boolean {
  INVISIBLE.lastIndex = 0;
  return ch.length === 1 && INVISIBLE.test(ch);
}

/** The matching key of `s`: NFC, invisible chars removed, typographic variants folded, lowercase, ё→е, whitespace collapsed and trimmed. */
export function normalizeText(s: string): string {
  let out = foldAll(s.normalize('NFC').replace(INVISIBLE, '')).toLowerCase();
  // Lowercasing "Ё" after folding cannot produce ё, but "ё" built from е + U+0308 and NFC can: fold again.
  if (out.includes('\u0451')) out = out.replace(/\u0451/g, '\u0435');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Same-length normalization: folds quotes, apostrophes, dashes, exotic spaces and ё character by
 * character; with `lower`, also lowercases each character whose lowercase is one code unit.
 * `result.length === s.length` always.
 */
export function normalizeSameLength(s: string, lower = false): string {
  const folded = foldAll(s);
  if (!lower) return folded;
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    const lc = ch.toLowerCase();
    out += lc.length === 1 ? lc : ch;
  }
  return out;
}
