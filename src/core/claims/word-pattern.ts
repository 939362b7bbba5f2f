/**
 * Whole-word patterns without regular expressions. The cue, role, negation and hedge vocabularies are
 * written as small anchored regexes ("заяв(ив|ила)", "генсек\p{L}*"), but a `u`-flag regex with
 * `\p{L}` costs V8 tens of milliseconds to compile on first use (measured: the role table alone took
 * ~150 ms of a cold content script), and a content script is always cold. Every such pattern is a
 * finite set of words, plus prefixes followed by letters only, so it is expanded once into a Set and
 * a prefix list: the same answers, no regex compilation.
 *
 * Grammar (anything else throws when the module loads): literal characters, `a|b`, groups `( )` and
 * `(?: )`, classes `[аи]` of single characters, `?` after a character, class or group, and `\p{L}*`
 * at the very end of an alternative.
 */

import type { Token } from './deps';
import { answerSlot, keptAnswer, recordOf } from './word-memo';

/** Something that says whether a whole word matches. */
export interface WordTest {
  test(word: string): boolean;
  /** test(t.norm), memoised in the word's record (word-memo.ts): for vocabularies run over every word. */
  testToken(t: Token): boolean;
  /** The pattern it was compiled from (what `^(?:source)$` with the `u` flag would match). */
  readonly source: string;
}

/** Bound on a pattern's memo of tested words; past it the memo starts over (a long-lived worker sees many pages). */
const TEST_MEMO_MAX = 5_000;
/** A pattern's answer slot before its first testToken. */
const NO_SLOT_YET = -2;
const LETTER_TAIL = '\\p{L}*';
let letterRe: RegExp | undefined;

/** `\p{L}` for one code point, with a fast path for ASCII and Cyrillic (the letters news words hold). */
function isLetterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0x0400 && c <= 0x04ff) return c <= 0x0481 || c >= 0x048a ? 1 : 0; // 482-489: a sign and combining marks
  const cp = s.codePointAt(i)!;
  letterRe ??= /^\p{L}$/u;
  return letterRe.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** True when `s` from `from` on is letters only (`\p{L}*`). */
