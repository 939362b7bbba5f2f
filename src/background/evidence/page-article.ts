/**
 * Fetched HTML → Article (+ the ClaimReviews in its JSON-LD), with the same extractArticle the
 * content script runs on the live page.
 *
 * Why linkedom: Chrome's MV3 service worker has no DOMParser. The alternatives were an offscreen
 * document (Chrome-only API, one more page to keep alive, a message round-trip per page) or a
 * worker-safe DOM. linkedom is that DOM: no browser globals, runs in the worker and in node, and the
 * extractor's fixture tests already check that it gives the same Article as jsdom.
 */
import { parseHTML } from 'linkedom';
import type { Article, Obtained } from '../../core/types';
import { decodeHtml } from '../../extract/decode';
import { extractArticle } from '../../extract/index';
import { readJsonLd } from '../../extract/json-ld';
import { collectBlocksFromHtml } from './html-blocks';
import { claimReviewsIn, type ClaimReviewItem } from './claim-review';
import { registrableDomain } from '../../extract/outlet';
import { evidenceLang } from './text-lang';

/** What one page gave: its article (or why none), and any fact-checks it carried. */
export interface PageResult {
  article?: Article;
  reason?: string;
  claimReviews: ClaimReviewItem[];
}

/** Parses HTML text into a Document on linkedom. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The article of a fetched page: bytes decoded as browsers do, then extracted as on the live page. */
export function articleFromBytes(bytes: Uint8Array, contentType: string | null, url: string, obtained: Obtained, now: Date, transportCharset?: string): PageResult {
  if (contentType && !/html|xml/i.test(contentType)) return { reason: `not an HTML page (${contentType.split(';')[0]})`, claimReviews: [] };
  const { text } = decodeHtml(bytes, transportCharset);
  return articleFromHtml(text, url, obtained, now);
}

/** The article of an HTML string at `url`. */
export function articleFromHtml(html: string, url: string, obtained: Obtained, now: Date): PageResult {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch (e) {
    return { reason: `the page does not parse: ${(e as Error).message}`, claimReviews: [] };
  }
  if (!doc.documentElement) return { reason: 'not an HTML document', claimReviews: [] };
  const claimReviews = claimReviewsIn(readJsonLd(doc).items, url);
  const r = extractArticle(doc, url, { obtained, now });
  if ('notArticle' in r) return { reason: r.reason, claimReviews };
  return { article: { ...r, obtained }, claimReviews };
}

/** Fields a feed item gives for an article built from its full text. */
export interface FeedText {
  url: string;
  title: string;
  published?: string;
  html: string;
  /** The feed's declared language (RSS <language>, xml:lang). */
  lang?: string;
}

/** An Article from a feed item's full text (content:encoded): its block elements become paragraphs. */
export function articleFromFeedText(item: FeedText, now: Date): Article | { reason: string } {
  const paragraphs = collectBlocksFromHtml(item.html);
  if (!paragraphs.length) return { reason: 'the item has no text' };
  const lang = evidenceLang(paragraphs.map((p) => p.text).join(' '), item.lang);
  const article: Article = {
    url: item.url,
    outlet: registrableDomain(new URL(item.url).hostname),
    lang,
    title: item.title,
    paragraphs: paragraphs.map((p) => ({ ...p, lang })),
    links: [],
    obtained: 'feed',
    obtainedAt: now.toISOString(),
    adapter: 'feed',
  };
  if (item.published) article.published = item.published;
  return article;
}
