/**
 * When case-insensitive matching is plain lowercasing. A regex with the `i` and `u` flags compares
 * characters by Unicode simple case folding; on text made only of the characters below that is the
 * same as comparing `text.toLowerCase()` without `i`, at the same offsets. V8 compiles big
 * case-insensitive alternations (month names, number words) several times slower than the same
 * regex without `i` (measured 60 -> 8 ms cold for the day-month pattern), and a freshly started
 * worker pays that on its first page, so the date and number parsers match lowercased plain text.
 *
 * Plain: Latin-1, Latin Extended, IPA, Greek and Cyrillic up to U+04FF, general punctuation, currency
 * signs and №, minus the characters there whose folding differs from lowercasing or that lowercase to
 * two characters: ſ (folds to s), U+0345 (folds to ι), İ and ı.
 */
import { CLASS_TABLE_END, screenStep, TrigramScreen } from './trigram-screen';

const PLAIN = /^[\u0000-\u012F\u0132-\u017E\u0180-\u0344\u0346-\u04FF\u2000-\u206F\u20A0-\u20CF\u2116]*$/;

/**
 * Sentences plainLower has answered for, bounded (past it the memo starts over). The tokenizer asks
 * first, when the units are built; the furniture pass, the date and number parsers ask about the same
 * sentence strings later, so one lowercasing and one PLAIN scan serve them all.
 */
const MEMO_MAX = 1024;
const memo = new Map<string, string | null>();

/**
 * Empties plainLower's memo. The detector calls it at the start of each article: the memo shares
 * work between the stages of one analysis, and must not answer a repeated analysis of the same text
 * from the last one (that would only flatter a benchmark that times repeated runs).
 */
export function forgetPlainLower(): void {
  memo.clear();
}

/** Lowercase of each code below LOWER_TABLE_END (all one code unit there except İ), built on first use. */
const LOWER_TABLE_END = 0x500;
let lowerTable: Uint16Array | undefined;
function lowerCodes(): Uint16Array {
  if (!lowerTable) {
    lowerTable = new Uint16Array(LOWER_TABLE_END);
    for (let c = 0; c < LOWER_TABLE_END; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      lowerTable[c] = l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
  return lowerTable;
}
const CAPITAL_SIGMA = 0x3a3;
/** A result of lowerPlain: the text holds a capital sigma, whose lowercase depends on what follows. */
const ASK_RUNTIME = 1;

/** The screen of plainLower calls that name none: no strings, so its scan never hits. */
const NO_SCREEN = new TrigramScreen([]);

/**
 * `text.toLowerCase()` if `text` is plain (PLAIN), else null, in one pass that changes only the
 * capitals: news text is mostly lowercase, and V8's toLowerCase plus the PLAIN scan cost twice this
 * (~10 ns per character). Lowercasing is per character on plain text, except for the capital sigma:
 * then ASK_RUNTIME, and the caller asks toLowerCase. Sets `screen.hit` for the lowercase when it
 * returns one (the screen's scan rides along: it reads the same characters).
 */
function lowerPlain(text: string, screen: TrigramScreen): string | null | typeof ASK_RUNTIME {
  const table = lowerCodes();
  const classes = screen.classes;
  const keys = screen.keys;
  let key = 0;
  let hit = false;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < LOWER_TABLE_END) {
      // Outside PLAIN: İ, ı, ſ, U+0345.
      if (c === 0x130 || c === 0x131 || c === 0x17f || c === 0x345) return null;
      const l = table[c]!;
      // A few capitals here lowercase past the class table (Ⱥ → U+2C65): no screened character.
      key = screenStep(key, l < CLASS_TABLE_END ? classes[l]! : 0);
      if (keys[key] === 1) hit = true;
      if (l === c) continue;
      if (c === CAPITAL_SIGMA) return ASK_RUNTIME;
      out += text.slice(last, i) + String.fromCharCode(l);
      last = i + 1;
    } else if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) || c === 0x2116) key = screenStep(key, 0);
    else return null;
  }
  screen.hit = hit;
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `text.toLowerCase()` when case-insensitive matching on `text` equals matching that; else null.
 * With a `screen`, also sets `screen.hit`: whether that lowercase holds one of the screen's strings
 * (true when the text is not plain, so the caller asks its regex).
 */
export function plainLower(text: string, screen: TrigramScreen = NO_SCREEN): string | null {
  let out = memo.get(text);
  if (out !== undefined) {
    if (screen !== NO_SCREEN) screen.hit = out === null || screen.test(out);
    return out;
  }
  const fast = lowerPlain(text, screen);
  if (fast !== ASK_RUNTIME) out = fast;
  else {
    const low = text.toLowerCase();
    out = low.length === text.length && PLAIN.test(text) ? low : null;
    if (out !== null) screen.hit = screen.test(out);
  }
  if (out === null) screen.hit = true;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, out);
  return out;
}

