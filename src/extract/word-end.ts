/**
 * Furniture patterns that end in "not followed by a letter" (`(?!\p{L})`: JavaScript's `\b` knows only
 * ASCII letters). V8 builds the Unicode letter set, case-folded under `/i`, when such a regex is
 * created (about a millisecond each, paid at script evaluation when it is a literal in a table) and
 * again when it is first compiled. A `WordEnd` keeps only the cheap head (the same pattern without the
 * lookahead): almost every block fails the head, and when it matches, the character after the match
 * is classified by hand when it is surely not a letter. Only a match that runs on into a non-ASCII
 * character needs the exact pattern, made then, so the answer is always the exact one.
 */

const WORD_END = '(?!\\p{L})';

/** Whether the character at `i` is surely not a letter: past the end, or ASCII other than A-Z / a-z. */
function surelyNotLetter(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/** `head(?!\p{L})`: `head`, not followed by a letter, tested without creating that regex when possible. */
export class WordEnd {
  private exactRe: RegExp | undefined;

  constructor(readonly head: RegExp) {
    // Global and sticky regexes keep state between tests: not a pattern for a table of furniture.
    if (head.global || head.sticky) throw new Error(`WordEnd needs a regex without the g or y flag: ${head}`);
  }

  /** The exact pattern, `head(?!\p{L})`, made on first use. */
  get exact(): RegExp {
    return (this.exactRe ??= new RegExp(this.head.source + WORD_END, this.head.flags));
  }

  /** Exactly `this.exact.test(text)`. */
  test(text: string): boolean {
    const m = this.head.exec(text);
    if (!m) return false; // No head match, so no match of the whole.
    if (surelyNotLetter(text, m.index + m[0].length)) return true; // This head match satisfies the lookahead.
    return this.exact.test(text); // Another head match might: the exact pattern decides.
  }

  toString(): string {
    return `/${this.head.source}${WORD_END}/${this.head.flags}`;
  }
}

/** A pattern for block text: a regex, or a word-end pattern. */
export type TextPattern = RegExp | WordEnd;
