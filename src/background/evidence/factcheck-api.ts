/**
 * Google Fact Check Tools `claims:search`
 * (https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search):
 * called only when the reader set a key and turned it on (it sends claim text to Google), answers
 * cached per query for FACTCHECK_CACHE_TTL_MS so a page read twice asks once. Results become
 * ClaimReview items. The endpoint is an argument so tests point it at a local fake.
 */
import type { Lang } from '../../core/types';
import type { HttpGet } from './http';
import { readClaimReview, type ClaimReviewItem } from './claim-review';
import type { EvidenceStore } from './store';

export const FACTCHECK_ENDPOINT = 'https://factchecktools.googleapis.com/v1alpha1/claims:search';
/** How long one query's answer is reused. */
export const FACTCHECK_CACHE_TTL_MS = 24 * 3_600_000;
/** Query text is cut to this many characters (the API matches on a few words anyway). */
export const MAX_QUERY_CHARS = 200;
/** Results asked for per query. */
const PAGE_SIZE = 10;

interface ApiClaim {
  text?: string;
  claimant?: string;
  claimDate?: string;
  claimReview?: { publisher?: { name?: string; site?: string }; url?: string; title?: string; reviewDate?: string; textualRating?: string; languageCode?: string }[];
}

/** The API's answer → ClaimReview items (malformed entries skipped). */
export function itemsFromApi(body: unknown): ClaimReviewItem[] {
  const claims = (body as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims)) return [];
  const out: ClaimReviewItem[] = [];
  for (const c of claims as ApiClaim[]) {
    for (const r of Array.isArray(c?.claimReview) ? c.claimReview : []) {
      const item = readClaimReview({
        '@type': 'ClaimReview',
        claimReviewed: c.text,
        reviewRating: { alternateName: r.textualRating },
        author: r.publisher?.name ?? r.publisher?.site,
        url: r.url,
        datePublished: r.reviewDate,
        inLanguage: r.languageCode,
      });
      if (!('reason' in item)) out.push(item);
    }
  }
  return out;
}

/** Dependencies of a search. */
export interface FactCheckDeps {
  get: HttpGet;
  store: EvidenceStore;
  now: Date;
  endpoint?: string;
}

/** Fact-checks matching `text`, from the cache or the API; a reason instead when the API refused. */
export async function searchFactChecks(text: string, apiKey: string, lang: Lang, deps: FactCheckDeps): Promise<ClaimReviewItem[] | { reason: string }> {
  if (!apiKey) return { reason: 'no Fact Check Tools API key set' };
  const query = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  if (!query) return [];
  const cacheKey = `factcheck:${lang}:${query}`;
  const cached = await deps.store.cacheGet(cacheKey, deps.now);
  if (cached !== undefined) return itemsFromApi(cached);
  const u = new URL(deps.endpoint ?? FACTCHECK_ENDPOINT);
  u.searchParams.set('query', query);
  u.searchParams.set('pageSize', String(PAGE_SIZE));
  if (lang !== 'und') u.searchParams.set('languageCode', lang);
  u.searchParams.set('key', apiKey);
  let body: unknown;
  try {
    const res = await deps.get(u.href, { accept: 'application/json' });
    if (res.status !== 200) return { reason: `Fact Check Tools answered HTTP ${res.status}` };
    body = JSON.parse(new TextDecoder().decode(await res.bytes()));
  } catch (e) {
    return { reason: `Fact Check Tools: ${(e as Error).message}` };
  }
  await deps.store.cachePut({ key: cacheKey, value: body, expires: new Date(deps.now.getTime() + FACTCHECK_CACHE_TTL_MS).toISOString() });
  return itemsFromApi(body);
}
