import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { evidenceContentHandlers, evidenceUiHandlers } from '../../../../src/background/evidence/handlers';
import { EvidenceService } from '../../../../src/background/evidence/service';
import { EvidenceStore } from '../../../../src/background/evidence/store';
import { activeFeeds, DEFAULT_FEEDS, validateFeedUrl } from '../../../../src/shared/feeds';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../../src/shared/settings';
import { FakeStorageArea } from '../../../fakes/browser';
import { article, FakeWeb } from './fake-web';

let n = 0;
const ui = { id: 'ext', url: 'chrome-extension://ext/options.html' };

async function setup() {
  const area = new FakeStorageArea();
  const web = new FakeWeb();
  const store = await EvidenceStore.open(`handlers-${++n}`);
  const svc = new EvidenceService({ store, get: web.get, now: web.now, settings: () => loadSettings(area), wakeQueueAt: async () => {}, log: () => {} });
  return { area, store, svc, content: evidenceContentHandlers(svc), ui: evidenceUiHandlers(svc, (p) => saveSettings(area, p)) };
}

describe('feed settings', () => {
  it('accept https feeds, say when a permission is needed, refuse the rest with a reason', () => {
    expect(validateFeedUrl('https://tsn.ua/rss/full.rss#x')).toEqual({ ok: true, url: 'https://tsn.ua/rss/full.rss', needsPermission: false });
    expect(validateFeedUrl('https://rss.unian.net/site/news_ukr.rss')).toMatchObject({ ok: true, needsPermission: false });
    expect(validateFeedUrl('https://feeds.example.org/news.xml')).toMatchObject({ ok: true, needsPermission: true });
    expect(validateFeedUrl('http://tsn.ua/rss/full.rss')).toEqual({ ok: false, reason: 'only https feeds are polled (got http)' });
    expect(validateFeedUrl('https://www.reuters.com/rss')).toEqual({ ok: false, reason: 'www.reuters.com is never polled (it refuses background fetches)' });
    expect(validateFeedUrl('https://u:p@tsn.ua/rss')).toMatchObject({ ok: false });
    expect(validateFeedUrl('не адреса')).toMatchObject({ ok: false, reason: 'not a web address: не адреса' });
  });

  it('the defaults are the SITES.md feeds and never reuters.com; new settings are off or empty by default', () => {
    expect(activeFeeds(DEFAULT_SETTINGS).map((f) => new URL(f.url).hostname)).toEqual([
      'www.pravda.com.ua', 'www.radiosvoboda.org', 'rss.unian.net', 'www.rbc.ua', 'nv.ua', 'tsn.ua', 'censor.net', 'suspilne.media', 'unn.ua',
    ]);
    expect(DEFAULT_SETTINGS).toMatchObject({ factCheckEnabled: false, factCheckApiKey: '', addedFeeds: [], removedFeeds: [], retentionDays: 30 });
  });

  it('addFeed/removeFeed store only the difference from the defaults', async () => {
    const { area, ui: h, store } = await setup();
    expect(await h.addFeed(ui, 'https://feeds.example.org/news.xml')).toMatchObject({ ok: true, needsPermission: true });
    expect(await h.addFeed(ui, 'ftp://x')).toMatchObject({ ok: false });
    await h.removeFeed(ui, DEFAULT_FEEDS[0]!.url);
    expect(area.data.get('settings')).toEqual({ addedFeeds: ['https://feeds.example.org/news.xml'], removedFeeds: [DEFAULT_FEEDS[0]!.url] });
    const urls = (await h.feeds(ui)).map((f) => f.url);
    expect(urls).not.toContain(DEFAULT_FEEDS[0]!.url);
    expect(urls).toContain('https://feeds.example.org/news.xml');
    // Adding a removed default back restores it.
    await h.addFeed(ui, DEFAULT_FEEDS[0]!.url);
    expect(area.data.get('settings')).toEqual({ addedFeeds: ['https://feeds.example.org/news.xml'] });
    await h.setFactCheck(ui, true, '  KEY  ');
    expect(await loadSettings(area)).toMatchObject({ factCheckEnabled: true, factCheckApiKey: 'KEY' });
    store.close();
  });
});

describe('evidence handlers', () => {
  it('a content script may add only its own page', async () => {
    const { content, store } = await setup();
    const a = article('https://tsn.ua/a-1.html', '2026-05-20T00:00:00Z');
    const sender = { id: 'ext', tab: { id: 3, url: 'https://nv.ua/ukr/x.html' }, url: 'https://nv.ua/ukr/x.html' };
    await expect(content.pageArticle(sender, a)).rejects.toThrow('tsn.ua is not the sender');
    await content.pageArticle({ ...sender, url: 'https://tsn.ua/a-1.html' }, a);
    expect(await store.hasArticle('https://tsn.ua/a-1.html')).toBe(true);
    store.close();
  });

  it('a refused import changes nothing; clearing empties the evidence, and an export imports again', async () => {
    const { ui: h, store, svc } = await setup();
    await svc.ingest([{ url: 'https://tsn.ua/a.html', article: article('https://tsn.ua/a.html', '2026-05-20T00:00:00Z'), obtained: 'feed', obtainedAt: '2026-05-20T00:00:00Z', outlet: 'tsn.ua', bytes: 10 }]);
    const pack = await h.exportPack(ui);
    expect(await h.importPack(ui, pack.replace('"version":1', '"version":9'))).toEqual({ ok: false, reason: 'unsupported pack version 9 (this Zvirka reads version 1)' });
    expect(await h.importPack(ui, '{oops')).toMatchObject({ ok: false });
    expect((await h.evidenceStats(ui)).articles).toBe(1);
    await h.clearEvidence(ui);
    expect(await h.evidenceStats(ui)).toMatchObject({ articles: 0, queued: 0 });
    // The cleared store imports the earlier export again.
    expect(await h.importPack(ui, pack)).toEqual({ ok: true, added: 1, skipped: 0 });
    expect((await svc.getIndex()).size).toBe(1);
    store.close();
  });
});

describe('a feed the reader added on another host', () => {
  it('is not fetched until the host permission is granted, and says why', async () => {
    const area = new FakeStorageArea();
    const web = new FakeWeb().route('https://feeds.example.org/news.xml', { body: '<rss><channel><title>x</title></channel></rss>' });
    let granted = false;
    const store = await EvidenceStore.open(`handlers-${++n}`);
    const svc = new EvidenceService({ store, get: web.get, now: web.now, settings: () => loadSettings(area), wakeQueueAt: async () => {}, log: () => {}, mayFetch: async () => granted });
    await saveSettings(area, { addedFeeds: ['https://feeds.example.org/news.xml'], removedFeeds: DEFAULT_FEEDS.map((f) => f.url) });
    const h = evidenceUiHandlers(svc, (p) => saveSettings(area, p));
    const [status] = await h.pollFeedsNow(ui);
    expect(status).toMatchObject({ url: 'https://feeds.example.org/news.xml', failures: 0, lastError: 'needs permission to read feeds.example.org: grant it on the options page' });
    expect(web.log).toEqual([]);
    granted = true;
    const [after] = await h.pollFeedsNow(ui);
    expect(web.requests('https://feeds.example.org/news.xml')).toBe(1);
    expect(after).toMatchObject({ failures: 0, items: 0 });
    expect(after!.lastError).toBeUndefined();
    store.close();
  });
});
