import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { EvidenceStore, storedArticle } from '../../../../src/background/evidence/store';
import { article } from './fake-web';

let dbs = 0;
const dbName = () => `store-test-${++dbs}`;


describe('EvidenceStore', () => {
  it('keeps articles, feed state, queue, host clocks and the index snapshot across a restart', async () => {
    const name = dbName();
    const a = await EvidenceStore.open(name);
    await a.putArticles([storedArticle(article('https://tsn.ua/a-1.html', '2026-05-20T10:00:00Z'))]);
    await a.putFeed({ url: 'https://tsn.ua/rss/full.rss', items: 3, failures: 2, etag: '"v1"', nextPoll: '2026-05-20T11:00:00Z' });
    await a.enqueue([{ url: 'https://nv.ua/ukr/x-1.html', host: 'nv.ua', obtained: 'linked', enqueuedAt: '2026-05-20T10:00:00Z', attempts: 0 }]);
    await a.markHostFetch('nv.ua', new Date('2026-05-20T10:00:01Z'));
    await a.saveIndex({ generation: await a.generation(), savedAt: 'now', data: { v: 1, docs: [], claims: [] } });
    a.close();

    const b = await EvidenceStore.open(name);
    expect((await b.getArticle('https://tsn.ua/a-1.html'))?.article.title).toBe('title https://tsn.ua/a-1.html');
    expect(await b.getFeed('https://tsn.ua/rss/full.rss')).toMatchObject({ etag: '"v1"', failures: 2 });
    expect((await b.queued()).map((q) => q.url)).toEqual(['https://nv.ua/ukr/x-1.html']);
    expect(await b.hostLastFetch('nv.ua')).toBe('2026-05-20T10:00:01.000Z');
    expect((await b.loadIndex())?.generation).toBe(await b.generation());
    b.close();
  });

  it('evicts past the retention period first, then the oldest until the size bounds hold', async () => {
    const s = await EvidenceStore.open(dbName());
    const days = ['2026-04-01', '2026-05-10', '2026-05-12', '2026-05-14', '2026-05-16', '2026-05-18'];
    await s.putArticles(days.map((d, i) => storedArticle(article(`https://tsn.ua/a-${i}.html`, `${d}T00:00:00Z`))));
    const g = await s.generation();
    const now = new Date('2026-05-20T00:00:00Z');
    // 30 days: only April goes. Then at most 3 articles: the two oldest of May go, in age order.
    const removed = await s.evict(now, 30, { maxArticles: 3, maxChars: 1e9 });
    expect(removed).toEqual(['https://tsn.ua/a-0.html', 'https://tsn.ua/a-1.html', 'https://tsn.ua/a-2.html']);
    expect((await s.allArticles()).map((r) => r.url)).toEqual(['https://tsn.ua/a-3.html', 'https://tsn.ua/a-4.html', 'https://tsn.ua/a-5.html']);
    expect(await s.generation()).toBeGreaterThan(g);
    // The size bound alone: room for two articles' characters.
    const one = (await s.allArticles())[0]!.bytes;
    expect(await s.evict(now, 30, { maxArticles: 100, maxChars: one * 2 + 1 })).toEqual(['https://tsn.ua/a-3.html']);
    await s.clear();
    expect(await s.countArticles()).toBe(0);
    s.close();
  });

  it('upgrades a version-1 database: its unused reports store goes, its articles and feeds stay', async () => {
    const name = dbName();
    const rec = storedArticle(article('https://tsn.ua/v1.html', '2026-05-20T00:00:00Z'));
    const v1 = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('articles', { keyPath: 'url' }).createIndex('obtainedAt', 'obtainedAt');
        d.createObjectStore('feeds', { keyPath: 'url' });
        d.createObjectStore('queue', { keyPath: 'url' }).createIndex('enqueuedAt', 'enqueuedAt');
        d.createObjectStore('hosts', { keyPath: 'host' });
        d.createObjectStore('cache', { keyPath: 'key' });
        d.createObjectStore('reports', { keyPath: 'id' });
        d.createObjectStore('meta');
      },
    });
    await v1.put('articles', rec);
    await v1.put('feeds', { url: 'https://tsn.ua/rss/full.rss', items: 1, failures: 0 });
    v1.close();
    const s = await EvidenceStore.open(name);
    expect((await s.allArticles()).map((r) => r.url)).toEqual(['https://tsn.ua/v1.html']);
    expect(await s.getFeed('https://tsn.ua/rss/full.rss')).toMatchObject({ items: 1 });
    s.close();
    const raw = await openDB(name);
    expect([...raw.objectStoreNames]).not.toContain('reports');
    expect(raw.version).toBe(2);
    raw.close();
  });

  it('a batch with one bad record stores nothing of the batch and keeps what was there', async () => {
    const s = await EvidenceStore.open(dbName());
    await s.putArticles([storedArticle(article('https://tsn.ua/keep.html', '2026-05-20T00:00:00Z'))]);
    const g = await s.generation();
    const bad = { ...storedArticle(article('https://tsn.ua/bad.html', '2026-05-20T00:00:00Z')), url: undefined } as never;
    await expect(s.putArticles([storedArticle(article('https://tsn.ua/new.html', '2026-05-20T00:00:00Z')), bad])).rejects.toThrow();
    expect((await s.allArticles()).map((r) => r.url)).toEqual(['https://tsn.ua/keep.html']);
    expect(await s.generation()).toBe(g);
    s.close();
  });

  it('skipExisting never replaces a stored article; the queue skips stored and queued URLs', async () => {
    const s = await EvidenceStore.open(dbName());
    await s.putArticles([storedArticle(article('https://tsn.ua/a.html', '2026-05-20T00:00:00Z', 'Перший текст статті про заяву МЗС.'))]);
    const r = await s.putArticles([storedArticle(article('https://tsn.ua/a.html', '2026-05-21T00:00:00Z', 'Інший текст.'))], { skipExisting: true });
    expect(r).toEqual({ added: [], skipped: 1 });
    expect((await s.getArticle('https://tsn.ua/a.html'))?.article.paragraphs[0]!.text).toBe('Перший текст статті про заяву МЗС.');
    const item = (url: string) => ({ url, host: 'tsn.ua', obtained: 'linked' as const, enqueuedAt: '2026-05-20T00:00:00Z', attempts: 0 });
    expect(await s.enqueue([item('https://tsn.ua/a.html'), item('https://tsn.ua/b.html'), item('https://tsn.ua/b.html')])).toBe(1);
    expect(await s.enqueue([item('https://tsn.ua/b.html')])).toBe(0);
    s.close();
  });
});
