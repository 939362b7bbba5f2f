/**
 * Live collections to arrays, fast on every DOM. jsdom wraps HTMLCollection in a Proxy whose
 * non-index property reads (`length`, `item`, the iterator's `length` on every step) run a
 * named-property lookup that scans the whole collection: `Array.from` and `.item(i)` became
 * quadratic on a 5 MB page (209 s). Reading `length` once and indexing is linear.
 */

/** The first `cap` elements of a collection, as an array. */
export function elementsOf<E extends Element>(coll: HTMLCollectionOf<E> | NodeListOf<E>, cap = Number.POSITIVE_INFINITY): E[] {
  const n = Math.min(coll.length, cap);
  const out: E[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = coll[i]!;
  return out;
}

/** Elements of `root` with the given tag name, as an array. */
export function byTag(root: Document | Element, tag: string, cap?: number): Element[] {
  return elementsOf(root.getElementsByTagName(tag), cap);
}
