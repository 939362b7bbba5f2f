import { describe, expect, it } from 'vitest';
import { backoffMs, FIRST_BACKOFF_MS, isDue, MAX_BACKOFF_MS, MAX_FAILURES, pollFeed, POLL_INTERVAL_MS } from '../../../../src/background/evidence/feed-poll';
import type { FeedSource } from '../../../../src/shared/feeds';
import { FakeWeb, repoFile } from './fake-web';

const FEED: FeedSource = { url: 'https://www.pravda.com.ua/rss/', outlet: 'www.pravda.com.ua', name: 'УП' };
const XML = repoFile('test/fixtures/feeds/pravda-rss.xml');
const MIN = 60_000;

describe('pollFeed', () => {
  it('keeps the validators and sends them back; a 304 is a success without items', async () => {
    const web = new FakeWeb().route(FEED.url, (h) =>
      h['if-none-match'] === '"abc"' ? { status: 304 } : { headers: { etag: '"abc"', 'last-modified': 'Wed, 20 May 2026 10:00:00 GMT', 'content-type': 'application/rss+xml' }, body: XML },
    );
    const first = await pollFeed(FEED, undefined, web.get, web.now());
    expect(first.items).toHaveLength(2);
    expect(first.state).toMatchObject({ etag: '"abc"', lastModified: 'Wed, 20 May 2026 10:00:00 GMT', items: 2, failures: 0 });
    expect(first.state.nextPoll).toBe(new Date(web.clock.now + POLL_INTERVAL_MS).toISOString());
    web.clock.now += POLL_INTERVAL_MS;
    const second = await pollFeed(FEED, first.state, web.get, web.now());
    expect(web.log[1]!.headers).toMatchObject({ 'if-none-match': '"abc"', 'if-modified-since': 'Wed, 20 May 2026 10:00:00 GMT' });
    expect(second).toMatchObject({ notModified: true, items: [] });
    expect(second.state.lastSuccess).toBe(web.now().toISOString());
    expect(second.state.items).toBe(2);
  });

  it('backs off exponentially on 5xx and stops after MAX_FAILURES with the reason kept', async () => {
    const web = new FakeWeb().route(FEED.url, { status: 500 });
    let state = undefined as Awaited<ReturnType<typeof pollFeed>>['state'] | undefined;
    const waits: number[] = [];
    for (let i = 1; i <= MAX_FAILURES; i++) {
      const out = await pollFeed(FEED, state, web.get, web.now());
      state = out.state;
      expect(state.failures).toBe(i);
      expect(state.lastError).toBe('HTTP 500');
      if (i < MAX_FAILURES) {
        waits.push(Date.parse(state.nextPoll!) - web.clock.now);
        expect(isDue(state, web.now())).toBe(false);
        web.clock.now = Date.parse(state.nextPoll!);
        expect(isDue(state, web.now())).toBe(true);
      }
    }
    expect(waits.slice(0, 3)).toEqual([FIRST_BACKOFF_MS, 2 * FIRST_BACKOFF_MS, 4 * FIRST_BACKOFF_MS]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(state!.stopped).toBe(`stopped after ${MAX_FAILURES} failures in a row; last: HTTP 500`);
    expect(state!.nextPoll).toBeUndefined();
    expect(isDue(state, new Date(web.clock.now + 365 * 86_400_000))).toBe(false);
  });

  it('honours 429 Retry-After in seconds and as a date, and recovers on success', async () => {
    const web = new FakeWeb().route(FEED.url, { status: 429, headers: { 'retry-after': '7200' } });
    const a = await pollFeed(FEED, undefined, web.get, web.now());
    expect(a.state.lastError).toBe('HTTP 429 (too many requests)');
    expect(Date.parse(a.state.nextPoll!) - web.clock.now).toBe(7200_000);
    const until = new Date(web.clock.now + 5 * 3_600_000).toUTCString();
    web.route(FEED.url, { status: 503, headers: { 'retry-after': until } });
    const b = await pollFeed(FEED, a.state, web.get, web.now());
    expect(b.state.failures).toBe(2);
    expect(Date.parse(b.state.nextPoll!)).toBe(Date.parse(until));
    // A short Retry-After never shortens the backoff.
    web.route(FEED.url, { status: 429, headers: { 'retry-after': '1' } });
    const c = await pollFeed(FEED, b.state, web.get, web.now());
    expect(Date.parse(c.state.nextPoll!) - web.clock.now).toBe(backoffMs(3));
    web.route(FEED.url, { body: XML });
    const d = await pollFeed(FEED, c.state, web.get, web.now());
    expect(d.state).toMatchObject({ failures: 0, items: 2 });
    expect(d.state.lastError).toBeUndefined();
  });

  it('a malformed feed or a network error is a failure with a clear reason, never a throw', async () => {
    const web = new FakeWeb().route(FEED.url, { body: '<html><body>Cloudflare says hi</body></html>' });
    const bad = await pollFeed(FEED, undefined, web.get, web.now());
    expect(bad.state.lastError).toBe('not an RSS or Atom feed: the root element is <html>');
    expect(bad.state.failures).toBe(1);
    const down = await pollFeed(FEED, undefined, async () => {
      throw new Error('ECONNRESET');
    }, web.now());
    expect(down.state.lastError).toBe('network error: ECONNRESET');
    expect(Date.parse(down.state.nextPoll!) - web.clock.now).toBe(15 * MIN);
  });

  it('decodes a windows-1251 feed from its XML declaration', async () => {
    const text = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>Заява МЗС</title><link>https://censor.net/ua/news/1/x</link></item></channel></rss>';
    const bytes = Uint8Array.from([...text].map((ch) => {
      const c = ch.charCodeAt(0);
      return c < 128 ? c : c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : 0x3f;
    }));
    const web = new FakeWeb().route(FEED.url, { headers: { 'content-type': 'application/xml' }, body: bytes });
    const out = await pollFeed(FEED, undefined, web.get, web.now());
    expect(out.items[0]!.title).toBe('Заява МЗС');
  });
});