export function lettersOnly(s: string, from: number): boolean {
  for (let i = from; i < s.length; ) {
    const n = isLetterAt(s, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

const SPECIAL = '()|[]?\\.*+{}^$';
/** The next special character (a native scan: the vocabularies compile at load, in every fresh worker). */
const NEXT_SPECIAL = /[()|[\]?\\.*+{}^$]/g;

/** Length of the run of plain characters at `i` (a plain character followed by `?` ends the run before it). */
function literalRun(src: string, i: number): number {
  NEXT_SPECIAL.lastIndex = i;
  const j = NEXT_SPECIAL.exec(src)?.index ?? src.length;
  return src[j] === '?' && j > i ? j - 1 - i : j - i;
}

/** Parses an alternation up to `)` or the end; returns its expansions ("\u0000" marks a letter tail). */
function parseAlt(src: string, at: { i: number }): string[] {
  const out: string[] = [];
  let seq: string[] = [''];
  for (;;) {
    const c = src[at.i];
    if (c === undefined || c === ')') {
      for (const s of seq) out.push(s);
      return out;
    }
    if (c === '|') {
      for (const s of seq) out.push(s);
      seq = [''];
      at.i++;
      continue;
    }
    let atom: string[];
    const run = literalRun(src, at.i);
    if (run > 0) {
      // Module load runs cold (interpreted): append whole literal runs, not one character at a time.
      atom = [src.slice(at.i, at.i + run)];
      at.i += run;
    } else if (src.startsWith(LETTER_TAIL, at.i)) {
      at.i += LETTER_TAIL.length;
      if (src[at.i] !== undefined && src[at.i] !== '|' && src[at.i] !== ')') throw new Error(`word pattern: \\p{L}* must end an alternative: ${src}`);
      atom = ['\u0000'];
    } else if (c === '(') {
      at.i += src.startsWith('(?:', at.i) ? 3 : 1;
      atom = parseAlt(src, at);
      if (src[at.i] !== ')') throw new Error(`word pattern: unclosed group: ${src}`);
      at.i++;
    } else if (c === '[') {
      const end = src.indexOf(']', at.i);
      const body = src.slice(at.i + 1, end);
      if (end < 0 || /[\\\-^\]]/.test(body)) throw new Error(`word pattern: only plain classes like [аи]: ${src}`);
      atom = [...body];
      at.i = end + 1;
    } else if (SPECIAL.includes(c)) {
      throw new Error(`word pattern: unsupported "${c}" in ${src}`);
    } else {
      atom = [c];
      at.i++;
    }
    if (src[at.i] === '?') {
      atom = ['', ...atom];
      at.i++;
    }
    if (seq.length === 1 && !seq[0]!.endsWith('\u0000')) {
      const s0 = seq[0]!;
      seq = atom.length === 1 ? [s0 + atom[0]!] : atom.map((a) => s0 + a);
      continue;
    }
    if (seq.some((s) => s.endsWith('\u0000'))) throw new Error(`word pattern: text after \\p{L}* in ${src}`);
    seq = seq.flatMap((s) => atom.map((a) => s + a));
  }
}

/** A set of words plus prefixes that may be followed by letters only. */
class WordSet implements WordTest {
  /** The prefixes by their first code unit (the empty prefix under -1): a word tries only its own. */
  private readonly byFirst = new Map<number, string[]>();
  /** Words tested already (patterns with prefixes only), bounded by TEST_MEMO_MAX. */
  private readonly memo = new Map<string, boolean>();
  /** Its slot in word records (word-memo.ts), taken on first use; -1 when none was free. */
  private slot = NO_SLOT_YET;

  constructor(
    readonly source: string,
    private readonly words: Set<string>,
    private readonly prefixes: string[],
  ) {
    for (const p of prefixes) {
      const k = p ? p.charCodeAt(0) : -1;
      const list = this.byFirst.get(k);
      if (list) list.push(p);
      else this.byFirst.set(k, [p]);
    }
  }

  test(word: string): boolean {
    if (this.byFirst.size === 0) return this.words.has(word);
    // With prefixes, one probe of the memo instead of the set, the prefix list and a letter scan.
    let yes = this.memo.get(word);
    if (yes === undefined) {
      yes = this.uncached(word);
      if (this.memo.size >= TEST_MEMO_MAX) this.memo.clear();
      this.memo.set(word, yes);
    }
    return yes;
  }

  testToken(t: Token): boolean {
    if (this.slot === NO_SLOT_YET) this.slot = answerSlot();
    return keptAnswer(recordOf(t), this.slot, t.norm, this);
  }

  private uncached(word: string): boolean {
    if (this.words.has(word)) return true;
    const own = word ? this.byFirst.get(word.charCodeAt(0)) : undefined;
    if (own) for (const p of own) if (word.startsWith(p) && lettersOnly(word, p.length)) return true;
    return this.byFirst.has(-1) && lettersOnly(word, 0);
  }

  /** The union of several patterns (what joining their sources with `|` would match). */
  static union(parts: readonly WordTest[]): WordTest {
    const words = new Set<string>();
    const prefixes = new Set<string>();
    for (const p of parts) {
      if (!(p instanceof WordSet)) throw new TypeError('word pattern: union of word patterns only');
      for (const w of p.words) words.add(w);
      for (const x of p.prefixes) prefixes.add(x);
    }
    return new WordSet(parts.map((p) => p.source).join('|'), words, [...prefixes]);
  }
}

/** Compiles `^(?:src)$` (in the grammar above) into a Set lookup plus letter-tail prefixes. */
export function wordPattern(src: string): WordTest {
  const at = { i: 0 };
  const all = parseAlt(src, at);
  if (at.i !== src.length) throw new Error(`word pattern: unbalanced ")" in ${src}`);
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const w of all) {
    const tail = w.indexOf('\u0000');
    if (tail < 0) words.add(w);
    else if (tail === w.length - 1) prefixes.push(w.slice(0, -1));
    else throw new Error(`word pattern: text after \\p{L}* in ${src}`);
  }
  return new WordSet(src, words, prefixes);
}

/** The union of patterns made by wordPattern: matches what any of them matches. */
export function wordUnion(parts: readonly WordTest[]): WordTest {
  return WordSet.union(parts);
}

/** A pattern from a regex literal's source (keeps the vocabulary readable where it is declared). */
export function wordPatternOf(re: RegExp): WordTest {
  const s = re.source;
  if (!s.startsWith('^(') || !s.endsWith(')$')) throw new Error(`word pattern: expected ^(…)$: ${s}`);
  return wordPattern(s.slice(2, -2));
}
