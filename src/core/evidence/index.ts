/**
 * The evidence index: articles in, links out. An inverted index over claim keys (keys.ts, held as
 * integer ids and typed arrays in postings.ts) with BM25-style IDF; candidates from the rarer keys'
 * postings, re-ranked by score.ts, stance by stance.ts, origin by origin.ts. A small purpose-built index rather than a search library: keys are
 * already normalized tokens (no text analysis needed), the re-ranking needs the claim fields, and
 * the extension ships it to the MV3 worker, so no dependency.
 *
 * What is indexed: every sentence of the article that detectClaims(article, {all: true}) returns and
 * entry.ts worthIndexing accepts (check-worthy, or attributed: a low-scoring denial is still evidence),
 * deduplicated by text within the article.
 */
import type { Article, Claim, EvidenceLink } from '../types';
import { detectClaims } from '../claims/index';
import { loadGazetteer } from '../entities/gazetteer';
import { refersToContent, sentenceInfo, titleInfo, withContext, type TitleInfo } from './context';
import { entryOf, metaOf, sameUrlKey, worthIndexing, type DocMeta, type Entry } from './entry';
import { claimKeys } from './keys';
import { KeyTables } from './postings';
import { originOf } from './origin';
import { coverageOf, daysOf, queryWeights, relevance, type PooledKeys, type QueryInfo } from './score';
import { decideStance, isNegative } from './stance';
import { firstPass } from './candidates';
import { decodeIndex, encodeIndex, type SerializedIndex } from './serialize';

export { groupByOrigin, countOrigins, originOf, type OriginGroup } from './origin';
export { decideStance, type StanceDecision } from './stance';
export type { SerializedIndex } from './serialize';

/** Links scoring below this are not shown (tuned on the dev half of test/labelled/links; see test/eval/links.ts). */
export const SHOW_THRESHOLD = 0.3;
/** A related link (no comment, same topic) scores this share of its relevance: it is shown after stance-bearing ones. */
export const RELATED_DISCOUNT = 0.6;
/** At most this many links per claim. */
export const DEFAULT_LIMIT = 10;
/**
 * IDF is computed as if the index held at least this many sentences: in a reader's first few pages
 * "China" and "Reuters" are in every sentence, which says little about how common they are in news.
 */
const IDF_BACKGROUND = 5000;

/** Options of query(). */
export interface QueryOptions {
  limit?: number;
  /** Minimum score shown (SHOW_THRESHOLD by default; 0 for evaluation). */
  threshold?: number;
}

/** The page a claim is on. */
export interface PageRef {
  url: string;
  canonicalUrl?: string;
  published?: string;
  outlet: string;
}

const ACTOR_TYPES = new Set(['person', 'country']);

/** An evidence index over articles; see the module comment. */
export class EvidenceIndex {
  private docs: (DocMeta | null)[] = [];
  private entries: (Entry | null)[] = [];
  private docEntries: number[][] = [];
  private byUrl = new Map<string, number>();
  /** Interned keys, postings by key id and each entry's key ids (postings.ts). */
  private tables = new KeyTables();
  /** Removed entries are a quarter of the postings: rebuild them before the next query. */
  private stale = false;
  /** Per-query marks of the page claim's key ids, reused (cleared after each query). */
  private inQuery = new Uint8Array(0);
  private live = 0;
  /** Per-query accumulator, reused (zeroed after each query). */
  private scratch = new Float32Array(0);
  private docCount = 0;
  private dead = 0;

  /** Number of indexed articles. */
  get size(): number {
    return this.docCount;
  }

  /** Number of indexed sentences. */
  get sentences(): number {
    return this.live;
  }

