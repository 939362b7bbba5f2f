/**
 * One poll of one feed, politely (SITES.md "Feeds, politely"): conditional requests with the
 * validators the feed gave last time (RFC 9110 §13: If-None-Match / If-Modified-Since, 304),
 * exponential backoff on 4xx/5xx and network errors, 429/503 Retry-After honoured, and polling
 * stopped after MAX_FAILURES consecutive failures with the reason kept for the options page.
 * Pure over its arguments: the HTTP getter and the clock are passed in; the state is returned.
 */
import type { FeedSource } from '../../shared/feeds';
import { decodeHtml } from '../../extract/decode';
import { charsetOf, retryAfterMs, type HttpGet } from './http';
import { parseFeed, type FeedItem } from './feed-parse';
import type { FeedState } from './store-schema';

/** How often a healthy feed is polled. */
export const POLL_INTERVAL_MS = 30 * 60_000;
/** The wait after the first failure; doubled per further consecutive failure. */
export const FIRST_BACKOFF_MS = 15 * 60_000;
/** Longest wait between polls of a failing feed. */
export const MAX_BACKOFF_MS = 24 * 3_600_000;
/** Consecutive failures after which polling stops until the reader restarts it. */
export const MAX_FAILURES = 8;
/** A Retry-After longer than this is capped (a misconfigured server must not park a feed for a year). */
const MAX_RETRY_AFTER_MS = 7 * 24 * 3_600_000;

/** The encoding named by an XML declaration (`<?xml … encoding="windows-1251"?>`), if any. */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** A fresh state for a feed never polled. */
export function initialFeedState(url: string): FeedState {
  return { url, items: 0, failures: 0 };
}

/** Whether the feed should be polled at `now`. */
export function isDue(state: FeedState | undefined, now: Date): boolean {
  if (!state) return true;
  if (state.stopped) return false;
  return !state.nextPoll || state.nextPoll <= now.toISOString();
}

/** Request headers for a conditional GET. */
export function conditionalHeaders(state: FeedState | undefined): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1' };
  if (state?.etag) h['if-none-match'] = state.etag;
  if (state?.lastModified) h['if-modified-since'] = state.lastModified;
  return h;
}

/** The wait after `failures` consecutive failures. */
export function backoffMs(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

function failed(state: FeedState, now: Date, reason: string, retryAfter?: number): FeedState {
  const failures = state.failures + 1;
  const next: FeedState = { ...state, failures, lastError: reason, lastAttempt: now.toISOString() };
  if (failures >= MAX_FAILURES) {
    delete next.nextPoll;
    next.stopped = `stopped after ${failures} failures in a row; last: ${reason}`;
    return next;
  }
  const wait = Math.max(backoffMs(failures), Math.min(retryAfter ?? 0, MAX_RETRY_AFTER_MS));
  next.nextPoll = new Date(now.getTime() + wait).toISOString();
  return next;
}

/** The outcome of a poll: the new state, and the items when the feed changed. */
export interface PollOutcome {
  state: FeedState;
  items: FeedItem[];
  notModified: boolean;
  notes: string[];
  /** The feed's declared language, when it has one. */
  lang?: string;
}

/** Polls `feed` once; never throws (network errors and bad feeds become failures in the state). */
export async function pollFeed(feed: FeedSource, prev: FeedState | undefined, get: HttpGet, now: Date): Promise<PollOutcome> {
  const state = { ...(prev ?? initialFeedState(feed.url)) };
  delete state.stopped;
  let res;
  try {
    res = await get(feed.url, conditionalHeaders(prev));
  } catch (e) {
    return { state: failed(state, now, `network error: ${(e as Error).message}`), items: [], notModified: false, notes: [] };
  }
  const ok = (s: FeedState): FeedState => {
    const { lastError: _dropped, ...rest } = s;
    return { ...rest, failures: 0, lastSuccess: now.toISOString(), lastAttempt: now.toISOString(), nextPoll: new Date(now.getTime() + POLL_INTERVAL_MS).toISOString() };
  };
  if (res.status === 304) return { state: ok(state), items: [], notModified: true, notes: [] };
  if (res.status === 429 || res.status === 503) {
    const label = res.status === 429 ? 'HTTP 429 (too many requests)' : 'HTTP 503 (unavailable)';
    return { state: failed(state, now, label, retryAfterMs(res.header('retry-after'), now)), items: [], notModified: false, notes: [] };
  }
  if (res.status < 200 || res.status >= 300) return { state: failed(state, now, `HTTP ${res.status}`), items: [], notModified: false, notes: [] };
  let text: string;
  try {
    const bytes = await res.bytes();
    text = decodeHtml(bytes, charsetOf(res.header('content-type')) ?? xmlEncoding(bytes)).text;
  } catch (e) {
    return { state: failed(state, now, `could not read the response: ${(e as Error).message}`), items: [], notModified: false, notes: [] };
  }
  const parsed = parseFeed(text, feed.url);
  if (!parsed.ok) return { state: failed(state, now, parsed.reason), items: [], notModified: false, notes: [] };
  const next = ok(state);
  next.items = parsed.items.length;
  const etag = res.header('etag');
  const lastModified = res.header('last-modified');
  if (etag) next.etag = etag;
  else delete next.etag;
  if (lastModified) next.lastModified = lastModified;
  else delete next.lastModified;
  return { state: next, items: parsed.items, notModified: false, notes: parsed.notes, ...(parsed.lang ? { lang: parsed.lang } : {}) };
}
