/**
 * The background's answers to the content script and to the extension's pages. Dependencies are
 * passed in (storage, badge setter, tab messaging) so node tests run these against fakes.
 */
import type { BackgroundToContent, ContentToBackground, TabState, UiToBackground } from '../shared/protocol';
import type { Handlers, Sender } from '../shared/rpc';
import { badgeFor, type Badge } from './badge';
import type { ReportStore } from './reports';
import { applyReports } from '../core/reports';
import { stateOf } from '../shared/claim-state';
import type { TabStore } from './tab-store';

export interface BackgroundDeps {
  tabs: TabStore;
  reports: ReportStore;
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

/** A report filed from a page may only be changed from that page. */
async function ownReport(deps: BackgroundDeps, sender: Sender, id: string): Promise<void> {
  const r = await deps.reports.get(id);
  const page = (sender.tab?.url ?? sender.url ?? '').split('#')[0];
  if (!r || r.pageUrl !== page) throw new Error(`no report ${id} for this page`);
}

/** Handlers for content scripts (unprivileged). */
export function contentHandlers(deps: BackgroundDeps): Handlers<ContentToBackground> {
  return {
    // The page URL comes from the sender, never from the page's message.
    reportMismatch: (sender, input) => deps.reports.add(sender.tab?.url ?? sender.url ?? '', input),
    async commentReport(sender, id, comment) {
      await ownReport(deps, sender, id);
      await deps.reports.comment(id, comment);
    },
    async undoReport(sender, id) {
      await ownReport(deps, sender, id);
      await deps.reports.remove(id);
    },
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
    async reportMismatchInTab(_sender, tabId, input) {
      const state = await deps.tabs.get(tabId);
      if (!state) throw new Error(`tab ${tabId} has no analysed page`);
      return deps.reports.add(state.url, input);
    },
    listReports: () => deps.reports.list(),
    commentReport: (_sender, id, comment) => deps.reports.comment(id, comment),
    undoReport: (_sender, id) => deps.reports.remove(id),
    // The reader's reports apply to every answer: hidden links stay hidden, corrected stances stay corrected.
    async tabState(_sender, tabId) {
      const state = await deps.tabs.get(tabId);
      if (!state || state.status !== 'analysed') return state;
      const reports = await deps.reports.list();
      const claims = state.claims.map((c) => {
        const links = applyReports(c.links, state.url, c.quote, reports);
        return { ...c, links, state: stateOf(links) };
      });
      return { ...state, claims };
    },
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
