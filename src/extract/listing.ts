/**
 * "Not an article" by shape: a home page, a section or tag listing. Checked on the generic path (an
 * adapter's `articlePaths` already rule listings out for its outlet) before a body is looked for,
 * because a listing's teasers can score like a body.
 */
import { byTag } from './elements';

/** A page with at least this many `<article>` teasers, or headline links, and no article metadata is a listing. */
const LISTING_MIN_TEASERS = 8;
const LISTING_PATHS = /^\/(?:(?:uk|ua|ukr|ru|rus|en|eng)\/?)?$|^\/(?:[\w-]+\/)*(?:tag|tags|category|categories|rubric|section|search|archive|page|author|topics?)(?:\/|$)/i;

/** Why the page is a listing, or undefined when it may be an article. */
export function listingReason(doc: Document, url: URL, hasArticleMeta: boolean): string | undefined {
  if (LISTING_PATHS.test(url.pathname)) return `a listing or home page (${url.pathname})`;
  if (hasArticleMeta) return undefined;
  const articles = doc.getElementsByTagName('article').length;
  let headlineLinks = 0;
  for (const tag of ['h2', 'h3']) {
    for (const h of byTag(doc, tag)) if (h.getElementsByTagName('a').length > 0) headlineLinks++;
  }
  if (articles >= LISTING_MIN_TEASERS || headlineLinks >= LISTING_MIN_TEASERS * 2) {
    return `a listing page: ${articles} <article> teasers, ${headlineLinks} headline links, no article metadata`;
  }
  return undefined;
}
