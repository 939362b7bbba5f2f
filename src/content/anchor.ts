/**
 * Maps a claim back to a DOM Range on the live page (STYLE.md 8): first the exact offsets inside its
 * paragraph's block, then the TextQuote (exact text, disambiguated by prefix/suffix) anywhere in that
 * block. A claim that cannot be placed exactly is left unanchored rather than highlighted in the
 * wrong place.
 */
import type { Claim } from '../core/types';
import { blockText, pointAt, type BlockText } from '../extract/dom-text';

function rangeFor(doc: Document, bt: BlockText, start: number, end: number): Range | null {
  const a = pointAt(bt, start);
  const b = pointAt(bt, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function affixScore(text: string, at: number, claim: Claim): number {
  const before = text.slice(Math.max(0, at - claim.quote.prefix.length), at);
  const after = text.slice(at + claim.quote.exact.length, at + claim.quote.exact.length + claim.quote.suffix.length);
  let score = 0;
  if (claim.quote.prefix && before.endsWith(claim.quote.prefix)) score += 2;
  if (claim.quote.suffix && after.startsWith(claim.quote.suffix)) score += 2;
  return score;
}

/**
 * The Range of `claim` inside `block`, or null when the block no longer holds its text. Pass the
 * block's `blockText` when anchoring several claims in one block, so it is computed once.
 */
export function anchorClaim(doc: Document, block: Element, claim: Claim, bt: BlockText = blockText(block)): Range | null {
  if (bt.text.slice(claim.start, claim.end) === claim.text) return rangeFor(doc, bt, claim.start, claim.end);
  const exact = claim.quote.exact;
  if (!exact) return null;
  let best = -1;
  let bestScore = -1;
  for (let at = bt.text.indexOf(exact); at !== -1; at = bt.text.indexOf(exact, at + 1)) {
    const s = affixScore(bt.text, at, claim);
    if (s > bestScore) [best, bestScore] = [at, s];
  }
  return best === -1 ? null : rangeFor(doc, bt, best, best + exact.length);
}
