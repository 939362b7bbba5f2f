/**
 * DOM → Article. Metadata first (JSON-LD, OpenGraph, `time[datetime]`, language markup), the outlet
 * adapter's selectors second, the generic path third: our own body scorer over the original DOM, and
 * the caller's fallback (index.ts passes @mozilla/readability on a clone) only when the scorer finds
 * nothing. Read-only over `doc`; pure.
 */
import type { Article, BodyLink, ExtractionTrace, NotAnArticle, Obtained, Paragraph } from '../core/types';
import type { SiteAdapter } from './adapter';
import { adapterFor } from './adapters/index';
import { collectBlocks, collectListed, type BlockRules, type CollectedBody } from './collect-blocks';
import { visibleText } from './dom-text';
import { findGenericBody } from './generic-body';
import { decideLang } from './decide-lang';
import { listingReason } from './listing';
import { readPageMeta, stripSiteName } from './metadata';
import { registrableDomain } from './outlet';
import { firstMatch } from './selectors';
import { adapterField } from './adapter-fields';
import { findGenericLead } from './generic-lead';
import { byTag } from './elements';

/** Less article text than this is not an article (a video page, a stub, a gallery). */
export const MIN_ARTICLE_CHARS = 300;

/** The last-resort body finder: the original elements holding the article's blocks, and notes. */
export type BodyFallback = (doc: Document) => { elements: Element[]; notes: string[] };

/** Options of `extractArticle`. */
export interface ExtractOptions {
  obtained?: Obtained;
  /** Clock for `obtainedAt` (tests pass a fixed one: same input, same output). */
  now?: Date;
  /**
   * Used when neither the adapter nor our scorer finds a body. The entry points in index.ts pass
   * Readability (readability-fallback.ts); the content script's entry (live.ts) passes none, so its
   * bundle does not carry @mozilla/readability (~10 KB gzipped).
   */
  fallback?: BodyFallback;
}

/** An article with, for each paragraph, the element whose `blockText` is that paragraph's text. */
export interface LiveArticle {
  article: Article;
  blocks: Element[];
}

function notArticle(reason: string): NotAnArticle {
  return { notArticle: true, reason };
}

function bodyLinks(blocks: CollectedBody['blocks'], base: string): BodyLink[] {
  const links: BodyLink[] = [];
  blocks.forEach((b, i) => {
    for (const a of byTag(b.el, 'a')) {
      const raw = a.getAttribute('href');
      const text = visibleText(a);
      if (!raw || !text) continue;
      let href: URL;
      try {
        href = new URL(raw, base);
      } catch {
        continue;
      }
      if (href.protocol === 'http:' || href.protocol === 'https:') links.push({ text, href: href.href, paragraph: `p${i}` });
    }
  });
  return links;
}

/** Find the body: the adapter's container, else our scorer's, else Readability's blocks. */
function findBody(doc: Document, url: URL, adapter: SiteAdapter | undefined, rules: BlockRules, hasArticleMeta: boolean, notes: string[], fallback?: BodyFallback):
  CollectedBody & { from: 'selector' | 'generic' } | NotAnArticle {
  const container = adapter ? firstMatch(doc, adapter.body) : null;
  if (container) {
    const c = collectBlocks(container, rules);
    if (c.blocks.length > 0) return { ...c, from: 'selector' };
    notes.push(`adapter ${adapter!.id}: body selector matched but held no paragraphs; generic path`);
  } else if (adapter) {
    notes.push(`adapter ${adapter.id}: no body selector matched; generic path`);
  }
  if (!adapter) {
    const listing = listingReason(doc, url, hasArticleMeta);
    if (listing) return notArticle(listing);
  }
  const genericRules: BlockRules = { ...rules, blocks: undefined };
  const scored = findGenericBody(doc);
  if (scored) {
    const c = collectBlocks(scored.el, genericRules);
    if (c.blocks.length > 0) return { ...c, from: 'generic' };
  }
  if (!fallback) {
    notes.push('generic scorer found no body; no fallback in this context');
    return { ...collectListed([], genericRules), from: 'generic' };
  }
  const rb = fallback(doc);
  notes.push('generic scorer found no body; readability fallback', ...rb.notes);
  return { ...collectListed(rb.elements, genericRules), from: 'generic' };
}

