/**
 * The background's evidence service: the store plus the in-memory EvidenceIndex, loaded lazily on
 * the first call after a wake. Writes are serialized (one at a time) so the index snapshot's
 * generation always names the articles it was built from.
 *
 * Index on wake: the serialized index is stored with the article generation it was built from; a
 * wake loads it (EvidenceIndex.fromJSON: no claim detection) when the generation matches, and
 * rebuilds from the stored articles otherwise (the worker died between the two writes). Measured in
 * node on the 39 fixture pages repeated (`REPEAT=15 npx vitest run --project unit
 * test/unit/background/evidence/index-wake.test.ts`): 585 articles rebuild in 13–14 s (claim
 * detection per article) against 0.4–0.55 s to load the 1.9 MB snapshot; 2,340 articles: 38 s against
 * 1.6 s. So the snapshot is what a wake loads. Serializing it costs 0.2–0.7 s at those sizes, so
 * writes are coalesced: saved SNAPSHOT_DELAY_MS after the last change (well inside the 30 s an idle
 * worker lives); a worker killed in between costs one rebuild on the next wake, never wrong links.
 */
import { EvidenceIndex } from '../../core/evidence/index';
import type { Article, Claim, EvidenceLink } from '../../core/types';
import type { PageRef } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { isSupportedHost } from '../../shared/sites';
import { NEVER_FETCH_HOSTS } from '../../shared/feeds';
import { claimReviewArticle, claimReviewsIn, type ClaimReviewItem } from './claim-review';
import { searchFactChecks } from './factcheck-api';
import type { HttpGet } from './http';
import { queueItem } from './polite-queue';
import { storedArticle, type EvidenceStore, type StoredArticle } from './store';

/** Index snapshot writes are coalesced over this long (0 writes at once, as tests do). */
export const SNAPSHOT_DELAY_MS = 5_000;
/** In-body links queued per page at most. */
export const MAX_LINKS_PER_PAGE = 20;
/** Claims per page sent to Fact Check Tools at most (the most check-worthy first). */
export const MAX_FACTCHECK_QUERIES = 3;
/** Claims below this check-worthiness are never sent to Fact Check Tools. */
export const FACTCHECK_MIN_WORTHINESS = 0.5;

/** What the service needs from its surroundings (the worker passes browser-backed ones). */
export interface ServiceDeps {
  store: EvidenceStore;
  get: HttpGet;
  now(): Date;
  settings(): Promise<Settings>;
  /** Asks to be woken (alarms) at `when` (ms since epoch) to drain the fetch queue. */
  wakeQueueAt(when: number): Promise<void>;
  log(msg: string): void;
  /** Whether the reader granted the optional host permission `url`'s origin needs (feeds they added elsewhere). */
  mayFetch?(url: string): Promise<boolean>;
  /** Fact Check Tools endpoint (tests use a local fake). */
  factCheckEndpoint?: string;
  /** Overrides SNAPSHOT_DELAY_MS. */
  snapshotDelayMs?: number;
}

