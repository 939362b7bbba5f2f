/**
 * An outlet adapter: a declarative description of one site's article markup (SITES.md). Selectors are
 * tried in order; every field falls back to metadata (JSON-LD, OpenGraph, `time[datetime]`) first and
 * to the generic path last, so an adapter whose selectors went stale still yields an article.
 */
import type { TextPattern } from './word-end';

export interface SiteAdapter {
  /** Short id used in traces and tests, e.g. `korrespondent`. */
  id: string;
  /** Hostnames served (compared without a leading `www.`), e.g. `['ua.korrespondent.net', 'korrespondent.net']`. */
  hosts: string[];
  /** The outlet recorded on the Article (registrable domain), e.g. `korrespondent.net`. */
  outlet: string;
  /** Article URL path patterns; a page whose path matches none is not an article of this outlet. */
  articlePaths?: RegExp[];
  /** Body container selectors, tried in order. */
  body: string[];
  /** Selector, relative to the body, for the blocks that are paragraphs (default: `p, h2, h3, li, blockquote`). */
  blocks?: string;
  title?: string[];
  lead?: string[];
  published?: string[];
  author?: string[];
  /** Elements inside the body that are furniture (captions, read-also, promos, galleries). */
  drop?: string[];
  /** Block texts that are furniture ("Фото: …", "Читайте також …"). */
  dropText?: TextPattern[];
  /** Stop collecting at the first block whose text matches (everything after it is furniture). */
  stopAt?: RegExp[];
  /** Language from the URL when the markup does not say (e.g. `/ukr/` → uk, `/rus/` → ru). */
  langFromUrl?: (url: URL) => 'uk' | 'ru' | 'en' | undefined;
}
