/**
 * schema.org ClaimReview (https://schema.org/ClaimReview; Google's profile:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck) → evidence.
 * A fact-checker's verdict becomes a one-sentence evidence article, obtained 'claimreview':
 * "<author> rated '<claim>' as <rating>." The same reader serves JSON-LD found in ingested pages,
 * evidence packs and the Fact Check Tools API (whose answers use the same field names).
 */
import type { Article, Lang } from '../../core/types';
import { ldAuthors, ldString, ldTypes, type JsonObject } from '../../extract/json-ld';
import { langFromTag } from '../../extract/lang-guess';
import { registrableDomain } from '../../extract/outlet';
import { evidenceLang } from './text-lang';

/** Longest claim text kept (a ClaimReview claim is one sentence; longer is likely a whole article). */
const MAX_CLAIM_CHARS = 1000;

/** A ClaimReview reduced to what Zvirka shows and indexes. */
export interface ClaimReviewItem {
  claimReviewed: string;
  /** reviewRating.alternateName ("False", "Неправда"), or the numeric rating as "n/best". */
  rating: string;
  author: string;
  url: string;
  datePublished?: string;
  /** itemReviewed.appearance URLs: where the claim was made. */
  appearances: string[];
  lang?: Lang;
}

function httpUrl(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' ? ldString((v as JsonObject)['url']) ?? ldString((v as JsonObject)['@id']) : undefined;
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function ratingOf(r: unknown): string | undefined {
  if (!r || typeof r !== 'object') return ldString(r);
  const o = r as JsonObject;
  const name = ldString(o['alternateName']) ?? ldString(o['name']);
  if (name) return name;
  const value = o['ratingValue'];
  if (typeof value === 'number' || typeof value === 'string') return o['bestRating'] !== undefined ? `${value}/${String(o['bestRating'])}` : String(value);
  return undefined;
}

/** Reads one ClaimReview object; a reason names the first missing field. */
export function readClaimReview(obj: unknown, fallbackUrl?: string): ClaimReviewItem | { reason: string } {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { reason: 'not an object' };
  const o = obj as JsonObject;
  if (o['@type'] !== undefined && !ldTypes(o).includes('ClaimReview')) return { reason: `@type is ${JSON.stringify(o['@type'])}, not ClaimReview` };
  const claim = ldString(o['claimReviewed']) ?? ldString(o['text']);
  if (!claim) return { reason: 'claimReviewed is missing' };
  if (claim.length > MAX_CLAIM_CHARS) return { reason: `claimReviewed is longer than ${MAX_CLAIM_CHARS} characters` };
  const rr = o['reviewRating'];
  const rating = ratingOf(Array.isArray(rr) ? rr[0] : rr);
  if (!rating) return { reason: 'reviewRating has no alternateName or ratingValue' };
  const url = httpUrl(o['url']) ?? (fallbackUrl ? httpUrl(fallbackUrl) : undefined);
  if (!url) return { reason: 'url is missing or not http(s)' };
  const author = ldAuthors(o['author']) ?? ldString((o['publisher'] as JsonObject | undefined)?.['name']) ?? registrableDomain(new URL(url).hostname);
  const item: ClaimReviewItem = { claimReviewed: claim.replace(/\s+/g, ' '), rating, author, url, appearances: [] };
  const date = ldString(o['datePublished']);
  if (date && !Number.isNaN(Date.parse(date))) item.datePublished = date;
  const reviewed = o['itemReviewed'] as JsonObject | undefined;
  const appearance = reviewed && typeof reviewed === 'object' ? reviewed['appearance'] ?? reviewed['firstAppearance'] : undefined;
  for (const a of Array.isArray(appearance) ? appearance : appearance ? [appearance] : []) {
    const u = httpUrl(a);
    if (u) item.appearances.push(u);
  }
  // A declared language wins here: a fact-checker's inLanguage is about the claim itself.
  const lang = langFromTag(ldString(o['inLanguage'])) ?? evidenceLang(claim);
  if (lang !== 'und') item.lang = lang;
  return item;
}

/**
 * The valid ClaimReviews among JSON-LD items (a page's, or ones a message carried: anything that is not
 * a ClaimReview object is skipped); `pageUrl` stands in for a missing url.
 */
export function claimReviewsIn(items: readonly unknown[], pageUrl?: string): ClaimReviewItem[] {
  const out: ClaimReviewItem[] = [];
  for (const it of items) {
    if (!it || typeof it !== 'object' || Array.isArray(it) || !ldTypes(it as JsonObject).includes('ClaimReview')) continue;
    const r = readClaimReview(it, pageUrl);
    if (!('reason' in r)) out.push(r);
  }
  return out;
}

/** The one-sentence evidence article of a fact-check. */
export function claimReviewArticle(item: ClaimReviewItem, now: Date): Article {
  const text = `${item.author} rated '${item.claimReviewed}' as ${item.rating}.`;
  const article: Article = {
    url: item.url,
    outlet: registrableDomain(new URL(item.url).hostname),
    lang: item.lang ?? 'und',
    title: `${item.author}: ${item.rating}`,
    author: item.author,
    paragraphs: [{ id: 'p0', text, kind: 'p' }],
    links: item.appearances.map((href) => ({ text: 'appearance', href, paragraph: 'p0' })),
    obtained: 'claimreview',
    obtainedAt: now.toISOString(),
    adapter: 'claimreview',
  };
  if (item.datePublished) article.published = new Date(item.datePublished).toISOString();
  return article;
}

/** The item as a schema.org ClaimReview object (for packs). */
export function toSchemaOrg(item: ClaimReviewItem): JsonObject {
  const o: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: item.claimReviewed,
    reviewRating: { '@type': 'Rating', alternateName: item.rating },
    author: { '@type': 'Organization', name: item.author },
    url: item.url,
  };
  if (item.datePublished) o['datePublished'] = item.datePublished;
  if (item.lang) o['inLanguage'] = item.lang;
  if (item.appearances.length) o['itemReviewed'] = { '@type': 'Claim', appearance: item.appearances.map((url) => ({ '@type': 'CreativeWork', url })) };
  return o;
}
