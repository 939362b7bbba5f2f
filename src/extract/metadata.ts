/**
 * Page metadata, in the order SITES.md asks for: JSON-LD first, then OpenGraph / `<meta>`, then
 * `time[datetime]`. Each value carries where it came from so the Article's trace can say so.
 */
import type { ExtractionTrace, Lang } from '../core/types';
import { ldAuthors, ldString, readJsonLd, type JsonObject } from './json-ld';
import { normalizeIsoDate } from './dates';
import { langFromTag } from './lang-guess';
import { byTag } from './elements';

type Source = ExtractionTrace[string];

/** A metadata value and the path it took. */
export interface Sourced<T> {
  value: T;
  from: Source;
}

/** What the page says about itself, before any adapter or body is looked at. */
export interface PageMeta {
  title?: Sourced<string>;
  published?: Sourced<string>;
  author?: Sourced<string>;
  lang?: Sourced<Exclude<Lang, 'und'>>;
  canonicalUrl?: string;
  siteName?: string;
  /** `og:description`, else `description`: generic leads repeat it. */
  description?: string;
  /** `og:type` (`article`, `website`), lower-cased. */
  ogType?: string;
  /** The JSON-LD article item, when there is one. */
  jsonLd?: JsonObject;
  /** The JSON-LD ClaimReview items. */
  claimReviews: JsonObject[];
  notes: string[];
}

/** `<meta>` values by `property`/`name`/`http-equiv` (lower-cased), first one winning; read once. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = byTag(doc.head ?? doc.documentElement, 'meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    // `property` for OpenGraph, `name` for the rest; some sites mix them up.
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** The first `time[datetime]`, preferring one inside an `<article>`. */
function firstTimeWithDatetime(doc: Document): Element | undefined {
  const times = byTag(doc, 'time').filter((t) => t.hasAttribute('datetime'));
  return times.find((t) => t.closest('article')) ?? times[0];
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function sourced<T>(value: T | undefined, from: Source): Sourced<T> | undefined {
  return value === undefined ? undefined : { value, from };
}

/** Read JSON-LD, OpenGraph, `<meta>`, `time[datetime]`, `<link rel=canonical>` and language markup. */
export function readPageMeta(doc: Document, kyivTime: boolean): PageMeta {
  const ld = readJsonLd(doc);
  const art = ld.article;
  const out: PageMeta = { notes: ld.notes, jsonLd: art, claimReviews: ld.claimReviews };
  const metas = metaMap(doc);
  const meta = (_: Document, key: string): string | undefined => metas.get(key);
  out.siteName = meta(doc, 'og:site_name');
  out.ogType = meta(doc, 'og:type')?.toLowerCase();
  out.description = meta(doc, 'og:description') ?? meta(doc, 'description');

  const ldTitle = art ? ldString(art['headline']) ?? ldString(art['name']) : undefined;
  const ogTitle = meta(doc, 'og:title');
  out.title = sourced(ldTitle && collapse(ldTitle), 'json-ld') ?? sourced(ogTitle && collapse(ogTitle), 'opengraph');

  const ldDate = art ? ldString(art['datePublished']) : undefined;
  const metaDate = meta(doc, 'article:published_time') ?? meta(doc, 'pubdate') ?? meta(doc, 'date');
  const timeEl = firstTimeWithDatetime(doc);
  out.published =
    sourced(ldDate ? normalizeIsoDate(ldDate, kyivTime) : undefined, 'json-ld') ??
    sourced(metaDate ? normalizeIsoDate(metaDate, kyivTime) : undefined, 'opengraph') ??
    sourced(normalizeIsoDate(timeEl?.getAttribute('datetime') ?? '', kyivTime), 'meta');

  const ldAuthor = art ? ldAuthors(art['author']) : undefined;
  const metaAuthor = meta(doc, 'author') ?? meta(doc, 'article:author');
  // `article:author` is often a profile URL, which is not a name.
  const metaName = metaAuthor && !/^https?:/.test(metaAuthor) ? collapse(metaAuthor) : undefined;
  out.author = sourced(ldAuthor && collapse(ldAuthor), 'json-ld') ?? sourced(metaName, 'meta');

  const ldLang = art ? langFromTag(ldString(art['inLanguage'])) : undefined;
  const htmlLang = langFromTag(doc.documentElement?.getAttribute('lang'));
  const ogLocale = langFromTag(meta(doc, 'og:locale'));
  const httpLang = langFromTag(meta(doc, 'content-language'));
  out.lang = sourced(ldLang, 'json-ld') ?? sourced(htmlLang, 'meta') ?? sourced(ogLocale, 'opengraph') ?? sourced(httpLang, 'meta');

  const links = byTag(doc.head ?? doc.documentElement, 'link');
  const canonicalLink = links.find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical');
  const canonical = canonicalLink?.getAttribute('href') ?? meta(doc, 'og:url');
  const ldUrl = art ? ldString(art['url']) ?? ldString((art['mainEntityOfPage'] as JsonObject | undefined)?.['@id']) : undefined;
  out.canonicalUrl = canonical ?? ldUrl;
  return out;
}

/** A title with the site's name removed from its end ("Заголовок | УНІАН" → "Заголовок"). */
export function stripSiteName(title: string, siteName: string | undefined, outlet: string): string {
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.toLowerCase();
  const brand = outlet.split('.')[0]!.toLowerCase();
  const isSite = (siteName && tail.includes(siteName.toLowerCase())) || tail.includes(brand) || tail.includes(outlet);
  return isSite ? m[1]! : title;
}
