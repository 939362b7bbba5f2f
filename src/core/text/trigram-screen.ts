/**
 * A cheap necessary condition for a big alternation over lowercased plain text (plain-case.ts): a few
 * strings of one to three characters, at least one of which every match of the regex contains. V8's
 * irregexp tries an unanchored alternation of many literals branch by branch at every position (its
 * Boyer-Moore lookahead cannot skip when the first letters are common Cyrillic ones), ~6 ns per
 * character here; rolling the last three characters' classes into a table index costs a fraction of
 * that, and costs almost nothing inside plainLower's lowercasing pass, which reads every character
 * anyway. Text that holds none of the strings cannot match; text that holds one is asked the regex.
 */

/** Bits per character class in a key: 31 distinct characters at most (class 0 is every other one). */
const CLASS_BITS = 5;
const KEY_MASK = (1 << (3 * CLASS_BITS)) - 1;
/** Characters that may have a class: plainLower's lowercase table's range (the rest are class 0). */
export const CLASS_TABLE_END = 0x500;

/** Strings of one to three characters to look for in lowercased plain text. */
export class TrigramScreen {
  /** Class (1..31) of each screened character, 0 for every other character below CLASS_TABLE_END. */
  readonly classes = new Uint8Array(CLASS_TABLE_END);
  /** 1 at each key (the classes of three characters in a row) that ends with one of the strings. */
  readonly keys = new Uint8Array(KEY_MASK + 1);
  /** Set by plainLower(text, screen): whether the lowercase of the text it was asked about holds one of the strings. */
  hit = false;

  constructor(readonly strings: readonly string[]) {
    const classOf = new Map<string, number>();
    for (const s of strings) {
      if (s.length < 1 || s.length > 3 || s !== s.toLowerCase()) throw new Error(`TrigramScreen: "${s}" is not 1-3 lowercase characters`);
      for (const ch of s) {
        // plainLower steps every character from U+0500 on with class 0.
        if (ch.length !== 1 || ch.charCodeAt(0) >= CLASS_TABLE_END) throw new Error(`TrigramScreen: "${ch}" is outside the class table`);
        if (!classOf.has(ch)) classOf.set(ch, classOf.size + 1);
      }
    }
    if (classOf.size >= 1 << CLASS_BITS) throw new Error('TrigramScreen: more than 31 distinct characters');
    for (const [ch, cls] of classOf) this.classes[ch.charCodeAt(0)] = cls;
    for (const s of strings) {
      let tail = 0;
      for (const ch of s) tail = (tail << CLASS_BITS) | classOf.get(ch)!;
      // Every key whose last s.length classes are s's, whatever comes before.
      const free = 3 - s.length;
      for (let before = 0; before < 1 << (free * CLASS_BITS); before++) this.keys[(before << (s.length * CLASS_BITS)) | tail] = 1;
    }
  }

  /** Whether lowercase `low` holds one of the strings: the scan plainLower does while lowercasing, alone. */
  test(low: string): boolean {
    const classes = this.classes;
    const keys = this.keys;
    let key = 0;
    for (let i = 0; i < low.length; i++) {
      const c = low.charCodeAt(i);
      key = screenStep(key, c < CLASS_TABLE_END ? classes[c]! : 0);
      if (keys[key] === 1) return true;
    }
    return false;
  }
}

/** The key after a character of class `cls`: the last three classes, oldest dropped. */
export function screenStep(key: number, cls: number): number {
  return ((key << CLASS_BITS) | cls) & KEY_MASK;
}
