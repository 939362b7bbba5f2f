/**
 * Message handlers of the evidence side: content scripts (unprivileged: they may add the page they
 * are on and ask for links, nothing else) and the options page (privileged). The background entry
 * merges these into its channel servers, whose guards already checked the sender.
 */
import { DEFAULT_FEEDS, validateFeedUrl } from '../../shared/feeds';
import type { EvidenceContentToBackground, EvidenceUiToBackground } from '../../shared/protocol';
import type { Handlers, Sender } from '../../shared/rpc';
import type { Settings } from '../../shared/settings';
import { drainFetchQueue, feedStatuses, pollFeeds } from './feed-runner';
import { exportPack, importPack } from './packs';
import type { EvidenceService } from './service';

/** Claims per linksFor call at most (a page has tens). */
export const MAX_CLAIMS_PER_CALL = 300;

/** Settings writes the handlers need (the worker passes saveSettings over storage.local). */
export type SaveSettings = (patch: Partial<Settings>) => Promise<Settings>;

function senderPageHost(sender: Sender): string | undefined {
  const url = sender.url ?? sender.tab?.url;
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Handlers for content scripts. */
export function evidenceContentHandlers(svc: EvidenceService): Handlers<EvidenceContentToBackground> {
  return {
    async pageArticle(sender, article) {
      // A page may only add itself: the article's URL must be the sender tab's page.
      const host = senderPageHost(sender);
      let articleHost: string;
      try {
        articleHost = new URL(article.url).hostname;
      } catch {
        throw new TypeError('pageArticle: the article has no valid url');
      }
      if (!host || host !== articleHost) throw new Error(`pageArticle: ${articleHost} is not the sender's page`);
      // Other sites run only by the reader's grant; their pages are indexed as well, links are only followed to supported outlets.
      await svc.pageArticle(article);
    },
    async linksFor(_sender, page, claims) {
      if (!Array.isArray(claims)) throw new TypeError('linksFor: claims must be a list');
      return svc.linksFor(page, claims.slice(0, MAX_CLAIMS_PER_CALL));
    },
  };
}

/** Handlers for the options page. */
export function evidenceUiHandlers(svc: EvidenceService, saveSettings: SaveSettings): Handlers<EvidenceUiToBackground> {
  return {
    feeds: () => feedStatuses(svc),
    async addFeed(_sender, url) {
      const check = validateFeedUrl(url);
      if (!check.ok) return check;
      const s = await svc.deps.settings();
      const isDefault = DEFAULT_FEEDS.some((f) => f.url === check.url);
      await saveSettings({
        addedFeeds: isDefault || s.addedFeeds.includes(check.url) ? s.addedFeeds : [...s.addedFeeds, check.url],
        removedFeeds: s.removedFeeds.filter((u) => u !== check.url),
      });
      return check;
    },
    async removeFeed(_sender, url) {
      const s = await svc.deps.settings();
      const isDefault = DEFAULT_FEEDS.some((f) => f.url === url);
      await saveSettings({
        addedFeeds: s.addedFeeds.filter((u) => u !== url),
        removedFeeds: isDefault && !s.removedFeeds.includes(url) ? [...s.removedFeeds, url] : s.removedFeeds,
      });
      await svc.deps.store.deleteFeed(url);
    },
    async pollFeedsNow() {
      await pollFeeds(svc, true);
      await drainFetchQueue(svc);
      return feedStatuses(svc);
    },
    evidenceStats: () => svc.deps.store.stats(),
    exportPack: () => exportPack(svc.deps.store, svc.deps.now()),
    async importPack(_sender, json) {
      const r = await svc.serial(async () => {
        const ix = await svc.getIndex();
        const out = await importPack(svc.deps.store, json, svc.deps.now());
        if (out.ok && out.urls?.length) {
          for (const u of out.urls) {
            const rec = await svc.deps.store.getArticle(u);
            if (rec) ix.add(rec.article);
          }
          await svc.indexChanged();
        }
        return out;
      });
      return r.ok ? { ok: true, added: r.added, skipped: r.skipped } : r;
    },
    async clearEvidence() {
      await svc.serial(async () => {
        await svc.deps.store.clear();
        svc.dropIndex();
      });
    },
    async setFactCheck(_sender, enabled, apiKey) {
      if (typeof enabled !== 'boolean') throw new TypeError('setFactCheck: enabled must be true or false');
      const patch: Partial<Settings> = { factCheckEnabled: enabled };
      if (typeof apiKey === 'string') patch.factCheckApiKey = apiKey.trim();
      await saveSettings(patch);
    },
  };
}
