/**
 * The article item of a page's JSON-LD (schema.org). Pages put it alone, in an array (nv.ua), or in
 * an `@graph` (Yoast/WordPress); a block that fails to parse is skipped with a note, never fatal.
 */
import { MAX_CLAIM_REVIEWS, MAX_JSON_LD_CHARS, MAX_JSON_LD_SCRIPTS } from './limits';
import { byTag } from './elements';

/** schema.org types that describe a news article (https://schema.org/NewsArticle and subtypes). */
const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNews', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report',
]);
/** How deep nested arrays/graphs are searched (a page's JSON-LD is shallow; this guards against cycles of size). */
const MAX_DEPTH = 6;

export type JsonObject = Record<string, unknown>;

/** What the page's JSON-LD says, plus notes about blocks that could not be read. */
export interface JsonLdResult {
  article?: JsonObject;
  /** The ClaimReview items (at most MAX_CLAIM_REVIEWS), as found. */
  claimReviews: JsonObject[];
  /** Every parsed top-level item (for ClaimReview and other consumers). */
  items: JsonObject[];
  notes: string[];
}

/** The `@type` names of a JSON-LD item (a string or an array of them). */
export function ldTypes(item: JsonObject): string[] {
  const t = item['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph'] !== undefined) collect(obj['@graph'], out, depth + 1);
}

/** Parse every `application/ld+json` script of `doc` and pick the first article-typed item. */
export function readJsonLd(doc: Document): JsonLdResult {
  const result: JsonLdResult = { items: [], claimReviews: [], notes: [] };
  // Filtered by hand: the case-insensitive attribute selector is not supported by every DOM we run on.
  const scripts = byTag(doc, 'script').filter(
    (s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
  );
  const n = Math.min(scripts.length, MAX_JSON_LD_SCRIPTS);
  if (scripts.length > n) result.notes.push(`json-ld: only the first ${n} of ${scripts.length} blocks read`);
  for (let i = 0; i < n; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) {
      result.notes.push(`json-ld #${i}: ${raw.length} chars, too large, skipped`);
      continue;
    }
    // Some CMSs wrap the JSON in an HTML comment or CDATA; strip those before parsing.
    const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').trim();
    if (!text) continue;
    try {
      collect(JSON.parse(text), result.items, 0);
    } catch (e) {
      result.notes.push(`json-ld #${i}: does not parse (${(e as Error).message.slice(0, 80)}), skipped`);
    }
  }
  result.article = result.items.find((it) => ldTypes(it).some((t) => ARTICLE_TYPES.has(t)));
  result.claimReviews = result.items.filter((it) => ldTypes(it).includes('ClaimReview')).slice(0, MAX_CLAIM_REVIEWS);
  return result;
}

/** A string field of a JSON-LD item (first string of an array; `name` of an object). */
export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(x);
      if (s) return s;
    }
    return undefined;
  }
  if (v && typeof v === 'object') return ldString((v as JsonObject)['name']);
  return undefined;
}

/** Author names of a JSON-LD `author` (string, Person, or an array of them), joined with ", ". */
export function ldAuthors(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map((x) => ldString(x)).filter((x): x is string => !!x);
  return names.length ? [...new Set(names)].join(', ') : undefined;
}
