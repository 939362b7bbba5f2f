/** Selecting the best candidates of the first retrieval pass without sorting them all. */

/** The value that would be at index `n` if `a` were sorted ascending (Hoare quickselect; reorders `a`). */
export function select(a: Float64Array, n: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n]!;
  }
  return a[n]!;
}

/** The k ids with the highest `score[id]` (ties: lower id first), best first. */
export function topK(ids: readonly number[], score: Float64Array | Float32Array, k: number): number[] {
  let pick: number[];
  if (ids.length > k) {
    // The k-th best score by quickselect over the scores alone; ties at that score (common when many
    // sentences share the same keys) are filled in id order.
    const vals = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) vals[i] = score[ids[i]!]!;
    const bar = select(vals, ids.length - k);
    pick = [];
    const ties: number[] = [];
    for (const id of ids) {
      const v = score[id]!;
      if (v > bar) pick.push(id);
      else if (v === bar) ties.push(id);
    }
    if (pick.length < k) {
      const t = Int32Array.from(ties).sort();
      for (let i = 0; i < t.length && pick.length < k; i++) pick.push(t[i]!);
    }
  } else pick = [...ids];
  return pick.sort((a, b) => score[b]! - score[a]! || a - b);
}