  /** Indexes `article` (replacing an earlier copy at the same URL); `claims` default to its detected sentences. */
  add(article: Article, claims?: Claim[]): void {
    if (!article || typeof article.url !== 'string' || !Array.isArray(article.paragraphs)) throw new TypeError('EvidenceIndex.add: expected an Article with url and paragraphs');
    this.remove(article.url);
    if (article.canonicalUrl) this.remove(article.canonicalUrl);
    const ref = article.published ? new Date(article.published) : undefined;
    const cs = claims ?? detectClaims(article, { all: true, ref: ref && !Number.isNaN(ref.getTime()) ? ref : undefined });
    const doc = this.docs.length;
    this.docs.push(metaOf(article));
    this.docCount++;
    this.byUrl.set(sameUrlKey(article.url), doc);
    if (article.canonicalUrl) this.byUrl.set(sameUrlKey(article.canonicalUrl), doc);
    let titleCache: TitleInfo | undefined;
    const title = (): TitleInfo => (titleCache ??= titleInfo(article));
    const seen = new Set<string>();
    const ids: number[] = [];
    cs.forEach((c, i) => {
      if (!worthIndexing(c)) return;
      const norm = c.text.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(norm)) return;
      seen.add(norm);
      const prev = i > 0 && cs[i - 1]!.paragraph === c.paragraph ? sentenceInfo(cs[i - 1]!) : title;
      ids.push(this.push(withContext(entryOf(c, doc), prev)));
    });
    this.docEntries[doc] = ids;
  }

  private times: number[] = [];
  /** Document of each entry (-1 once removed), so candidate scans need not touch the entry objects. */
  private docOf = new Int32Array(1024);
  private setDoc(id: number, doc: number): void {
    if (id >= this.docOf.length) {
      const grown = new Int32Array(Math.max(this.docOf.length * 2, id + 1));
      grown.set(this.docOf);
      this.docOf = grown;
    }
    this.docOf[id] = doc;
  }
  /** Publication time of a document in ms (NaN when unknown), parsed once. */
  private docTime(doc: number): number {
    let t = this.times[doc];
    if (t === undefined) {
      const p = this.docs[doc]?.published;
      this.times[doc] = t = p ? Date.parse(p) : NaN;
    }
    return t;
  }

  private push(e: Entry): number {
    const id = this.entries.length;
    this.tables.addEntry(id, e.keys, e.ctx);
    this.entries.push(e);
    this.setDoc(id, e.doc);
    this.live++;
    return id;
  }

  /** Removes the article at `url` (or whose canonical URL it is); true if one was indexed. */
  remove(url: string): boolean {
    const doc = this.byUrl.get(sameUrlKey(url));
    if (doc === undefined) return false;
    const meta = this.docs[doc]!;
    this.byUrl.delete(sameUrlKey(meta.url));
    if (meta.canonicalUrl) this.byUrl.delete(sameUrlKey(meta.canonicalUrl));
    for (const id of this.docEntries[doc] ?? []) {
      this.entries[id] = null;
      this.docOf[id] = -1;
      this.live--;
      this.dead++;
    }
    this.docs[doc] = null;
    this.docCount--;
    this.docEntries[doc] = [];
    this.tables.touch();
    // Postings skip dead entries; rebuild once they are a quarter of the lists.
    if (this.dead > this.live / 3) this.stale = true;
    return true;
  }

  /** The key tables, their postings rebuilt first if removals left too many dead entries. */
  private index(): KeyTables {
    if (this.stale) {
      this.tables.rebuild(this.entries.length, (id) => this.entries[id] !== null);
      this.dead = 0;
      this.stale = false;
    }
    return this.tables;
  }

  /** The evidence for `claim` on `page`, best first, above the threshold; never from the page itself. */
  query(claim: Claim, page: PageRef, opts: QueryOptions = {}): EvidenceLink[] {
    if (!claim || !Array.isArray(claim.entities) || !page || typeof page.url !== 'string') throw new TypeError('EvidenceIndex.query: expected a Claim and a page {url, outlet}');
    const threshold = opts.threshold ?? SHOW_THRESHOLD;
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const tables = this.index();
    const n = Math.max(1, this.live);
    const background = Math.max(n, IDF_BACKGROUND);
    const idfOf = (k: number): number => tables.idf(k, background);
    const keys = claimKeys(claim);
    const kids = keys.map((k) => tables.idOf(k));
    // A key no entry has (df 0) still weighs on the page's side of the coverage.
    const unseenIdf = Math.log(1 + (background + 0.5) / 0.5);
    const idf = (k: string): number => {
      const id = tables.idOf(k);
      return id < 0 ? unseenIdf : idfOf(id);
    };
    const own = new Set([sameUrlKey(page.url), ...(page.canonicalUrl ? [sameUrlKey(page.canonicalUrl)] : [])]);
    const ownDocs = new Set([...own].map((u) => this.byUrl.get(u)).filter((d): d is number => d !== undefined));
    if (this.scratch.length < this.entries.length) this.scratch = new Float32Array(Math.max(1024, this.entries.length * 2));
    const first = firstPass({ kids, keys, tables, idf: idfOf, sentences: n, ownDocs, docOf: this.docOf, acc: this.scratch });
    const gaz = loadGazetteer();
    const actors = new Map<string, boolean>();
    const actor = (id: string): boolean => {
      let v = actors.get(id);
      if (v === undefined) actors.set(id, (v = ACTOR_TYPES.has(gaz.get(id)?.type ?? '')));
      return v;
    };
    const countries = new Map<string, string | undefined>();
    const countryOf = (id: string): string | undefined => {
      if (!countries.has(id)) countries.set(id, gaz.get(id)?.country);
      return countries.get(id);
    };
    const publishedMs = page.published ? Date.parse(page.published) : NaN;
    const year = Number.isNaN(publishedMs) ? undefined : new Date(publishedMs).getUTCFullYear();
    const q: QueryInfo = {
      claim,
      ...queryWeights(keys, idf),
      publishedMs,
      year,
      days: daysOf(claim.dates, year),
      actors: new Set(claim.entities.filter((id) => id !== claim.source && id !== claim.target && actor(id))),
      countryOf,
    };
    if (this.inQuery.length < tables.strings.length) this.inQuery = new Uint8Array(Math.max(1024, tables.strings.length * 2));
    const inQuery = this.inQuery;
    for (const k of kids) if (k >= 0) inQuery[k] = 1;
    const scored: { id: number; score: number }[] = [];
    const slice: PooledKeys = { pool: tables.pool, flags: tables.flags, from: 0, to: 0 };
    // candidates() already left out the page's own documents (ownDocs: by URL and canonical URL).
    for (const id of first) {
      const e = this.entries[id]!;
      slice.from = tables.start[id]!;
      slice.to = slice.from + tables.count[id]!;
      const score = relevance(q, e, this.docTime(e.doc), coverageOf(q, slice, inQuery, idfOf), actor, threshold);
      if (score >= threshold) scored.push({ id, score });
    }
    for (const k of kids) if (k >= 0) inQuery[k] = 0;
    // Stance-bearing evidence outranks merely related evidence of similar relevance.
    const links = scored.map(({ id, score }) => this.link(claim, this.entries[id]!, score)).filter((l) => l.score >= threshold);
    links.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url) || a.sentence.localeCompare(b.sentence));
    return links.slice(0, limit);
  }

  private link(claim: Claim, e: Entry, score: number): EvidenceLink {
    const meta = this.docs[e.doc]!;
    const origin = originOf(e, meta.outlet);
    // Concepts borrowed from context place a sentence on the topic (relevance) but do not make it take a side,
    // except for responses (a denial of "the report" is about what the report said) and sentences that
    // refer back ("частина з них згодом воювала": "them" are the trained soldiers of the sentence before).
    const forStance = e.ctx && e.kind !== 'confirmation' && !isNegative(e) && !refersToContent(e.text) ? { ...e, concepts: e.concepts.filter((k) => !e.ctx!.includes(`c:${k}`)) } : e;
    const st = decideStance(claim, forStance, origin);
    const final = st.stance === 'related' ? score * RELATED_DISCOUNT : score;
    const l: EvidenceLink = { url: meta.url, outlet: meta.outlet, stance: st.stance, score: Math.round(final * 1000) / 1000, sentence: e.text, origin, cue: st.cue };
    if (meta.published) l.published = meta.published;
    if (e.speaker) l.speaker = e.speaker;
    if (meta.title) l.title = meta.title;
    if (st.sameReport) l.sameReport = true;
    return l;
  }

  /** A compact JSON form (see serialize.ts); postings are not stored but rebuilt on load. */
  toJSON(): SerializedIndex {
    return encodeIndex(this.docs, this.entries);
  }

  /** An index from toJSON() output; throws a TypeError naming the problem when the data is malformed. */
  static fromJSON(data: unknown): EvidenceIndex {
    const { docs, entries } = decodeIndex(data);
    const ix = new EvidenceIndex();
    docs.forEach((d, i) => {
      ix.docs.push(d);
      ix.docCount++;
      ix.docEntries.push([]);
      ix.byUrl.set(sameUrlKey(d.url), i);
      if (d.canonicalUrl) ix.byUrl.set(sameUrlKey(d.canonicalUrl), i);
    });
    for (const e of entries) {
      ix.docEntries[e.doc]!.push(ix.entries.length);
      ix.push(e);
    }
    return ix;
  }
}
