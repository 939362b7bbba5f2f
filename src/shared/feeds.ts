/**
 * The outlet feeds Zvirka polls by default (SITES.md "Per site", confidence M–H), and the rules for
 * feeds the reader adds. A feed on a host outside the manifest's host permissions needs an optional
 * host permission the reader grants (the options page asks); reuters.com is never polled (SITES.md:
 * no RSS since 2020, and background fetches are challenged by its anti-bot layer).
 */
import { isSupportedHost } from './sites';
import type { Settings } from './settings';

/** A feed: where it is and which outlet it belongs to. */
export interface FeedSource {
  url: string;
  /** The outlet's host as SUPPORTED_SITES names it (the page host, not the feed host). */
  outlet: string;
  name: string;
}

export const DEFAULT_FEEDS: readonly FeedSource[] = [
  { url: 'https://www.pravda.com.ua/rss/', outlet: 'www.pravda.com.ua', name: 'Українська правда' },
  { url: 'https://www.radiosvoboda.org/api/zrqiteuuir', outlet: 'www.radiosvoboda.org', name: 'Радіо Свобода' },
  { url: 'https://rss.unian.net/site/news_ukr.rss', outlet: 'www.unian.ua', name: 'УНІАН' },
  { url: 'https://www.rbc.ua/static/rss/all.ukr.rss.xml', outlet: 'www.rbc.ua', name: 'РБК-Україна' },
  { url: 'https://nv.ua/ukr/rss/all.xml', outlet: 'nv.ua', name: 'НВ' },
  { url: 'https://tsn.ua/rss/full.rss', outlet: 'tsn.ua', name: 'ТСН' },
  { url: 'https://censor.net/includes/news_uk.xml', outlet: 'censor.net', name: 'Цензор.НЕТ' },
  { url: 'https://suspilne.media/rss/all.rss', outlet: 'suspilne.media', name: 'Суспільне' },
  { url: 'https://unn.ua/rss/news_uk.xml', outlet: 'unn.ua', name: 'УНН' },
];

/** Hosts never fetched in the background, whatever the reader adds. */
export const NEVER_FETCH_HOSTS: readonly string[] = ['reuters.com', 'www.reuters.com'];

/** Default feed hosts that are not page hosts, so the manifest must list them as host permissions. */
export const EXTRA_FEED_HOSTS: readonly string[] = ['rss.unian.net'];

/** Longest feed URL accepted. */
const MAX_FEED_URL = 2048;

/** The outcome of checking a feed URL the reader typed. */
export type FeedUrlCheck = { ok: true; url: string; needsPermission: boolean } | { ok: false; reason: string };

/** Whether the background may fetch `host` without an optional permission. */
export function isGrantedHost(host: string): boolean {
  return isSupportedHost(host) || EXTRA_FEED_HOSTS.includes(host);
}

/** Checks a feed URL: https only, no credentials, never reuters.com; says whether a permission is needed. */
export function validateFeedUrl(raw: string): FeedUrlCheck {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, reason: 'the feed address is empty' };
  if (raw.length > MAX_FEED_URL) return { ok: false, reason: `the feed address is longer than ${MAX_FEED_URL} characters` };
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, reason: `not a web address: ${raw.slice(0, 80)}` };
  }
  if (u.protocol !== 'https:') return { ok: false, reason: `only https feeds are polled (got ${u.protocol.replace(':', '')})` };
  if (u.username || u.password) return { ok: false, reason: 'feed addresses with a user name or password are refused' };
  if (NEVER_FETCH_HOSTS.includes(u.hostname)) return { ok: false, reason: `${u.hostname} is never polled (it refuses background fetches)` };
  u.hash = '';
  return { ok: true, url: u.href, needsPermission: !isGrantedHost(u.hostname) };
}

/** The feeds to poll under `settings`: defaults the reader kept plus the ones they added. */
export function activeFeeds(settings: Pick<Settings, 'addedFeeds' | 'removedFeeds'>): FeedSource[] {
  const removed = new Set(settings.removedFeeds);
  const out = DEFAULT_FEEDS.filter((f) => !removed.has(f.url));
  for (const url of settings.addedFeeds) {
    if (removed.has(url) || out.some((f) => f.url === url)) continue;
    const check = validateFeedUrl(url);
    if (!check.ok) continue;
    const host = new URL(check.url).hostname;
    out.push({ url: check.url, outlet: host, name: host });
  }
  return out;
}
