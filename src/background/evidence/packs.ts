/**
 * Evidence packs (PACKS.md): export the stored evidence as versioned JSON, import one after
 * validating all of it. An import is all or nothing: any problem refuses the whole pack with a
 * reason naming the item, and the records are written in one transaction that never replaces an
 * article already stored, so nothing the reader already has is lost.
 */
import type { Article, Lang, Paragraph } from '../../core/types';
import type { PackImportResult } from '../../shared/protocol';
import { registrableDomain } from '../../extract/outlet';
import { claimReviewArticle, readClaimReview, toSchemaOrg } from './claim-review';
import { storedArticle, type EvidenceStore, type StoredArticle } from './store';

export const PACK_FORMAT = 'zvirka-evidence-pack';
export const PACK_VERSION = 1;
/** Packs larger than this many characters are refused before parsing. */
export const MAX_PACK_CHARS = 50_000_000;
/** Items (articles + claim reviews) per pack at most. */
export const MAX_PACK_ITEMS = 20_000;
/** Paragraphs per article at most. */
const MAX_PARAGRAPHS = 400;
const LANGS = new Set<Lang>(['uk', 'ru', 'en', 'und']);

/** An article as a pack carries it: paragraphs are plain strings. */
export interface PackArticle {
  url: string;
  canonicalUrl?: string;
  outlet?: string;
  lang: Lang;
  title: string;
  published?: string;
  author?: string;
  paragraphs: string[];
}

/** A pack, version 1. */
export interface EvidencePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exportedAt: string;
  generator?: string;
  articles: PackArticle[];
  /** schema.org ClaimReview objects. */
  claimReviews: Record<string, unknown>[];
}

function packArticle(a: Article): PackArticle {
  const p: PackArticle = { url: a.url, outlet: a.outlet, lang: a.lang, title: a.title, paragraphs: a.paragraphs.map((x) => x.text) };
  if (a.canonicalUrl) p.canonicalUrl = a.canonicalUrl;
  if (a.published) p.published = a.published;
  if (a.author) p.author = a.author;
  return p;
}

/** The pack of `records` (fact-checks as ClaimReviews, everything else as articles). */
export function buildPack(records: StoredArticle[], now: Date): EvidencePack {
  const pack: EvidencePack = { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), generator: 'Zvirka', articles: [], claimReviews: [] };
  for (const r of records) {
    if (r.claimReview) pack.claimReviews.push(toSchemaOrg(r.claimReview));
    else pack.articles.push(packArticle(r.article));
  }
  return pack;
}

const isHttp = (s: unknown): s is string => typeof s === 'string' && /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s);
const isDate = (s: unknown): boolean => s === undefined || (typeof s === 'string' && !Number.isNaN(Date.parse(s)));

function readArticle(x: unknown, i: number, now: Date): Article | string {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return `articles[${i}] is not an object`;
  const a = x as Partial<PackArticle>;
  if (!isHttp(a.url)) return `articles[${i}].url is not an http(s) address`;
  if (a.canonicalUrl !== undefined && !isHttp(a.canonicalUrl)) return `articles[${i}].canonicalUrl is not an http(s) address`;
  if (typeof a.title !== 'string') return `articles[${i}].title must be a string`;
  if (!LANGS.has(a.lang as Lang)) return `articles[${i}].lang must be one of uk, ru, en, und`;
  if (!isDate(a.published)) return `articles[${i}].published is not a date`;
  if (a.author !== undefined && typeof a.author !== 'string') return `articles[${i}].author must be a string`;
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.length || !a.paragraphs.every((p) => typeof p === 'string')) return `articles[${i}].paragraphs must be a non-empty list of strings`;
  if (a.paragraphs.length > MAX_PARAGRAPHS) return `articles[${i}] has more than ${MAX_PARAGRAPHS} paragraphs`;
  const paragraphs: Paragraph[] = a.paragraphs.map((text, j) => ({ id: `p${j}`, text: text.replace(/\s+/g, ' ').trim(), kind: 'p' }));
  const article: Article = {
    url: a.url,
    outlet: registrableDomain(new URL(a.url).hostname),
    lang: a.lang as Lang,
    title: a.title,
    paragraphs,
    links: [],
    obtained: 'pack',
    obtainedAt: now.toISOString(),
    adapter: 'pack',
  };
  if (a.canonicalUrl) article.canonicalUrl = a.canonicalUrl;
  if (a.published) article.published = a.published;
  if (a.author) article.author = a.author;
  return article;
}

/** Parses and validates a pack; every item is checked before anything is returned. */
export function parsePack(json: string, now: Date): { ok: true; records: StoredArticle[] } | { ok: false; reason: string } {
  if (typeof json !== 'string') return { ok: false, reason: 'the pack is not text' };
  if (json.length > MAX_PACK_CHARS) return { ok: false, reason: `the pack is larger than ${MAX_PACK_CHARS} characters` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `the pack is not valid JSON: ${(e as Error).message.slice(0, 120)}` };
  }
  const p = data as Partial<EvidencePack> | null;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return { ok: false, reason: 'the pack is not a JSON object' };
  if (p.format !== PACK_FORMAT) return { ok: false, reason: `not an evidence pack: "format" is ${JSON.stringify(p.format)}, expected "${PACK_FORMAT}"` };
  if (p.version !== PACK_VERSION) return { ok: false, reason: `unsupported pack version ${JSON.stringify(p.version)} (this Zvirka reads version ${PACK_VERSION})` };
  const articles = p.articles ?? [];
  const reviews = p.claimReviews ?? [];
  if (!Array.isArray(articles) || !Array.isArray(reviews)) return { ok: false, reason: '"articles" and "claimReviews" must be lists' };
  if (articles.length + reviews.length > MAX_PACK_ITEMS) return { ok: false, reason: `the pack has more than ${MAX_PACK_ITEMS} items` };
  const records: StoredArticle[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < articles.length; i++) {
    const a = readArticle(articles[i], i, now);
    if (typeof a === 'string') return { ok: false, reason: a };
    if (seen.has(a.url)) continue;
    seen.add(a.url);
    records.push(storedArticle(a));
  }
  for (let i = 0; i < reviews.length; i++) {
    const r = readClaimReview(reviews[i]);
    if ('reason' in r) return { ok: false, reason: `claimReviews[${i}]: ${r.reason}` };
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    records.push(storedArticle(claimReviewArticle(r, now), { claimReview: r }));
  }
  return { ok: true, records };
}

/** The store's evidence as pack JSON text. */
export async function exportPack(store: EvidenceStore, now: Date): Promise<string> {
  return JSON.stringify(buildPack(await store.allArticles(), now));
}

/** Imports pack JSON into the store; on any problem nothing is written and the reason is returned. */
export async function importPack(store: EvidenceStore, json: string, now: Date): Promise<PackImportResult & { urls?: string[] }> {
  const parsed = parsePack(json, now);
  if (!parsed.ok) return parsed;
  try {
    const { added, skipped } = await store.putArticles(parsed.records, { skipExisting: true });
    return { ok: true, added: added.length, skipped, urls: added };
  } catch (e) {
    return { ok: false, reason: `the pack could not be stored: ${(e as Error).message}` };
  }
}
