/**
 * The first retrieval pass of a query: candidates by summed IDF of the keys they share with the page
 * claim, from the postings (postings.ts), rarest keys first, within bounded work; the re-ranking
 * (score.ts) then scores only these.
 */
import type { KeyTables } from './postings';
import { topK } from './top-k';

/** Keys in more than this share of sentences are not scanned for candidates (they still score). */
const COMMON_KEY_SHARE = 0.05;
/** Never skip a key when the index is this small. */
const COMMON_KEY_MIN = 2000;
/** Candidates re-ranked per query, best by first-pass score. */
const RERANK_POOL = 200;
/** Postings scanned per query at most (rarest keys first): bounds latency on a large index. */
const SCAN_BUDGET = 12_000;
/**
 * Candidates opened per query at most ("continue" accumulator limit, Moffat & Zobel 1996): once this
 * many are open, the remaining (more common) keys only add to them. Bounds the selection work.
 */
const ACCUMULATOR_LIMIT = 4_000;
/** A word key counts this much in the first pass (a shared entity or concept says more). */
const WORD_FIRST_PASS = 0.7;
const WORD_KEY = 'w'.charCodeAt(0);

/** What the first pass reads: the claim's keys (and their ids, -1 when unseen) and the index's tables. */
export interface FirstPassInput {
  kids: readonly number[];
  keys: readonly string[];
  tables: KeyTables;
  idf: (k: number) => number;
  /** Live sentences in the index (for the common-key cap). */
  sentences: number;
  /** Documents not to link to (the page itself). */
  ownDocs: ReadonlySet<number>;
  /** Document of each entry, -1 once removed. */
  docOf: Int32Array;
  /** A zeroed accumulator at least as long as the entries (left zeroed on return). */
  acc: Float32Array;
}

/**
 * First pass: summed IDF of the keys, rarest keys first, scanning at most SCAN_BUDGET postings
 * (newest first) and skipping keys in more than COMMON_KEY_SHARE of sentences unless nothing rarer
 * matched; returns the RERANK_POOL best entries not on the page.
 */
export function firstPass(q: FirstPassInput): number[] {
  const { kids, keys, tables, idf, sentences: n, ownDocs, docOf, acc } = q;
  const cap = Math.max(COMMON_KEY_MIN, n * COMMON_KEY_SHARE);
  const postings = tables.postings;
  const lists: { k: number; word: boolean; list: number[] }[] = [];
  kids.forEach((k, i) => {
    if (k >= 0 && postings[k]!.length > 0) lists.push({ k, word: keys[i]!.charCodeAt(0) === WORD_KEY, list: postings[k]! });
  });
  lists.sort((a, b) => a.list.length - b.list.length);
  let scanned = lists.filter((x) => x.list.length <= cap);
  if (scanned.length === 0 && lists.length > 0) scanned = [lists[0]!];
  const touched: number[] = [];
  let budget = SCAN_BUDGET;
  for (const { k, word, list } of scanned) {
    if (budget <= 0) break;
    const w = idf(k) * (word ? WORD_FIRST_PASS : 1);
    const from = Math.max(0, list.length - Math.min(Math.ceil(cap), budget));
    budget -= list.length - from;
    for (let i = list.length - 1; i >= from; i--) {
      const id = list[i]!;
      if (acc[id] === 0) {
        if (touched.length >= ACCUMULATOR_LIMIT) continue;
        const doc = docOf[id]!;
        if (doc < 0 || ownDocs.has(doc)) continue;
        touched.push(id);
      }
      acc[id]! += w;
    }
  }
  const best = topK(touched, acc, RERANK_POOL);
  for (const id of touched) acc[id] = 0;
  return best;
}
