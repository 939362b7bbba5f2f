/**
 * The evidence database's records and object stores. Everything the background must remember across
 * MV3 worker restarts lives here: articles, the serialized index, feed state, the fetch queue, the
 * per-host politeness clock and the Fact Check API cache. Readers' mismatch reports are not here: they
 * live in storage.local (../reports.ts), apart from anything evidence eviction or clearing touches.
 */
import type { DBSchema } from 'idb';
import type { Article, Obtained } from '../../core/types';
import type { SerializedIndex } from '../../core/evidence/index';
import type { ClaimReviewItem } from './claim-review';

export const DB_NAME = 'zvirka-evidence';
/** 2: the unused `reports` store of version 1 is dropped (reports were always kept in storage.local). */
export const DB_VERSION = 2;

/** An article kept as evidence, with the fields eviction and the options page look at. */
export interface StoredArticle {
  url: string;
  article: Article;
  obtained: Obtained;
  obtainedAt: string;
  outlet: string;
  published?: string;
  /** Size of the article's JSON in UTF-16 code units (what the size bound counts). */
  bytes: number;
  /** The fact-check this article was made from (obtained 'claimreview'), for pack export. */
  claimReview?: ClaimReviewItem;
}

/** How polling a feed is going (persisted, so backoff and schedules survive restarts). */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastSuccess?: string;
  lastError?: string;
  lastAttempt?: string;
  items: number;
  nextPoll?: string;
  failures: number;
  /** Set when polling stopped after too many failures: why. */
  stopped?: string;
}

/** A page waiting to be fetched politely. */
export interface QueueItem {
  url: string;
  host: string;
  obtained: 'linked' | 'feed';
  enqueuedAt: string;
  attempts: number;
  /** Not fetched before this time (after a failure). */
  notBefore?: string;
  lastError?: string;
}

/** The last time a host was asked for anything (politeness across restarts). */
export interface HostClock {
  host: string;
  lastFetch: string;
}

/** A cached remote answer (Fact Check API queries). */
export interface CacheEntry {
  key: string;
  value: unknown;
  expires: string;
}

/** The serialized index with the article generation it was built from. */
export interface IndexSnapshot {
  generation: number;
  savedAt: string;
  data: SerializedIndex;
}

export interface EvidenceDB extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { obtainedAt: string } };
  feeds: { key: string; value: FeedState };
  queue: { key: string; value: QueueItem; indexes: { enqueuedAt: string } };
  hosts: { key: string; value: HostClock };
  cache: { key: string; value: CacheEntry };
  /** `generation` (a number bumped on every article change) and `index` (an IndexSnapshot). */
  meta: { key: string; value: unknown };
}
