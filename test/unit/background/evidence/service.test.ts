import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../../src/core/claims/index';
import type { Article, Claim } from '../../../../src/core/types';
import { drainFetchQueue, feedStatuses, pollFeeds } from '../../../../src/background/evidence/feed-runner';
import { articleFromHtml } from '../../../../src/background/evidence/page-article';
import { EvidenceService } from '../../../../src/background/evidence/service';
import { EvidenceStore, storedArticle } from '../../../../src/background/evidence/store';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings';
import { FakeWeb, fixturePage, repoFile } from './fake-web';

let n = 0;
const PRAVDA_FEED = 'https://www.pravda.com.ua/rss/';
const SUSPILNE_FEED = 'https://suspilne.media/rss/all.rss';
const MFA_DENIAL = 'https://suspilne.media/1034672-u-mzs-kitau-zaperecili-povidomlenna-reuters-pro-pidgotovku-rosijskih-vijskovih/';
const PRAVDA_DENIAL = 'https://www.pravda.com.ua/news/2026/05/20/7590250/';

function korrespondent(): { article: Article; reuters: Claim; claims: Claim[] } {
  const { url, html } = fixturePage('seed-000-korrespondent');
  const article = articleFromHtml(html, url, 'page', new Date('2026-05-21T08:00:00Z')).article!;
  const claims = detectClaims(article, { ref: new Date(article.published!) });
  const reuters = claims.find((c) => c.text.includes('Reuters') && c.text.includes('200 російських'))!;
  return { article, reuters, claims };
}

async function service(web: FakeWeb, name: string, settings: Partial<Settings> = {}, snapshotDelayMs?: number) {
  const store = await EvidenceStore.open(name);
  const wakes: number[] = [];
  const logs: string[] = [];
  const svc = new EvidenceService({
    store,
    get: web.get,
    now: web.now,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    wakeQueueAt: async (t) => void wakes.push(t),
    log: (m) => void logs.push(m),
    factCheckEndpoint: 'https://factcheck.test/v1alpha1/claims:search',
    snapshotDelayMs,
  });
  return { svc, store, wakes, logs };
}

