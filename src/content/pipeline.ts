/**
 * The page-side pipeline: extract the article from the live DOM (read-only), then, once the
 * background has detected its claims, anchor each claim to a Range. Claim detection runs in the
 * background worker, off the page's main thread, so the page only pays for extraction, anchoring
 * and highlighting, and the content script does not carry the gazetteer and claim engine.
 */
import type { Claim } from '../core/types';
import { extractLive, type LiveArticle } from '../extract/live';
import { blockText, type BlockText } from '../extract/dom-text';
import { anchorClaim } from './anchor';

export { extractLive, type LiveArticle };

/** Ranges of the claims that could be anchored exactly, by claim id; the others are left out. */
export function anchorClaims(doc: Document, live: LiveArticle, claims: Claim[]): Map<string, Range> {
  const blockOf = new Map(live.article.paragraphs.map((p, i) => [p.id, live.blocks[i]]));
  const ranges = new Map<string, Range>();
  const texts = new Map<Element, BlockText>();
  for (const claim of claims) {
    const block = blockOf.get(claim.paragraph);
    if (!block) continue;
    let bt = texts.get(block);
    if (!bt) texts.set(block, (bt = blockText(block)));
    const range = anchorClaim(doc, block, claim, bt);
    if (range) ranges.set(claim.id, range);
  }
  return ranges;
}
