/**
 * Shared machinery of the uk/ru suffix strippers: ending tables built from (theme × inflection)
 * products, and longest-ending removal with a minimum stem length.
 */

/** A stem shorter than this is never produced by removing an ending ("кит" must survive "кита"). */
export const MIN_STEM = 3;

/** An ending table: the endings, and the longest length per final letter (most words need 2–4 probes). */
export interface Endings {
  set: Set<string>;
  maxLen: number;
  maxLenByLast: Map<string, number>;
}

/** Builds an ending table from plain endings and (themes × inflections) products. */
export function endings(plain: string[], ...products: [string[], string[]][]): Endings {
  const set = new Set(plain);
  for (const [themes, infl] of products) for (const t of themes) for (const i of infl) set.add(t + i);
  let maxLen = 0;
  const maxLenByLast = new Map<string, number>();
  for (const e of set) {
    maxLen = Math.max(maxLen, e.length);
    const last = e[e.length - 1]!;
    maxLenByLast.set(last, Math.max(maxLenByLast.get(last) ?? 0, e.length));
  }
  return { set, maxLen, maxLenByLast };
}

/** The longest ending of `word` in `table` that leaves at least `min` characters, or ''. */
export function longestEnding(word: string, table: Endings, min = MIN_STEM, accept?: (stem: string, ending: string) => boolean): string {
  const top = Math.min(table.maxLenByLast.get(word[word.length - 1] ?? '') ?? 0, word.length - min);
  for (let len = top; len >= 1; len--) {
    const e = word.slice(word.length - len);
    if (table.set.has(e) && (!accept || accept(word.slice(0, word.length - len), e))) return e;
  }
  return '';
}

/** Epenthetic л after a labial ("заяв-л-ення", "заяв-л-ение", "повідом-л-яти") is dropped. */
export function dropEpentheticL(stem: string): string {
  return stem.length > MIN_STEM && /[бвмпф]л$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Final-consonant alternations that inflection produces: д/дж/жд ("підтвердити/підтвердження",
 * "подтвердить/подтверждение"), г/ж/з ("опроверг/опровержение", "сказати/скажуть"), к/ц ("розвідка/розвідці"). Folding them
 * to one letter makes the forms meet; it is a matching key, not a morpheme.
 */
export function foldFinalConsonant(stem: string): string {
  let s = stem;
  if (s.endsWith('дж') || s.endsWith('жд')) s = s.slice(0, -2) + 'д';
  const last = s[s.length - 1];
  if (last === 'ж' || last === 'з' || last === 'ґ') s = s.slice(0, -1) + 'г';
  // к/ц: "розвідка/розвідці", "Америка/Америці" (not к/ч: "рік" and "річ" must stay apart).
  else if (last === 'ц') s = s.slice(0, -1) + 'к';
  return s;
}
