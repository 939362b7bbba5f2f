import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { drainQueue, HOST_GAP_MS, MAX_PAGE_ATTEMPTS, queueItem } from '../../../../src/background/evidence/polite-queue';
import { EvidenceStore } from '../../../../src/background/evidence/store';
import { FakeWeb } from './fake-web';

let n = 0;
const sinkOk = async () => undefined;

describe('the polite fetch queue', () => {
  it('asks each host at most once per HOST_GAP_MS, also across a worker restart', async () => {
    const name = `queue-${++n}`;
    const web = new FakeWeb();
    const urls = ['https://tsn.ua/a-1.html', 'https://tsn.ua/a-2.html', 'https://nv.ua/ukr/b-1.html', 'https://tsn.ua/a-3.html'];
    for (const u of urls) web.route(u, { body: '<html></html>' });
    let store = await EvidenceStore.open(name);
    await store.enqueue(urls.map((u, i) => ({ ...queueItem(u, 'linked', web.now()), enqueuedAt: `2026-05-21T08:00:0${i}Z` })));
    const first = await drainQueue(store, web.get, web.now, sinkOk);
    expect(first.fetched).toEqual(['https://tsn.ua/a-1.html', 'https://nv.ua/ukr/b-1.html']);
    expect(first.nextAt).toBe(web.clock.now + HOST_GAP_MS);
    // The worker dies and wakes a second later: tsn.ua is still resting.
    store.close();
    store = await EvidenceStore.open(name);
    web.clock.now += 1000;
    expect((await drainQueue(store, web.get, web.now, sinkOk)).fetched).toEqual([]);
    web.clock.now += HOST_GAP_MS;
    expect((await drainQueue(store, web.get, web.now, sinkOk)).fetched).toEqual(['https://tsn.ua/a-2.html']);
    web.clock.now += HOST_GAP_MS;
    expect((await drainQueue(store, web.get, web.now, sinkOk)).fetched).toEqual(['https://tsn.ua/a-3.html']);
    expect(await store.queued()).toEqual([]);
    // Every pair of requests to one host is at least the gap apart.
    const tsn = web.log.filter((l) => l.url.startsWith('https://tsn.ua/')).map((l) => l.at);
    for (let i = 1; i < tsn.length; i++) expect(tsn[i]! - tsn[i - 1]!).toBeGreaterThanOrEqual(HOST_GAP_MS);
    store.close();
  });

  it('retries transport failures later, drops them after MAX_PAGE_ATTEMPTS, drops non-articles at once', async () => {
    const store = await EvidenceStore.open(`queue-${++n}`);
    const web = new FakeWeb().route('https://nv.ua/ukr/down.html', { status: 503 }).route('https://tsn.ua/video.html', { body: '<html></html>' });
    await store.enqueue([queueItem('https://nv.ua/ukr/down.html', 'feed', web.now()), queueItem('https://tsn.ua/video.html', 'feed', web.now())]);
    const out = await drainQueue(store, web.get, web.now, async (item) => (item.url.includes('video') ? 'not an article: too short' : undefined));
    expect(out.dropped).toEqual([{ url: 'https://tsn.ua/video.html', reason: 'not an article: too short' }]);
    const [left] = await store.queued();
    expect(left).toMatchObject({ url: 'https://nv.ua/ukr/down.html', attempts: 1, lastError: 'HTTP 503' });
    for (let i = 1; i < MAX_PAGE_ATTEMPTS; i++) {
      web.clock.now = Date.parse((await store.queued())[0]!.notBefore!);
      await drainQueue(store, web.get, web.now, sinkOk);
    }
    expect(await store.queued()).toEqual([]);
    expect(web.requests('https://nv.ua/ukr/down.html')).toBe(MAX_PAGE_ATTEMPTS);
    store.close();
  });
});