/** The evidence service; see the module comment. */
export class EvidenceService {
  private index: EvidenceIndex | null = null;
  private loading: Promise<EvidenceIndex> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly deps: ServiceDeps) {}

  /** Runs `fn` after every earlier write finished (writes never interleave). */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => {});
    return run;
  }

  /** The index, loaded from its snapshot or rebuilt from the stored articles. */
  getIndex(): Promise<EvidenceIndex> {
    if (this.index) return Promise.resolve(this.index);
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<EvidenceIndex> {
    const { store } = this.deps;
    const [snapshot, generation] = [await store.loadIndex(), await store.generation()];
    let ix: EvidenceIndex | null = null;
    if (snapshot && snapshot.generation === generation) {
      try {
        ix = EvidenceIndex.fromJSON(snapshot.data);
      } catch (e) {
        this.deps.log(`evidence index snapshot unreadable, rebuilding: ${(e as Error).message}`);
      }
    }
    if (!ix) {
      ix = new EvidenceIndex();
      for (const r of await store.allArticles()) this.addSafe(ix, r.article);
      await store.saveIndex({ generation, savedAt: this.deps.now().toISOString(), data: ix.toJSON() });
    }
    this.index = ix;
    return ix;
  }

  private addSafe(ix: EvidenceIndex, a: Article): void {
    try {
      ix.add(a);
    } catch (e) {
      this.deps.log(`could not index ${a.url}: ${(e as Error).message}`);
    }
  }

  /** Forgets the in-memory index (the next call reloads it from storage, as after a worker restart). */
  dropIndex(): void {
    this.index = null;
  }

  /** Stores articles and indexes them, then saves the index snapshot. */
  ingest(records: StoredArticle[], opts: { skipExisting?: boolean } = {}): Promise<string[]> {
    return this.serial(async () => {
      if (!records.length) return [];
      const ix = await this.getIndex();
      const { added } = await this.deps.store.putArticles(records, opts);
      const byUrl = new Map(records.map((r) => [r.url, r]));
      for (const url of added) this.addSafe(ix, byUrl.get(url)!.article);
      if (added.length) await this.indexChanged();
      return added;
    });
  }

  /** Saves the index with the current generation (call inside serial()). */
  async saveSnapshot(ix: EvidenceIndex): Promise<void> {
    await this.deps.store.saveIndex({ generation: await this.deps.store.generation(), savedAt: this.deps.now().toISOString(), data: ix.toJSON() });
  }

  /** After the index changed (inside serial()): save the snapshot now, or once changes pause. */
  async indexChanged(): Promise<void> {
    const delay = this.deps.snapshotDelayMs ?? SNAPSHOT_DELAY_MS;
    if (delay <= 0) return this.saveSnapshot(this.index!);
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void this.flushSnapshot(), delay);
    (this.snapshotTimer as { unref?: () => void }).unref?.();
  }

  /** Writes a pending snapshot now (the timer's job; tests and shutdown call it directly). */
  flushSnapshot(): Promise<void> {
    if (!this.snapshotTimer) return Promise.resolve();
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    return this.serial(() => (this.index ? this.saveSnapshot(this.index) : Promise.resolve())).catch((e) => this.deps.log(`index snapshot not saved: ${(e as Error).message}`));
  }

  /** Records of fact-checks, ready to ingest. */
  claimReviewRecords(items: ClaimReviewItem[]): StoredArticle[] {
    return items.map((it) => storedArticle(claimReviewArticle(it, this.deps.now()), { claimReview: it }));
  }

  /** Indexes the page the reader opened and queues its in-body links to supported outlets. */
  async pageArticle(article: Article): Promise<number> {
    if (!article || typeof article.url !== 'string' || !Array.isArray(article.paragraphs) || !Array.isArray(article.links)) throw new TypeError('pageArticle: expected an Article');
    const now = this.deps.now();
    // A fact-checker's page carries its verdicts as ClaimReview JSON-LD: each valid one is evidence too.
    const reviews = Array.isArray(article.claimReviews) ? claimReviewsIn(article.claimReviews, article.url) : [];
    await this.ingest([storedArticle({ ...article, obtained: 'page', obtainedAt: now.toISOString() }), ...this.claimReviewRecords(reviews)]);
    const own = article.url.split('#')[0];
    const urls = new Set<string>();
    for (const l of article.links) {
      let u: URL;
      try {
        u = new URL(l.href);
      } catch {
        continue;
      }
      u.hash = '';
      if (u.protocol !== 'https:' && u.protocol !== 'http:') continue;
      if (!isSupportedHost(u.hostname) || NEVER_FETCH_HOSTS.includes(u.hostname) || u.href === own) continue;
      urls.add(u.href);
      if (urls.size >= MAX_LINKS_PER_PAGE) break;
    }
    const n = await this.deps.store.enqueue([...urls].map((u) => queueItem(u, 'linked', now)));
    if (n) await this.deps.wakeQueueAt(now.getTime());
    return n;
  }

  /** Evidence links for `claims` on `page`, by claim id (Fact Check Tools asked first when on). */
  async linksFor(page: PageRef, claims: Claim[]): Promise<Record<string, EvidenceLink[]>> {
    if (!page || typeof page.url !== 'string' || !Array.isArray(claims)) throw new TypeError('linksFor: expected a page {url, outlet} and a list of claims');
    const settings = await this.deps.settings();
    if (settings.factCheckEnabled && settings.factCheckApiKey) await this.askFactCheck(claims, settings.factCheckApiKey);
    const ix = await this.getIndex();
    const out: Record<string, EvidenceLink[]> = {};
    for (const c of claims) {
      try {
        const links = ix.query(c, page);
        if (links.length) out[c.id] = links;
      } catch (e) {
        this.deps.log(`query failed for claim ${String(c?.id)}: ${(e as Error).message}`);
      }
    }
    return out;
  }

  private async askFactCheck(claims: Claim[], key: string): Promise<void> {
    const top = claims
      .filter((c) => c.checkworthiness >= FACTCHECK_MIN_WORTHINESS)
      .sort((a, b) => b.checkworthiness - a.checkworthiness)
      .slice(0, MAX_FACTCHECK_QUERIES);
    const found: ClaimReviewItem[] = [];
    for (const c of top) {
      const r = await searchFactChecks(c.text, key, c.lang, { get: this.deps.get, store: this.deps.store, now: this.deps.now(), endpoint: this.deps.factCheckEndpoint });
      if ('reason' in r) {
        this.deps.log(r.reason);
        break;
      }
      found.push(...r);
    }
    if (found.length) await this.ingest(this.claimReviewRecords(found), { skipExisting: true });
  }

  /** Evicts by age and size; removed articles leave the index too. */
  evict(): Promise<string[]> {
    return this.serial(async () => {
      const settings = await this.deps.settings();
      // Load first: a load after the eviction would see a new generation and rebuild.
      const ix = await this.getIndex();
      const removed = await this.deps.store.evict(this.deps.now(), settings.retentionDays);
      if (removed.length) {
        for (const u of removed) ix.remove(u);
        await this.indexChanged();
      }
      return removed;
    });
  }
}
