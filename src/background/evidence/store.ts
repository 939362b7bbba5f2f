/**
 * The evidence store over IndexedDB (via `idb`). The factory is passed in (the worker's `indexedDB`,
 * or fake-indexeddb in node tests). Every multi-record change is one transaction, so a failure midway
 * (a bad record, a quota error, the worker dying) leaves what was stored before intact.
 *
 * Bounds: articles older than the retention period go first, then the oldest (by obtainedAt) until
 * both the count and the size fit. Readers' mismatch reports are not here (storage.local), so
 * neither eviction nor clearing can touch them.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type CacheEntry, type EvidenceDB, type FeedState, type IndexSnapshot, type QueueItem, type StoredArticle } from './store-schema';

export type { StoredArticle, FeedState, QueueItem, IndexSnapshot } from './store-schema';

/** At most this many articles are kept (the index of 5,000 articles is a few MB). */
export const MAX_STORED_ARTICLES = 5000;
/** At most this many UTF-16 code units of article JSON are kept (~60 MB of strings). */
export const MAX_STORED_CHARS = 30_000_000;
const DAY_MS = 86_400_000;

/** Size limits for eviction (defaults above; tests pass small ones). */
export interface StoreLimits {
  maxArticles: number;
  maxChars: number;
}

/** A StoredArticle record for `article`, sized (its raw ClaimReview JSON-LD is indexed apart, not kept). */
export function storedArticle(page: StoredArticle['article'], extra: Partial<StoredArticle> = {}): StoredArticle {
  const { claimReviews: _raw, ...article } = page;
  const rec: StoredArticle = {
    url: article.url,
    article,
    obtained: article.obtained,
    obtainedAt: article.obtainedAt,
    outlet: article.outlet,
    bytes: JSON.stringify(article).length,
    ...extra,
  };
  if (article.published) rec.published = article.published;
  return rec;
}

/** The evidence database; see the module comment. */
export class EvidenceStore {
  private constructor(private readonly db: IDBPDatabase<EvidenceDB>) {}

  /** Opens (creating or upgrading) the database `name` on the global indexedDB. */
  static async open(name = DB_NAME): Promise<EvidenceStore> {
    const db = await openDB<EvidenceDB>(name, DB_VERSION, {
      upgrade(d, oldVersion) {
        if (oldVersion < 1) {
          const articles = d.createObjectStore('articles', { keyPath: 'url' });
          articles.createIndex('obtainedAt', 'obtainedAt');
          d.createObjectStore('feeds', { keyPath: 'url' });
          const queue = d.createObjectStore('queue', { keyPath: 'url' });
          queue.createIndex('enqueuedAt', 'enqueuedAt');
          d.createObjectStore('hosts', { keyPath: 'host' });
          d.createObjectStore('cache', { keyPath: 'key' });
          d.createObjectStore('meta');
        }
        // Version 1 also made a `reports` store that nothing ever wrote to; everything else is kept.
        const names = d.objectStoreNames as unknown as DOMStringList;
        if (names.contains('reports')) (d as unknown as IDBDatabase).deleteObjectStore('reports');
      },
    });
    return new EvidenceStore(db);
  }

  /** Closes the connection (tests use it to simulate a worker restart). */
  close(): void {
    this.db.close();
  }

  /**
   * Writes articles in one transaction and bumps the generation. With `skipExisting`, URLs already
   * stored are left alone (imports never replace what the reader's own reading stored).
   */
  async putArticles(records: StoredArticle[], opts: { skipExisting?: boolean } = {}): Promise<{ added: string[]; skipped: number }> {
    const tx = this.db.transaction(['articles', 'meta'], 'readwrite');
    const articles = tx.objectStore('articles');
    const added: string[] = [];
    let skipped = 0;
    try {
      for (const r of records) {
        if (opts.skipExisting && (await articles.getKey(r.url)) !== undefined) {
          skipped++;
          continue;
        }
        await articles.put(r);
        added.push(r.url);
      }
      const meta = tx.objectStore('meta');
      await meta.put(((await meta.get('generation')) as number | undefined ?? 0) + 1, 'generation');
      await tx.done;
    } catch (e) {
      // One bad record aborts the whole transaction: nothing of this batch is kept.
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      await tx.done.catch(() => {});
      throw e;
    }
    return { added, skipped };
  }

  /** The stored article at `url`, if any. */
  getArticle(url: string): Promise<StoredArticle | undefined> {
    return this.db.get('articles', url);
  }

  /** Whether an article is stored at `url`. */
  async hasArticle(url: string): Promise<boolean> {
    return (await this.db.getKey('articles', url)) !== undefined;
  }

  /** Every stored article, oldest obtained first. */
  allArticles(): Promise<StoredArticle[]> {
    return this.db.getAllFromIndex('articles', 'obtainedAt');
  }

  /** Number of stored articles. */
  countArticles(): Promise<number> {
    return this.db.count('articles');
  }

  /** A number that changes whenever the stored articles do (the index snapshot records it). */
  async generation(): Promise<number> {
    return ((await this.db.get('meta', 'generation')) as number | undefined) ?? 0;
  }

