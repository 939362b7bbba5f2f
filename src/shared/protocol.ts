/**
 * The message protocol, declared once, per direction, as typed method signatures (STYLE.md 3).
 * Each interface is one channel; `src/shared/rpc.ts` turns it into a client (a typed proxy) and a
 * server (a listener that checks the sender, then calls the handler). Replies are Promises; errors
 * are serialized and re-thrown at the caller.
 */
import type { Article, Claim, ClaimKind, EvidenceLink, Lang, MismatchReport, TextQuote } from '../core/types';
import type { FeedUrlCheck } from './feeds';

/** A claim as the popup and the card show it. */
export interface ClaimView {
  id: string;
  text: string;
  /** The claim's TextQuote: what a mismatch report names the claim by. */
  quote: TextQuote;
  kind: ClaimKind;
  /** Display names, resolved in the page's language. */
  speaker?: string;
  source?: string;
  checkworthiness: number;
  /** Derived from links: any `denies` → denied; any `corroborates` → corroborated. */
  state: ClaimState;
  links: EvidenceLink[];
}

export type ClaimState = 'denied' | 'corroborated' | 'none';

/** What the content script found on its page. */
export interface PageReport {
  url: string;
  title: string;
  outlet: string;
  lang: Lang;
  adapter: string;
  claims: ClaimView[];
  /** Main-thread milliseconds spent on extraction, detection and highlighting. */
  elapsedMs: number;
}

/** The background's record of a tab, as the popup reads it. */
export type TabState =
  | ({ status: 'analysed'; tabId: number; updatedAt: string } & PageReport)
  | { status: 'not-article'; tabId: number; url: string; reason: string; updatedAt: string }
  | { status: 'disabled'; tabId: number; url: string; updatedAt: string };

/** A mismatch report as a page or the popup files it; the background adds id, time, delivery and
 * (for content scripts) the page URL from the sender, never trusting the page for it. */
export type ReportInput = Pick<MismatchReport, 'claimQuote' | 'evidenceUrl' | 'evidenceSentence' | 'shownStance' | 'reason'> & { comment?: string };

/** Calls a content script makes on the background. Unprivileged: the sender is a web page's tab. */
export interface ContentToBackground extends PageToBackground, EvidenceContentToBackground {}

/** Calls the popup and options pages make on the background. Privileged: extension pages only. */
export interface UiToBackground extends TabsUiToBackground, EvidenceUiToBackground {}

/** Claims detected in an article, with display names for the entities they name. */
export interface DetectedClaims {
  claims: Claim[];
  /** Entity id → display name in the article's language. */
  names: Record<string, string>;
}

/** The page's claims, tab state and reports (the evidence calls are in EvidenceContentToBackground). */
export interface PageToBackground {
  /** Detects the article's claims (in the worker, off the page's main thread). */
  detectClaims(article: Article): Promise<DetectedClaims>;
  /** Files a mismatch report about a link shown for a claim on the sender's page; resolves to its id. */
  reportMismatch(input: ReportInput): Promise<string>;
  /** Adds a comment to a report this page filed. */
  commentReport(id: string, comment: string): Promise<void>;
  /** Withdraws a report this page filed (the link shows again as before). */
  undoReport(id: string): Promise<void>;
  /** The page was analysed; the background records it for the popup and sets the badge. */
  pageAnalyzed(report: PageReport): Promise<void>;
  /** The page is not an article (or the site is off): the reason is kept for the popup. */
  pageSkipped(url: string, why: { notArticle?: string; disabled?: boolean }): Promise<void>;
  /** Runs card.js (the claim card's code) in the calling frame's content-script world (card-loader.ts). */
  loadCard(): Promise<void>;
  /** Runs engine.js (extraction, anchoring, highlights) in the calling frame's content-script world (engine-loader.ts). */
  loadEngine(): Promise<void>;
}

