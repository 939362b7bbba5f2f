/**
 * The persisted fetch queue and per-host politeness: at most one request per host every
 * HOST_GAP_MS, across worker restarts (the host clock is in the store, not in memory). A drain
 * fetches at most one page per host and returns when the next one may go, so the caller schedules
 * an alarm for it; a page that fails is retried later, then dropped with its reason.
 */
import type { FeedSource } from '../../shared/feeds';
import type { HttpGet } from './http';
import type { EvidenceStore, QueueItem } from './store';

/** Minimum time between two requests to one host. */
export const HOST_GAP_MS = 5_000;
/** Attempts per queued page before it is dropped. */
export const MAX_PAGE_ATTEMPTS = 3;
/** Wait before retrying a page that failed. */
export const PAGE_RETRY_MS = 10 * 60_000;
/** Pages fetched per drain at most (one per host anyway; this bounds one wake's work). */
export const MAX_PER_DRAIN = 12;

/** Takes the host's turn if it is free at `now` (and records it); false when it was asked too recently. */
export async function claimHost(store: EvidenceStore, host: string, now: Date): Promise<boolean> {
  const last = await store.hostLastFetch(host);
  if (last && now.getTime() - Date.parse(last) < HOST_GAP_MS) return false;
  await store.markHostFetch(host, now);
  return true;
}

/** When `host` may next be asked. */
export async function hostFreeAt(store: EvidenceStore, host: string): Promise<number> {
  const last = await store.hostLastFetch(host);
  return last ? Date.parse(last) + HOST_GAP_MS : 0;
}

/** A queue item for `url`. */
export function queueItem(url: string, obtained: QueueItem['obtained'], now: Date): QueueItem {
  return { url, host: new URL(url).hostname, obtained, enqueuedAt: now.toISOString(), attempts: 0 };
}

/** What a drain did and when the next page may be fetched (undefined: queue empty). */
export interface DrainOutcome {
  fetched: string[];
  dropped: { url: string; reason: string }[];
  nextAt?: number;
}

/** Handles one fetched page: an error message when it gave no article. */
export type PageSink = (item: QueueItem, bytes: Uint8Array, contentType: string | null) => Promise<string | undefined>;

/** Fetches the queue's due pages, one per free host, oldest first. */
export async function drainQueue(store: EvidenceStore, get: HttpGet, now: () => Date, sink: PageSink): Promise<DrainOutcome> {
  const out: DrainOutcome = { fetched: [], dropped: [] };
  const usedHosts = new Set<string>();
  let nextAt = Infinity;
  for (const item of await store.queued()) {
    const t = now();
    if (item.notBefore && item.notBefore > t.toISOString()) {
      nextAt = Math.min(nextAt, Date.parse(item.notBefore));
      continue;
    }
    if (usedHosts.has(item.host) || out.fetched.length >= MAX_PER_DRAIN || !(await claimHost(store, item.host, t))) {
      nextAt = Math.min(nextAt, Math.max(await hostFreeAt(store, item.host), t.getTime()));
      continue;
    }
    usedHosts.add(item.host);
    let error: string | undefined;
    try {
      const res = await get(item.url, { accept: 'text/html,application/xhtml+xml' });
      if (res.status >= 200 && res.status < 300) error = await sink(item, await res.bytes(), res.header('content-type'));
      else error = `HTTP ${res.status}`;
    } catch (e) {
      error = `network error: ${(e as Error).message}`;
    }
    // A page that is not an article is done with, not retried; transport failures are retried.
    const transport = error !== undefined && /^(HTTP 5|HTTP 429|network)/.test(error);
    if (!transport) {
      await store.dequeue(item.url);
      if (error) out.dropped.push({ url: item.url, reason: error });
      else out.fetched.push(item.url);
      continue;
    }
    const attempts = item.attempts + 1;
    if (attempts >= MAX_PAGE_ATTEMPTS) {
      await store.dequeue(item.url);
      out.dropped.push({ url: item.url, reason: error! });
      continue;
    }
    const notBefore = new Date(t.getTime() + PAGE_RETRY_MS * attempts);
    await store.requeue({ ...item, attempts, notBefore: notBefore.toISOString(), lastError: error });
    nextAt = Math.min(nextAt, notBefore.getTime());
  }
  if (Number.isFinite(nextAt)) out.nextAt = nextAt;
  return out;
}

/** Feeds whose host is free now, one per host (the rest wait for the next tick). */
export async function feedsWithFreeHost(store: EvidenceStore, feeds: FeedSource[], now: Date): Promise<FeedSource[]> {
  const picked: FeedSource[] = [];
  const used = new Set<string>();
  for (const f of feeds) {
    const host = new URL(f.url).hostname;
    if (used.has(host)) continue;
    if (!(await claimHost(store, host, now))) continue;
    used.add(host);
    picked.push(f);
  }
  return picked;
}
