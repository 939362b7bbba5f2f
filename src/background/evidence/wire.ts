/**
 * The thin browser adapter of the evidence side: the only file here that touches `browser.*`.
 * It opens the store, builds the service over `fetch`, `storage.local` settings and `alarms`, and
 * hands the background entry its handlers to merge into the channel servers:
 *
 *   const evidence = installEvidence({ log });            // at the top level, synchronously
 *   contentHandlers: { ...contentHandlers(deps), ...evidence.content }
 *   uiHandlers:      { ...uiHandlers(deps), ...evidence.ui }
 *   test (test build only): { openExtensionPage…, ...evidence.test }
 *
 * Listeners are registered synchronously (an MV3 worker woken by an alarm must find its listener
 * in the first turn); the store opens lazily and every handler waits for it.
 */
import browser from 'webextension-polyfill';
import { detectClaims } from '../../core/claims/index';
import type { EvidenceContentToBackground, EvidenceUiToBackground } from '../../shared/protocol';
import type { Handlers } from '../../shared/rpc';
import { activeFeeds } from '../../shared/feeds';
import { loadSettings, saveSettings } from '../../shared/settings';
import type { EvidenceTestToBackground } from '../../shared/test-hooks';
import { drainFetchQueue, MIN_ALARM_DELAY_MS, pollFeeds } from './feed-runner';
import { POLL_INTERVAL_MS } from './feed-poll';
import { evidenceContentHandlers, evidenceUiHandlers } from './handlers';
import { charsetOf, fetchHttp } from './http';
import { articleFromBytes } from './page-article';
import { EvidenceService } from './service';
import { EvidenceStore } from './store';

export const FEEDS_ALARM = 'zvirka-feeds';
export const QUEUE_ALARM = 'zvirka-queue';
/** The test hook waits at most this long for the fetch queue to empty. */
const TEST_DRAIN_LIMIT_MS = 60_000;

/** Handlers for the three channels, for the background entry to merge. */
export interface EvidenceWiring {
  content: Handlers<EvidenceContentToBackground>;
  ui: Handlers<EvidenceUiToBackground>;
  test: Handlers<EvidenceTestToBackground>;
}

/** Handlers whose every call first waits for `ready` (the store opening). */
function deferred<T extends object>(ready: Promise<T>, keys: (keyof T)[]): T {
  const out = {} as Record<keyof T, unknown>;
  for (const k of keys) out[k] = async (...args: unknown[]) => ((await ready)[k] as (...a: unknown[]) => unknown)(...args);
  return out as T;
}

/** Builds the evidence service and its handlers; registers the alarm listener. */
export function installEvidence(deps: { log(msg: string): void }): EvidenceWiring {
  const alarms = browser.alarms as typeof browser.alarms | undefined;
  let draining: Promise<unknown> | null = null;
  const svcReady: Promise<EvidenceService> = EvidenceStore.open().then(
    (store) =>
      new EvidenceService({
        store,
        get: fetchHttp(),
        now: () => new Date(),
        settings: () => loadSettings(browser.storage.local),
        async wakeQueueAt(when) {
          if (alarms) await alarms.create(QUEUE_ALARM, { when: Math.max(when, Date.now() + MIN_ALARM_DELAY_MS) });
          if (when <= Date.now()) setTimeout(() => void drain(), 0);
        },
        log: deps.log,
        mayFetch: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
      }),
  );
  const drain = (): Promise<unknown> => {
    // One drain at a time in this worker: two would both find a host free.
    draining ??= svcReady.then(drainFetchQueue).catch((e) => deps.log(`fetch queue: ${(e as Error).message}`)).finally(() => (draining = null));
    return draining;
  };

  if (alarms) {
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === QUEUE_ALARM) void drain();
      // Each feeds tick also evicts: the bounds hold within one poll's worth of articles.
      if (alarm.name === FEEDS_ALARM) void svcReady.then(async (svc) => (await pollFeeds(svc), await svc.evict())).then(drain).catch((e) => deps.log(`feeds: ${(e as Error).message}`));
    });
    // Periodic alarms survive restarts; create them only when missing so a wake does not reset their clocks.
    void alarms.get(FEEDS_ALARM).then((a) => (a ? undefined : alarms.create(FEEDS_ALARM, { delayInMinutes: 1, periodInMinutes: POLL_INTERVAL_MS / 60_000 })));
  } else {
    deps.log('evidence: no alarms permission; feeds are polled only on request');
  }

  const content = deferred(svcReady.then(evidenceContentHandlers), ['pageArticle', 'linksFor']);
  const saver = (patch: Parameters<typeof saveSettings>[1]) => saveSettings(browser.storage.local, patch);
  const ui = deferred(
    svcReady.then((svc) => evidenceUiHandlers(svc, saver)),
    ['feeds', 'addFeed', 'removeFeed', 'pollFeedsNow', 'evidenceStats', 'exportPack', 'importPack', 'clearEvidence', 'setFactCheck'],
  );
  const test = deferred(svcReady.then((svc) => testHandlers(svc, drain)), ['pollFeedsNow', 'evidenceCounts', 'linksForUrl']);
  if (__ZVIRKA_TEST__) {
    // playwright's worker.evaluate reaches these; a worker cannot send runtime messages to itself.
    (globalThis as Record<string, unknown>).__zvirkaEvidence = {
      pollFeedsNow: () => test.pollFeedsNow({}),
      evidenceCounts: () => test.evidenceCounts({}),
      linksForUrl: (url: string) => test.linksForUrl({}, url),
    };
  }
  return { content, ui, test };
}

function testHandlers(svc: EvidenceService, drain: () => Promise<unknown>): Handlers<EvidenceTestToBackground> {
  return {
    async pollFeedsNow() {
      const tick = await pollFeeds(svc, true);
      const before = (await svc.deps.store.stats()).articles;
      const until = Date.now() + TEST_DRAIN_LIMIT_MS;
      while ((await svc.deps.store.queued()).length && Date.now() < until) {
        await drain();
        if ((await svc.deps.store.queued()).length) await new Promise((r) => setTimeout(r, 1000));
      }
      await svc.flushSnapshot();
      const after = await svc.deps.store.stats();
      return { polled: tick.polled.length, indexed: tick.indexed, fetched: after.articles - before, queued: after.queued };
    },
    async evidenceCounts() {
      const s = await svc.deps.store.stats();
      let feedsWithState = 0;
      for (const f of activeFeeds(await svc.deps.settings())) if (await svc.deps.store.getFeed(f.url)) feedsWithState++;
      const snapshotCurrent = (await svc.deps.store.loadIndex())?.generation === (await svc.deps.store.generation());
      return { articles: s.articles, byObtained: s.byObtained, queued: s.queued, indexSize: (await svc.getIndex()).size, feedsWithState, snapshotCurrent };
    },
    async linksForUrl(_sender, url) {
      const res = await svc.deps.get(url, { accept: 'text/html' });
      const type = res.header('content-type');
      const r = articleFromBytes(await res.bytes(), type, url, 'page', new Date(), charsetOf(type));
      if (!r.article) throw new Error(`not an article: ${r.reason}`);
      const published = r.article.published ? new Date(r.article.published) : undefined;
      const claims = detectClaims(r.article, { ref: published });
      const links = await svc.linksFor(r.article, claims);
      return claims.filter((c) => links[c.id]).map((c) => ({ text: c.text, stances: links[c.id]!.map((l) => l.stance), urls: links[c.id]!.map((l) => l.url) }));
    },
  };
}
