/**
 * Cheap tests for the furniture patterns that end in `(?!\p{L})` ("not followed by a letter":
 * JavaScript's `\b` knows only ASCII letters). The Unicode letter class, case-folded under `/i`, makes
 * V8 spend about a millisecond compiling each such pattern, and extraction used to pay that on the
 * first block of every page load. `wordEndTest` tries the pattern's head (the same regex without the
 * lookahead, cheap to compile) first: almost every block fails it, and when the head matches, the
 * character after the match is classified by hand when it is surely not a letter. Only a match that
 * runs on into a non-ASCII character needs the exact pattern, so the answer is always the exact one.
 */

const WORD_END = '(?!\\p{L})';

const tests = new WeakMap<RegExp, (text: string) => boolean>();

/** Whether the character at `i` is surely not a letter: past the end, or ASCII other than A-Z / a-z. */
function surelyNotLetter(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

function build(re: RegExp): (text: string) => boolean {
  // Global and sticky regexes keep state between tests; they are left as they are.
  if (!re.source.endsWith(WORD_END) || re.global || re.sticky) return (text) => re.test(text);
  let head: RegExp;
  try {
    head = new RegExp(re.source.slice(0, -WORD_END.length), re.flags);
  } catch {
    return (text) => re.test(text); // Defensive: a head that does not parse leaves the pattern as it is.
  }
  return (text) => {
    const m = head.exec(text);
    if (!m) return false; // No head match, so no match of the whole.
    if (surelyNotLetter(text, m.index + m[0].length)) return true; // This head match satisfies the lookahead.
    return re.test(text); // Another head match might: the exact pattern decides.
  };
}

/** `re.test`, answered without compiling a trailing `(?!\p{L})` whenever that is possible. */
export function wordEndTest(re: RegExp): (text: string) => boolean {
  let t = tests.get(re);
  if (!t) tests.set(re, (t = build(re)));
  return t;
}
