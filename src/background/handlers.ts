/**
 * The background's answers to the content script and to the extension's pages. Dependencies are
 * passed in (storage, badge setter, tab messaging) so node tests run these against fakes.
 */
import type { BackgroundToContent, ContentToBackground, TabState, UiToBackground } from '../shared/protocol';
import type { Handlers, Sender } from '../shared/rpc';
import { badgeFor, type Badge } from './badge';
import type { TabStore } from './tab-store';

export interface BackgroundDeps {
  tabs: TabStore;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** A client for the content script of one tab. */
  contentOf(tabId: number): BackgroundToContent;
  now(): Date;
}

function tabIdOf(sender: Sender): number {
  const id = sender.tab?.id;
  // The guard already checked this; the throw keeps the type honest.
  if (typeof id !== 'number') throw new Error('message without a tab');
  return id;
}

async function record(deps: BackgroundDeps, state: TabState): Promise<void> {
  await deps.tabs.put(state);
  await deps.setBadge(state.tabId, badgeFor(state));
}

/** Handlers for content scripts (unprivileged). */
export function contentHandlers(deps: BackgroundDeps): Handlers<ContentToBackground> {
  return {
    async pageAnalyzed(sender, report) {
      const tabId = tabIdOf(sender);
      await record(deps, { status: 'analysed', tabId, updatedAt: deps.now().toISOString(), ...report });
    },
    async pageSkipped(sender, url, why) {
      const tabId = tabIdOf(sender);
      const updatedAt = deps.now().toISOString();
      const state: TabState = why.disabled
        ? { status: 'disabled', tabId, url, updatedAt }
        : { status: 'not-article', tabId, url, reason: why.notArticle ?? 'not an article', updatedAt };
      await record(deps, state);
    },
  };
}

/** Handlers for the popup and options pages (privileged). */
export function uiHandlers(deps: BackgroundDeps): Handlers<UiToBackground> {
  return {
    tabState: (_sender, tabId) => deps.tabs.get(tabId),
    async focusClaim(_sender, tabId, claimId) {
      try {
        return await deps.contentOf(tabId).focusClaim(claimId);
      } catch {
        // The tab navigated or its content script is gone: nothing to focus.
        return false;
      }
    },
  };
}
