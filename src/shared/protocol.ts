/**
 * The message protocol, declared once, per direction, as typed method signatures (STYLE.md 3).
 * Each interface is one channel; `src/shared/rpc.ts` turns it into a client (a typed proxy) and a
 * server (a listener that checks the sender, then calls the handler). Replies are Promises; errors
 * are serialized and re-thrown at the caller.
 */
import type { ClaimKind, EvidenceLink, Lang, Stance } from '../core/types';

/** A claim as the popup and the card show it. */
export interface ClaimView {
  id: string;
  text: string;
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

/** Calls a content script makes on the background. Unprivileged: the sender is a web page's tab. */
export interface ContentToBackground {
  /** The page was analysed; the background records it for the popup and sets the badge. */
  pageAnalyzed(report: PageReport): Promise<void>;
  /** The page is not an article (or the site is off): the reason is kept for the popup. */
  pageSkipped(url: string, why: { notArticle?: string; disabled?: boolean }): Promise<void>;
}

/** Calls the popup and options pages make on the background. Privileged: extension pages only. */
export interface UiToBackground {
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

/** Channel names, one per interface above. */
export type Channel = 'content→bg' | 'ui→bg' | 'bg→content' | 'test→bg';

export type { Stance };
