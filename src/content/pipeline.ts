/**
 * The page-side pipeline: extract the article from the live DOM (read-only), detect its claims and
 * anchor each claim to a Range. Pure over the `Document` it is given; no `browser.*`.
 */
import { detectClaims } from '../core/claims/index';
import type { Article, Claim, NotAnArticle } from '../core/types';
import { extractLive } from '../extract/index';
import { anchorClaim } from './anchor';

export interface PageAnalysis {
  article: Article;
  claims: Claim[];
  /** Ranges of the claims that could be anchored exactly, by claim id. */
  ranges: Map<string, Range>;
  /** Claims that were detected but could not be placed on the page. */
  unanchored: string[];
}

/** Extracts, detects and anchors; returns the not-an-article reason when there is no article. */
export function analyzePage(doc: Document, url: string, now = new Date()): PageAnalysis | NotAnArticle {
  const live = extractLive(doc, url);
  if ('notArticle' in live) return live;
  const { article, blocks } = live;
  const claims = detectClaims(article, { ref: article.published ? new Date(article.published) : now });
  const ranges = new Map<string, Range>();
  const unanchored: string[] = [];
  const blockOf = new Map(article.paragraphs.map((p, i) => [p.id, blocks[i]]));
  for (const claim of claims) {
    const block = blockOf.get(claim.paragraph);
    const range = block ? anchorClaim(doc, block, claim) : null;
    if (range) ranges.set(claim.id, range);
    else unanchored.push(claim.id);
  }
  return { article, claims, ranges, unanchored };
}