/** Tabs, claims and reports for the popup and options (the evidence calls are in EvidenceUiToBackground). */
export interface TabsUiToBackground {
  /** Files a mismatch report about a link shown for a claim of a tab's page; resolves to its id. */
  reportMismatchInTab(tabId: number, input: ReportInput): Promise<string>;
  /** Every report, newest first (never evicted). */
  listReports(): Promise<MismatchReport[]>;
  /** Adds or replaces a report's comment. */
  commentReport(id: string, comment: string): Promise<void>;
  /** Withdraws a report. */
  undoReport(id: string): Promise<void>;
  /** What is known about a tab, or null when its page was never analysed. */
  tabState(tabId: number): Promise<TabState | null>;
  /** Scroll the tab to a claim and open its card; false when the page no longer has it. */
  focusClaim(tabId: number, claimId: string): Promise<boolean>;
}

/** Calls the background makes on a tab's content script. */
export interface BackgroundToContent {
  /** Scroll to the claim and open its card; false when the claim is not on the page. */
  focusClaim(claimId: string): Promise<boolean>;
  /** Move to the next (1) or previous (-1) claim in reading order and open its card; its id, or null. */
  stepClaim(direction: 1 | -1): Promise<string | null>;
}

/** The page a claim is on, as the evidence index needs it. */
export interface PageRef {
  url: string;
  canonicalUrl?: string;
  published?: string;
  outlet: string;
}

/** A feed and how its polling goes, as the options page shows it. */
export interface FeedStatus {
  url: string;
  outlet: string;
  name: string;
  /** Whether the reader added it (removable) or it is a default. */
  added: boolean;
  /** ISO time of the last 200/304 answer. */
  lastSuccess?: string;
  /** Why the last poll failed ("HTTP 503", "not an RSS or Atom feed: …"). */
  lastError?: string;
  /** Items in the last feed that was read. */
  items: number;
  /** ISO time of the next poll; absent when polling stopped. */
  nextPoll?: string;
  /** Consecutive failures; polling stops at a limit and `stopped` says why. */
  failures: number;
  stopped?: string;
}

/** How much evidence is stored, for the options page. */
export interface EvidenceStats {
  articles: number;
  /** Articles by how they were obtained. */
  byObtained: Record<string, number>;
  bytes: number;
  queued: number;
  oldest?: string;
}

/** An import's outcome: what was added, or why nothing was. */
export type PackImportResult = { ok: true; added: number; skipped: number } | { ok: false; reason: string };

/**
 * Evidence calls of the content script (src/background/evidence/handlers.ts). ContentToBackground
 * extends this once the background entry merges the evidence handlers into its content handlers.
 */
export interface EvidenceContentToBackground {
  /** The article of the page the reader opened: indexed as evidence, its in-body links to supported outlets queued. */
  pageArticle(article: Article): Promise<void>;
  /** Evidence links for the page's claims, by claim id (claims without links are left out). */
  linksFor(page: PageRef, claims: Claim[]): Promise<Record<string, EvidenceLink[]>>;
}

/** Evidence calls of the options page (privileged); UiToBackground extends this once wired. */
export interface EvidenceUiToBackground {
  /** Every active feed with its polling status. */
  feeds(): Promise<FeedStatus[]>;
  /** Adds a reader feed (https only); says when an optional host permission must be granted first. */
  addFeed(url: string): Promise<FeedUrlCheck>;
  /** Removes a feed (a default one is remembered as removed). */
  removeFeed(url: string): Promise<void>;
  /** Polls every active feed now (stopped feeds restart), politely; returns the new statuses. */
  pollFeedsNow(): Promise<FeedStatus[]>;
  /** Counts of what is stored. */
  evidenceStats(): Promise<EvidenceStats>;
  /** The stored evidence as an evidence pack (PACKS.md), JSON text. */
  exportPack(): Promise<string>;
  /** Imports an evidence pack; a pack with any problem is refused whole with the reason. */
  importPack(json: string): Promise<PackImportResult>;
  /** Deletes stored evidence, feed state and the fetch queue (mismatch reports are kept: they live apart). */
  clearEvidence(): Promise<void>;
  /** Turns Google Fact Check Tools on or off and sets its key (claim text is sent to Google when on). */
  setFactCheck(enabled: boolean, apiKey?: string): Promise<void>;
}

/** Channel names, one per interface above. */
export type Channel = 'content→bg' | 'ui→bg' | 'bg→content' | 'test→bg';

