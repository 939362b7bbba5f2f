/**
 * A regex that tells whether a text contains any of a list of literal strings, written as a trie
 * ("вівтор|вторник|вчера" → "в(?:івтор|торник|чера)"). V8 tries the branches of a plain alternation
 * one by one at every position of the text; a trie rules most positions out on their first character
 * (measured ~30% faster over news sentences for the weekday and relative-day stems).
 */

interface Node {
  next: Map<string, Node>;
  /** A literal ends here: for `test`, nothing longer needs to match. */
  end: boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function source(n: Node): string {
  if (n.end) return '';
  const alts = [...n.next].map(([c, k]) => c.replace(SPECIAL, '\\$&') + source(k));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * A regex source matching where any of `literals` starts (per UTF-16 code unit). For `test` only:
 * where one literal extends another the shorter one ends the branch, so a match may be shorter
 * than the longest literal there.
 */
export function literalTrie(literals: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false };
  for (const lit of literals) {
    if (!lit) throw new Error('literalTrie: empty literal');
    let n = root;
    for (let i = 0; i < lit.length; i++) {
      const c = lit[i]!;
      let k = n.next.get(c);
      if (!k) n.next.set(c, (k = { next: new Map(), end: false }));
      n = k;
    }
    n.end = true;
  }
  return source(root);
}
