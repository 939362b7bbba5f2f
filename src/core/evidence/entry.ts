/**
 * What the evidence index keeps per article and per sentence: just enough to score, decide stance and
 * show a link, in a shape that serializes compactly (arrays, not objects, in toJSON).
 */
import type { Article, Claim, ClaimKind, Lang } from '../types';
import { claimKeys } from './keys';

/** Sentences scoring below this are not indexed unless attributed (a denial with a low score is still evidence). */
export const INDEX_MIN_CHECKWORTHINESS = 0.3;

/** An indexed article's metadata. */
export interface DocMeta {
  url: string;
  canonicalUrl?: string;
  outlet: string;
  published?: string;
  title?: string;
  lang: Lang;
}

/** One indexed evidence sentence. */
export interface Entry {
  /** Index into the article table. */
  doc: number;
  text: string;
  kind: ClaimKind;
  lang: Lang;
  speaker?: string;
  source?: string;
  target?: string;
  cue?: string;
  negated: boolean;
  hedged: boolean;
  entities: string[];
  concepts: string[];
  numbers: number[];
  dates: string[];
  /** Retrieval keys (keys.ts), deduplicated. */
  keys: string[];
  /** The keys that came from context (context.ts), not from the sentence itself: they count for less. */
  ctx?: string[];
}

/**
 * Whether a detected sentence is worth indexing as evidence: check-worthy ones, and attributed ones
 * (a speaker, source or target, or a denial / confirmation / no-comment) unless the detector zeroed
 * them ("Про це повідомляє X" carries attribution back and says nothing itself).
 */
export function worthIndexing(c: Claim): boolean {
  if (c.checkworthiness >= INDEX_MIN_CHECKWORTHINESS) return true;
  if (c.checkworthiness <= 0) return false;
  return Boolean(c.speaker || c.source || c.target) || c.kind === 'denial' || c.kind === 'confirmation' || c.kind === 'no-comment';
}

/** The index entry of a claim of the article at table position `doc`. */
export function entryOf(c: Claim, doc: number): Entry {
  const e: Entry = {
    doc,
    text: c.text,
    kind: c.kind,
    lang: c.lang,
    negated: c.negated,
    hedged: c.hedged,
    entities: c.entities,
    concepts: c.concepts,
    numbers: c.numbers,
    dates: c.dates,
    keys: claimKeys(c),
  };
  if (c.speaker) e.speaker = c.speaker;
  if (c.source) e.source = c.source;
  if (c.target) e.target = c.target;
  if (c.cue) e.cue = c.cue;
  return e;
}

/** The metadata kept for an article. */
export function metaOf(a: Article): DocMeta {
  const m: DocMeta = { url: a.url, outlet: a.outlet, lang: a.lang };
  if (a.canonicalUrl) m.canonicalUrl = a.canonicalUrl;
  if (a.published) m.published = a.published;
  if (a.title) m.title = a.title;
  return m;
}

/** URL identity for "never link a page to itself": no fragment, no trailing slash, no www., lowercase host. */
export function sameUrlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}
