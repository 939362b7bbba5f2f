/**
 * The scheduled work of the evidence service: polling due feeds (items with full text become
 * articles at once; the others' pages are queued), and draining the polite fetch queue. Both run
 * from alarms, so they start from storage every time and leave everything they learn in it.
 */
import { activeFeeds, isGrantedHost, NEVER_FETCH_HOSTS, type FeedSource } from '../../shared/feeds';
import type { FeedStatus } from '../../shared/protocol';
import type { FeedItem } from './feed-parse';
import { initialFeedState, isDue, pollFeed, POLL_INTERVAL_MS } from './feed-poll';
import { charsetOf } from './http';
import { articleFromBytes, articleFromFeedText } from './page-article';
import { drainQueue, feedsWithFreeHost, queueItem, type DrainOutcome } from './polite-queue';
import type { EvidenceService } from './service';
import { storedArticle, type StoredArticle } from './store';

/** Feed text shorter than this is a teaser, not the article: the page is fetched instead. */
export const MIN_FEED_TEXT_CHARS = 400;
/** Item pages queued per feed poll at most (the newest first). */
export const MAX_PAGES_PER_POLL = 15;
/** The earliest an alarm may fire again (Chrome clamps alarms to 30 s). */
export const MIN_ALARM_DELAY_MS = 30_000;

/** What a feeds tick did. */
export interface FeedsTick {
  polled: string[];
  indexed: number;
  queued: number;
}

function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().length;
}

/** Items → articles (full text) and page URLs to queue (teasers). */
function itemsToWork(items: FeedItem[], lang: string | undefined, svc: EvidenceService): { records: StoredArticle[]; pages: string[] } {
  const now = svc.deps.now();
  const records: StoredArticle[] = [];
  const pages: string[] = [];
  for (const it of items) {
    const host = new URL(it.link).hostname;
    if (NEVER_FETCH_HOSTS.includes(host)) continue;
    const html = it.content && textLength(it.content) >= MIN_FEED_TEXT_CHARS ? it.content : undefined;
    if (html) {
      const a = articleFromFeedText({ url: it.link, title: it.title, published: it.published, html, lang }, now);
      if (!('reason' in a)) records.push(storedArticle(a));
      continue;
    }
    if (pages.length < MAX_PAGES_PER_POLL && isGrantedHost(host)) pages.push(it.link);
  }
  return { records, pages };
}

/** Polls every due feed whose host is free (all active feeds when `force`), indexes and queues what they give. */
export async function pollFeeds(svc: EvidenceService, force = false): Promise<FeedsTick> {
  const { store } = svc.deps;
  const now = svc.deps.now();
  const feeds = activeFeeds(await svc.deps.settings());
  const due: FeedSource[] = [];
  for (const f of feeds) {
    const st = await store.getFeed(f.url);
    if (force && st?.stopped) {
      // The reader asked: a stopped feed gets a fresh start.
      const { stopped: _reason, ...rest } = st;
      await store.putFeed({ ...rest, failures: 0 });
    }
    if (!force && !isDue(st, now)) continue;
    if (!isGrantedHost(new URL(f.url).hostname) && svc.deps.mayFetch && !(await svc.deps.mayFetch(f.url))) {
      // Not a failure of the feed: it waits for the reader's grant, and says so on the options page.
      const base = st ?? initialFeedState(f.url);
      await store.putFeed({ ...base, lastError: `needs permission to read ${new URL(f.url).hostname}: grant it on the options page`, nextPoll: new Date(now.getTime() + POLL_INTERVAL_MS).toISOString() });
      continue;
    }
    due.push(f);
  }
  const tick: FeedsTick = { polled: [], indexed: 0, queued: 0 };
  for (const f of await feedsWithFreeHost(store, due, now)) {
    const out = await pollFeed(f, await store.getFeed(f.url), svc.deps.get, now);
    await store.putFeed(out.state);
    tick.polled.push(f.url);
    if (out.state.lastError && out.state.failures) svc.deps.log(`feed ${f.url}: ${out.state.lastError}`);
    const fresh: FeedItem[] = [];
    for (const it of out.items) if (!(await store.hasArticle(it.link))) fresh.push(it);
    const work = itemsToWork(fresh, out.lang, svc);
    tick.indexed += (await svc.ingest(work.records, { skipExisting: true })).length;
    tick.queued += await store.enqueue(work.pages.map((u) => queueItem(u, 'feed', now)));
  }
  if (tick.queued) await svc.deps.wakeQueueAt(now.getTime());
  return tick;
}

/** Fetches due queued pages politely, indexes them, and asks to be woken for the rest. */
export async function drainFetchQueue(svc: EvidenceService): Promise<DrainOutcome> {
  const out = await drainQueue(svc.deps.store, svc.deps.get, () => svc.deps.now(), async (item, bytes, type) => {
    const r = articleFromBytes(bytes, type, item.url, item.obtained, svc.deps.now(), charsetOf(type));
    const records = svc.claimReviewRecords(r.claimReviews);
    if (r.article) records.unshift(storedArticle(r.article));
    await svc.ingest(records, { skipExisting: true });
    return r.article ? undefined : `not an article: ${r.reason ?? 'unknown'}`;
  });
  for (const d of out.dropped) svc.deps.log(`dropped ${d.url}: ${d.reason}`);
  if (out.nextAt !== undefined) await svc.deps.wakeQueueAt(Math.max(out.nextAt, svc.deps.now().getTime() + MIN_ALARM_DELAY_MS));
  return out;
}

/** Every active feed with its status, for the options page. */
export async function feedStatuses(svc: EvidenceService): Promise<FeedStatus[]> {
  const settings = await svc.deps.settings();
  const out: FeedStatus[] = [];
  for (const f of activeFeeds(settings)) {
    const st = (await svc.deps.store.getFeed(f.url)) ?? initialFeedState(f.url);
    const s: FeedStatus = { url: f.url, outlet: f.outlet, name: f.name, added: settings.addedFeeds.includes(f.url), items: st.items, failures: st.failures };
    if (st.lastSuccess) s.lastSuccess = st.lastSuccess;
    if (st.lastError) s.lastError = st.lastError;
    if (st.nextPoll && !st.stopped) s.nextPoll = st.nextPoll;
    if (st.stopped) s.stopped = st.stopped;
    out.push(s);
  }
  return out;
}