// The paragraph asked about last and whether it holds a capital sigma: each of its sentences asks
// in turn, and scanning the whole paragraph once per sentence was quadratic in its sentences.
let sigmaWhole: string | undefined;
let sigmaIn = false;
function hasCapitalSigma(whole: string): boolean {
  if (whole !== sigmaWhole) {
    sigmaWhole = whole;
    sigmaIn = whole.includes('\u03A3');
  }
  return sigmaIn;
}

/**
 * plainLower of `part`, which stands in `whole` at `start`, sliced from whole's memoised lowercase
 * when there is one (a sentence of a paragraph the furniture pass lowercased): lowercasing is per
 * character on plain text except Greek capital sigma, whose lower case depends on what follows.
 */
export function plainLowerWithin(whole: string, part: string, start: number): string | null {
  const known = memo.get(part);
  if (known !== undefined) return known;
  const wholeLow = memo.get(whole);
  if (!wholeLow || hasCapitalSigma(whole) || !whole.startsWith(part, start)) return plainLower(part);
  const out = wholeLow.slice(start, start + part.length);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(part, out);
  return out;
}

/**
 * `\p{L}` as far as plain text and its lowercase can hold letters: the letters of the PLAIN set and
 * of the lowercase of each of its characters (Ⱥ → U+2C65). A test checks it against `\p{L}`.
 */
export const PLAIN_LETTERS =
  '\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u012F\\u0132-\\u017E\\u0180-\\u02C1\\u02C6-\\u02D1' +
  '\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376-\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5' +
  '\\u03F7-\\u0481\\u048A-\\u04FF\\u2C65-\\u2C66';
/** `\p{Nd}` on plain text: the PLAIN set holds no other decimal digits. */
const PLAIN_DIGITS = '0-9';

/** An escape (the two-character kind, or \p{L}, \p{Nd}, and the start of other \p{ \P{ \u{), or a bracket. */
const PLAIN_TOKENS = /\\p\{(?:L|Nd)\}|\\[pPu]\{|\\[^]|[[\]]/g;

/**
 * A `u`-flag regex source rewritten for plain text without the `u` flag: `\p{L}` and `\p{Nd}` become
 * the explicit classes above, inside a character class or standing alone. V8 compiles a Unicode
 * property class into large range tables, cold and in every match attempt: the date patterns compile
 * about three times faster this way and run about twice as fast. Null when the source uses another
 * `u`-only construct (another property, `\u{…}`), which then keeps the `u` flag.
 */
export function plainSource(src: string): string | null {
  if (!src.includes('\\p{') && !src.includes('\\P{') && !src.includes('\\u{')) return src;
  let inClass = false;
  let ok = true;
  // Only escapes and brackets matter: one native scan instead of a loop over every character.
  const out = src.replace(PLAIN_TOKENS, (m) => {
    if (m === '[') inClass = true;
    else if (m === ']') inClass = false;
    else if (m === '\\p{L}') return inClass ? PLAIN_LETTERS : `[${PLAIN_LETTERS}]`;
    else if (m === '\\p{Nd}') return inClass ? PLAIN_DIGITS : `[${PLAIN_DIGITS}]`;
    else if (m.length === 3) ok = false; // another property class or \u{…}
    return m;
  });
  return ok ? out : null;
}

/** `src` compiled for plain text: without `u` (plainSource) when possible, else with the flags given. */
export function plainRegExp(src: string, flags: string): RegExp {
  const plain = plainSource(src);
  return plain === null ? new RegExp(src, flags) : new RegExp(plain, flags.replace('u', ''));
}

const withoutICache = new WeakMap<RegExp, RegExp>();

/**
 * `re` for matching lowercased plain text: without the `i` flag, with its literal letters lowercased
 * (escapes such as `\p{L}`, `\u00A0`, `\d` stay as written) and, where plainSource can, without
 * the `u` flag; compiled once, on first use.
 */
export function withoutI(re: RegExp): RegExp {
  let out = withoutICache.get(re);
  if (!out) {
    const src = re.source.replace(/\\(?:p\{[^}]*\}|u[0-9A-Fa-f]{4}|.)|[^\\]+/gu, (m) => (m.startsWith('\\') ? m : m.toLowerCase()));
    out = plainRegExp(src, re.flags.replace('i', ''));
    withoutICache.set(re, out);
  }
  return out;
}
