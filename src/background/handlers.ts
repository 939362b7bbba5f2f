/**
 * The background's answers to the content script and to the extension's pages. Dependencies are
 * passed in (storage, badge setter, tab messaging) so node tests run these against fakes.
 */
import { detectClaims } from '../core/claims/index';
import { loadGazetteer } from '../core/entities/gazetteer';
import type { Article, EvidenceLink } from '../core/types';
import type { BackgroundToContent, ContentToBackground, DetectedClaims, PageToBackground, TabState, TabsUiToBackground } from '../shared/protocol';
import type { Handlers, Sender } from '../shared/rpc';
import { badgeFor, type Badge } from './badge';
import type { ReportStore } from './reports';
import { applyReports } from '../core/reports';
import { stateOf } from '../shared/claim-state';
import type { TabStore } from './tab-store';

/** The scripts a content script may have injected into its own world: the page chooses nothing else. */
export type InjectedScript = 'card.js' | 'engine.js';

export interface BackgroundDeps {
  tabs: TabStore;
  reports: ReportStore;
  /** Called after a report is filed: sends it when the reader configured an endpoint. */
  reportFiled?(): void;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Runs one of the content script's own later parts in one frame of a tab, in its isolated world. */
  injectScript(tabId: number, frameId: number, file: InjectedScript): Promise<void>;
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

/** Longest article text the worker analyses for a page (a page is not a book; bounds the work). */
const MAX_DETECT_CHARS = 200_000;

/** The article's claims and the display names of the entities they attribute. */
function detectWithNames(article: Article): DetectedClaims {
  const chars = article.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (chars > MAX_DETECT_CHARS) throw new Error(`article too long to analyse (${chars} characters)`);
  const ref = article.published ? new Date(article.published) : undefined;
  const claims = detectClaims(article, { ref });
  const gazetteer = loadGazetteer();
  const names: Record<string, string> = {};
  for (const c of claims) {
    for (const id of [c.speaker, c.source, c.target]) {
      if (id && !(id in names)) names[id] = gazetteer.name(id, article.lang) ?? id;
    }
  }
  return { claims, names };
}

/** A report filed from a page may only be changed from that page. */
async function ownReport(deps: BackgroundDeps, sender: Sender, id: string): Promise<void> {
  const r = await deps.reports.get(id);
  const page = (sender.tab?.url ?? sender.url ?? '').split('#')[0];
  if (!r || r.pageUrl !== page) throw new Error(`no report ${id} for this page`);
}

/** Handlers for content scripts (unprivileged). */
export function contentHandlers(deps: BackgroundDeps): Handlers<PageToBackground> {
  return {
    detectClaims: (_sender, article) => detectWithNames(article),
    // The page URL comes from the sender, never from the page's message.
    async reportMismatch(sender, input) {
      const id = await deps.reports.add(sender.tab?.url ?? sender.url ?? '', input);
      deps.reportFiled?.();
      return id;
    },
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
    // Only into the frame that asked, and only our own scripts: the page chooses nothing here.
    loadCard: (sender) => deps.injectScript(tabIdOf(sender), sender.frameId ?? 0, 'card.js'),
    loadEngine: (sender) => deps.injectScript(tabIdOf(sender), sender.frameId ?? 0, 'engine.js'),
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

type LinksFor = Handlers<ContentToBackground>['linksFor'];

/**
 * Wraps the evidence linker so every answer has the reader's reports applied (hidden / corrected)
 * and speakers named in the claim's language for display.
 */
export function withReports(linksFor: LinksFor, deps: Pick<BackgroundDeps, 'reports'>): LinksFor {
  return async (sender, page, claims) => {
    const [links, reports] = await Promise.all([linksFor(sender, page, claims), deps.reports.list()]);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const gazetteer = loadGazetteer();
    const out: Record<string, EvidenceLink[]> = {};
    for (const [id, list] of Object.entries(links)) {
      const claim = byId.get(id);
      if (!claim) continue;
      const name = (id: string) => gazetteer.name(id, claim.lang) ?? id;
      const kept = applyReports(list, page.url, claim.quote, reports).map((l) => ({
        ...l,
        originName: name(l.origin),
        ...(l.speaker ? { speakerName: name(l.speaker) } : {}),
      }));
      if (kept.length) out[id] = kept;
    }
    return out;
  };
}

/** Handlers for the popup and options pages (privileged). */
export function uiHandlers(deps: BackgroundDeps): Handlers<TabsUiToBackground> {
  return {
    async reportMismatchInTab(_sender, tabId, input) {
      const state = await deps.tabs.get(tabId);
      if (!state) throw new Error(`tab ${tabId} has no analysed page`);
      const id = await deps.reports.add(state.url, input);
      deps.reportFiled?.();
      return id;
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