  /** Deletes articles past `retentionDays`, then the oldest until within `limits`; returns the removed URLs. */
  async evict(now: Date, retentionDays: number, limits: StoreLimits = { maxArticles: MAX_STORED_ARTICLES, maxChars: MAX_STORED_CHARS }): Promise<string[]> {
    const cutoff = new Date(now.getTime() - Math.max(0, retentionDays) * DAY_MS).toISOString();
    const tx = this.db.transaction(['articles', 'meta'], 'readwrite');
    const removed: string[] = [];
    let count = 0;
    let chars = 0;
    const kept: { url: string; bytes: number }[] = [];
    const articles = tx.objectStore('articles');
    for (let cur = await articles.index('obtainedAt').openCursor(); cur; cur = await cur.continue()) {
      if (cur.value.obtainedAt < cutoff) {
        removed.push(cur.value.url);
        await cur.delete();
      } else {
        kept.push({ url: cur.value.url, bytes: cur.value.bytes });
        count++;
        chars += cur.value.bytes;
      }
    }
    // `kept` is oldest first: drop from the front until both bounds hold.
    for (const k of kept) {
      if (count <= limits.maxArticles && chars <= limits.maxChars) break;
      await articles.delete(k.url);
      removed.push(k.url);
      count--;
      chars -= k.bytes;
    }
    if (removed.length) {
      const meta = tx.objectStore('meta');
      await meta.put(((await meta.get('generation')) as number | undefined ?? 0) + 1, 'generation');
    }
    await tx.done;
    return removed;
  }

  /** Stores the serialized index built from generation `generation`. */
  async saveIndex(snapshot: IndexSnapshot): Promise<void> {
    await this.db.put('meta', snapshot, 'index');
  }

  /** The stored index snapshot, if any. */
  async loadIndex(): Promise<IndexSnapshot | undefined> {
    return (await this.db.get('meta', 'index')) as IndexSnapshot | undefined;
  }

  /** Feed state by feed URL. */
  getFeed(url: string): Promise<FeedState | undefined> {
    return this.db.get('feeds', url);
  }

  /** Writes a feed's state. */
  async putFeed(state: FeedState): Promise<void> {
    await this.db.put('feeds', state);
  }

  /** Forgets a feed's state. */
  async deleteFeed(url: string): Promise<void> {
    await this.db.delete('feeds', url);
  }

  /** Adds pages to the fetch queue (already queued or already stored ones are skipped); returns how many were added. */
  async enqueue(items: QueueItem[]): Promise<number> {
    const tx = this.db.transaction(['queue', 'articles'], 'readwrite');
    let n = 0;
    for (const it of items) {
      if ((await tx.objectStore('queue').getKey(it.url)) !== undefined) continue;
      if ((await tx.objectStore('articles').getKey(it.url)) !== undefined) continue;
      await tx.objectStore('queue').put(it);
      n++;
    }
    await tx.done;
    return n;
  }

  /** The queue, oldest first. */
  queued(): Promise<QueueItem[]> {
    return this.db.getAllFromIndex('queue', 'enqueuedAt');
  }

  /** Rewrites a queue item (after a failed attempt). */
  async requeue(item: QueueItem): Promise<void> {
    await this.db.put('queue', item);
  }

  /** Removes a page from the queue. */
  async dequeue(url: string): Promise<void> {
    await this.db.delete('queue', url);
  }

  /** When `host` was last asked for anything (ISO), if ever. */
  async hostLastFetch(host: string): Promise<string | undefined> {
    return (await this.db.get('hosts', host))?.lastFetch;
  }

  /** Records a request to `host` at `at`. */
  async markHostFetch(host: string, at: Date): Promise<void> {
    await this.db.put('hosts', { host, lastFetch: at.toISOString() });
  }

  /** A cached value unless it expired by `now`. */
  async cacheGet(key: string, now: Date): Promise<unknown> {
    const e = await this.db.get('cache', key);
    return e && e.expires > now.toISOString() ? e.value : undefined;
  }

  /** Caches `value` under `key` until `expires`. */
  async cachePut(entry: CacheEntry): Promise<void> {
    await this.db.put('cache', entry);
  }

  /** Deletes evidence, feed state, queue, host clocks and cache (the generation moves on). */
  async clear(): Promise<void> {
    const names = ['articles', 'feeds', 'queue', 'hosts', 'cache', 'meta'] as const;
    const tx = this.db.transaction(names as unknown as ('articles' | 'meta')[], 'readwrite');
    const generation = ((await tx.objectStore('meta').get('generation')) as number | undefined) ?? 0;
    for (const n of names) await tx.objectStore(n as 'articles').clear();
    await tx.objectStore('meta').put(generation + 1, 'generation');
    await tx.done;
  }

  /** Counts for the options page. */
  async stats(): Promise<{ articles: number; byObtained: Record<string, number>; bytes: number; queued: number; oldest?: string }> {
    const byObtained: Record<string, number> = {};
    let bytes = 0;
    let oldest: string | undefined;
    let articles = 0;
    for (let cur = await this.db.transaction('articles').store.index('obtainedAt').openCursor(); cur; cur = await cur.continue()) {
      articles++;
      oldest ??= cur.value.obtainedAt;
      bytes += cur.value.bytes;
      byObtained[cur.value.obtained] = (byObtained[cur.value.obtained] ?? 0) + 1;
    }
    const out = { articles, byObtained, bytes, queued: await this.db.count('queue') };
    return oldest ? { ...out, oldest } : out;
  }
}
