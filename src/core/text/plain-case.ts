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
const PLAIN = /^[\u0000-\u012F\u0132-\u017E\u0180-\u0344\u0346-\u04FF\u2000-\u206F\u20A0-\u20CF\u2116]*$/;

let lastText: string | undefined;
let lastLower: string | null = null;

/** `text.toLowerCase()` when case-insensitive matching on `text` equals matching that; else null. */
export function plainLower(text: string): string | null {
  // The date and number parsers ask about the same sentence one after the other.
  if (text === lastText) return lastLower;
  const low = text.toLowerCase();
  lastText = text;
  lastLower = low.length === text.length && PLAIN.test(text) ? low : null;
  return lastLower;
}

const withoutICache = new WeakMap<RegExp, RegExp>();

/**
 * `re` without the `i` flag and with its literal letters lowercased, for matching lowercased plain
 * text (escapes such as `\p{L}`, `\u00A0`, `\d` stay as written); compiled once, on first use.
 */
export function withoutI(re: RegExp): RegExp {
  let out = withoutICache.get(re);
  if (!out) {
    const src = re.source.replace(/\\(?:p\{[^}]*\}|u[0-9A-Fa-f]{4}|.)|[^\\]+/gu, (m) => (m.startsWith('\\') ? m : m.toLowerCase()));
    out = new RegExp(src, re.flags.replace('i', ''));
    withoutICache.set(re, out);
  }
  return out;
}