/** The article of `doc` and the DOM element of each paragraph, or why the page is not an article. */
export function extractLive(doc: Document, url: string, opts: ExtractOptions = {}): LiveArticle | NotAnArticle {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return notArticle(`invalid URL: ${String(url).slice(0, 100)}`);
  }
  if (!doc?.documentElement || !doc.body) return notArticle('no body found: the document has no <body>');
  const adapter = adapterFor(u.hostname);
  const outlet = adapter?.outlet ?? registrableDomain(u.hostname);
  if (adapter?.articlePaths && !adapter.articlePaths.some((re) => re.test(u.pathname))) {
    return notArticle(`not an article of ${outlet}: ${u.pathname} matches none of its article paths (a listing or section page)`);
  }
  // Ukrainian outlets print local times without an offset; read those as Kyiv time.
  const meta = readPageMeta(doc, adapter !== undefined || u.hostname.endsWith('.ua'));
  const trace: ExtractionTrace = {};
  const notes = [...meta.notes];

  let title = meta.title?.value;
  trace['title'] = meta.title?.from ?? 'none';
  if (!title) {
    const t = adapterField(doc, adapter?.title, 'text');
    if (t) [title, trace['title']] = [t, 'selector'];
  }
  if (!title) {
    const h1 = doc.querySelector('h1');
    const t = (h1 && visibleText(h1)) || (doc.title ?? '').replace(/\s+/g, ' ').trim();
    if (t) [title, trace['title']] = [t, 'generic'];
  }
  title = title ? stripSiteName(title, meta.siteName, outlet) : '';

  const rules: BlockRules = { drop: adapter?.drop, dropText: adapter?.dropText, stopAt: adapter?.stopAt, blocks: adapter?.blocks, lead: adapter?.lead, title };
  const hasArticleMeta = !!meta.jsonLd || meta.ogType === 'article' || !!meta.published;
  const body = findBody(doc, u, adapter, rules, hasArticleMeta, notes, opts.fallback);
  if ('notArticle' in body) return body;
  trace['body'] = body.from;
  const collected = body.blocks;
  // A lead that sits outside the body (gordonua's `div.a_description`) opens the article.
  // On the generic path, the element before the first paragraph that repeats the page's description.
  const first = collected[0]?.el;
  const leadEl = body.from === 'selector' ? firstMatch(doc, adapter?.lead) : first ? findGenericLead(first, meta.description) : null;
  if (leadEl && !collected.some((b) => b.el === leadEl || leadEl.contains(b.el) || b.el.contains(leadEl))) {
    const lead = collectListed([leadEl], rules).blocks[0];
    if (lead) collected.unshift({ ...lead, kind: 'lead' });
  }
  if (collected.length === 0) return notArticle('no body found: no paragraphs of article text on the page');
  const chars = collected.reduce((n, b) => n + b.text.length, 0);
  if (chars < MIN_ARTICLE_CHARS) return notArticle(`too little text: ${chars} characters of article text, fewer than ${MIN_ARTICLE_CHARS}`);

  let published = meta.published?.value;
  trace['published'] = meta.published?.from ?? 'none';
  if (!published) {
    const p = adapterField(doc, adapter?.published, 'date');
    if (p) [published, trace['published']] = [p, 'selector'];
  }
  let author = meta.author?.value;
  trace['author'] = meta.author?.from ?? 'none';
  if (!author) {
    const a = adapterField(doc, adapter?.author, 'author');
    if (a) [author, trace['author']] = [a, 'selector'];
  }
  const lang = decideLang(meta.lang, adapter?.langFromUrl?.(u), collected.map((b) => b.text));
  trace['lang'] = lang.from;

  const paragraphs: Paragraph[] = collected.map((b, i) => ({ id: `p${i}`, text: b.text, kind: b.kind }));
  let canonicalUrl: string | undefined;
  try {
    canonicalUrl = meta.canonicalUrl ? new URL(meta.canonicalUrl, u).href : undefined;
  } catch {
    notes.push(`canonical URL does not parse: ${meta.canonicalUrl!.slice(0, 80)}`);
  }
  const article: Article = {
    url: u.href,
    ...(canonicalUrl ? { canonicalUrl } : {}),
    outlet,
    lang: lang.value,
    title,
    ...(published ? { published } : {}),
    ...(author ? { author } : {}),
    paragraphs,
    links: bodyLinks(collected, u.href),
    obtained: opts.obtained ?? 'page',
    obtainedAt: (opts.now ?? new Date()).toISOString(),
    adapter: body.from === 'selector' ? adapter!.id : 'generic',
    dropped: body.dropped,
    trace,
    ...(notes.length ? { notes } : {}),
    ...(meta.claimReviews.length ? { claimReviews: meta.claimReviews } : {}),
  };
  return { article, blocks: collected.map((b) => b.el) };
}

/** The article of `doc` at `url`, or why it is not one. Never modifies `doc`. */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Article | NotAnArticle {
  const r = extractLive(doc, url, opts);
  return 'notArticle' in r ? r : r.article;
}