function feedWeb(): FakeWeb {
  const web = new FakeWeb();
  web.route(PRAVDA_FEED, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"p1"' }, body: repoFile('test/fixtures/feeds/pravda-rss.xml') });
  web.route(SUSPILNE_FEED, { headers: { 'content-type': 'application/atom+xml' }, body: repoFile('test/fixtures/feeds/suspilne-atom.xml') });
  web.page('suspilne-mfa-denial-uk');
  web.page('suspilne-modi-putin-moscow-uk');
  web.page('pravda-china-drones-uk');
  return web;
}

describe('EvidenceService', () => {
  it('feeds → articles (full text at once, teasers fetched politely) → the Reuters claim gets denies links, after a restart too', async () => {
    const web = feedWeb();
    const name = `svc-${++n}`;
    const { svc, store, wakes } = await service(web, name);
    const tick = await pollFeeds(svc);
    // Every default feed host is asked once; reuters.com never.
    expect(tick.polled).toHaveLength(9);
    expect(web.log.some((l) => l.url.includes('reuters.com'))).toBe(false);
    expect(tick.indexed).toBe(1);
    expect(tick.queued).toBe(3);
    expect(wakes).toEqual([web.clock.now]);
    // suspilne.media was just asked for its feed: its pages wait for the host gap.
    const first = await drainFetchQueue(svc);
    expect(first.fetched).toEqual([]);
    web.clock.now += 6000;
    expect((await drainFetchQueue(svc)).fetched).toEqual([MFA_DENIAL, 'https://www.pravda.com.ua/news/2025/10/14/7523611/']);
    web.clock.now += 6000;
    expect((await drainFetchQueue(svc)).fetched).toHaveLength(1);
    expect(await store.stats()).toMatchObject({ articles: 4, byObtained: { feed: 4 }, queued: 0 });
    const statuses = await feedStatuses(svc);
    expect(statuses.find((s) => s.url === PRAVDA_FEED)).toMatchObject({ items: 2, failures: 0 });
    expect(statuses.find((s) => s.url === 'https://tsn.ua/rss/full.rss')).toMatchObject({ failures: 1, lastError: 'HTTP 404' });

    const k = korrespondent();
    const links = await svc.linksFor(k.article, k.claims);
    const denies = links[k.reuters.id]!.filter((l) => l.stance === 'denies').map((l) => l.url);
    expect(denies).toEqual(expect.arrayContaining([PRAVDA_DENIAL, MFA_DENIAL]));

    // Snapshot writes are coalesced: pending until changes pause (or a flush).
    expect((await store.loadIndex())?.generation).not.toBe(await store.generation());
    await svc.flushSnapshot();
    expect((await store.loadIndex())?.generation).toBe(await store.generation());
    // The worker dies; a new one loads the saved index snapshot and answers the same.
    store.close();
    const again = await service(web, name);
    expect(await again.svc.linksFor(k.article, k.claims)).toEqual(links);
    // Polling again right away: nothing is due.
    expect((await pollFeeds(again.svc)).polled).toEqual([]);
    again.store.close();
  });

  it('rebuilds the index from the stored articles when the snapshot is stale', async () => {
    const web = feedWeb();
    const name = `svc-${++n}`;
    const { svc, store } = await service(web, name);
    await svc.getIndex();
    // An article written without the snapshot (the worker died between the two writes).
    const page = articleFromHtml(fixturePage('suspilne-mfa-denial-uk').html, MFA_DENIAL, 'feed', web.now()).article!;
    await store.putArticles([storedArticle(page)]);
    store.close();
    const again = await service(web, name, {}, 0);
    const k = korrespondent();
    const links = await again.svc.linksFor(k.article, [k.reuters]);
    expect(links[k.reuters.id]!.some((l) => l.url === MFA_DENIAL && l.stance === 'denies')).toBe(true);
    expect((await again.store.loadIndex())?.generation).toBe(await again.store.generation());
    again.store.close();
  });

  it('a page the reader opens is indexed and its in-body links to supported outlets are queued once', async () => {
    const web = new FakeWeb();
    const { svc, store, wakes } = await service(web, `svc-${++n}`);
    const k = korrespondent();
    const queued = await svc.pageArticle({ ...k.article, links: [...k.article.links, { text: 'Reuters', href: 'https://www.reuters.com/world/x-2026-05-19/', paragraph: 'p1' }] });
    // Two korrespondent links; interfax is not a supported outlet and reuters.com is never fetched.
    expect(queued).toBe(2);
    expect((await store.queued()).map((q) => [q.host, q.obtained])).toEqual([['ua.korrespondent.net', 'linked'], ['ua.korrespondent.net', 'linked']]);
    expect(wakes).toHaveLength(1);
    expect((await store.getArticle(k.article.url))?.obtained).toBe('page');
    expect(await svc.pageArticle(k.article)).toBe(0);
    store.close();
  });

  it("a page's ClaimReview JSON-LD is indexed as fact-check evidence; malformed items are skipped, not stored", async () => {
    const web = new FakeWeb();
    const { svc, store } = await service(web, `svc-${++n}`);
    const k = korrespondent();
    const review = {
      '@type': 'ClaimReview',
      url: 'https://ua.korrespondent.net/fact-check/1',
      claimReviewed: 'Китай таємно підготував 200 російських військових',
      author: { '@type': 'Organization', name: 'StopFake' },
      reviewRating: { '@type': 'Rating', alternateName: 'Неправда' },
      datePublished: '2026-05-21',
    };
    const junk = [{ '@type': 'ClaimReview', url: 'javascript:alert(1)', claimReviewed: 'x', reviewRating: { alternateName: 'False' } }, 'not an object', [review]];
    await svc.pageArticle({ ...k.article, claimReviews: [review, ...(junk as Record<string, unknown>[])] });
    const stored = await store.getArticle(review.url);
    expect(stored?.obtained).toBe('claimreview');
    expect(stored?.claimReview).toMatchObject({ rating: 'Неправда', author: 'StopFake' });
    expect(await store.getArticle('javascript:alert(1)')).toBeUndefined();
    // The page itself is stored without the raw JSON-LD.
    expect(await store.getArticle(k.article.url)).not.toHaveProperty('claimReviews');
    store.close();
  });

  it('asks Fact Check Tools only when turned on with a key, caches per query, indexes the verdicts', async () => {
    const api = { claims: [{ text: 'Китай таємно підготував 200 російських військових', claimReview: [{ publisher: { name: 'StopFake' }, url: 'https://www.stopfake.org/uk/x/', textualRating: 'Неправда', reviewDate: '2026-05-21T00:00:00Z', languageCode: 'uk' }] }] };
    const web = new FakeWeb();
    const k = korrespondent();
    const off = await service(web, `svc-${++n}`, { factCheckApiKey: 'KEY' });
    await off.svc.linksFor(k.article, k.claims);
    expect(web.log).toEqual([]);
    off.store.close();

    let calls = 0;
    web.routes.clear();
    const origGet = web.get;
    web.get = async (url, h) => {
      if (url.startsWith('https://factcheck.test/')) {
        calls++;
        const u = new URL(url);
        expect(u.searchParams.get('key')).toBe('KEY');
        expect(u.searchParams.get('languageCode')).toBe('uk');
        return { status: 200, header: () => 'application/json', bytes: async () => new TextEncoder().encode(JSON.stringify(api)) };
      }
      return origGet(url, h);
    };
    const on = await service(web, `svc-${++n}`, { factCheckApiKey: 'KEY', factCheckEnabled: true });
    await on.svc.linksFor(k.article, k.claims);
    const asked = calls;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(3);
    expect((await on.store.getArticle('https://www.stopfake.org/uk/x/'))?.obtained).toBe('claimreview');
    await on.svc.linksFor(k.article, k.claims);
    expect(calls).toBe(asked);
    on.store.close();
  });
});
