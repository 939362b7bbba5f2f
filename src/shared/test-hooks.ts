/**
 * Hooks for the end-to-end tests, compiled in only by `node build.mjs --test-hooks` (into dist-test/).
 * Firefox's WebDriver BiDi refuses to navigate to moz-extension:// pages, so a test asks the page's
 * content script, by a window message, to have the background open an extension page in a tab.
 * Production bundles never contain this code (`__ZVIRKA_TEST__` is false and the branches are
 * dropped by the minifier); a unit test checks dist/ for the marker string below.
 */
export const TEST_HOOK_MARKER = 'zvirka-test-hook';

/** Calls the test build's content script makes on the background. */
export interface TestToBackground extends EvidenceTestToBackground {
  /** Opens `popup.html?tab=<sender's tab>` (or another extension page) in a new tab. */
  openExtensionPage(page: 'popup.html' | 'options.html'): Promise<void>;
}

/**
 * Evidence hooks of the test build (src/background/evidence/wire.ts). The background entry merges
 * them into the 'test→bg' server; the Chromium e2e also reaches them in the worker as
 * `globalThis.__zvirkaEvidence` (playwright's worker.evaluate), since a worker cannot message itself.
 */
export interface EvidenceTestToBackground {
  /** Polls every feed now, drains the fetch queue (waiting out host gaps, bounded), saves the index snapshot; the counts. */
  pollFeedsNow(): Promise<{ polled: number; indexed: number; fetched: number; queued: number }>;
  /** Counts of what is stored (as the options page sees them). */
  evidenceCounts(): Promise<{ articles: number; byObtained: Record<string, number>; queued: number; indexSize: number; feedsWithState: number; snapshotCurrent: boolean }>;
  /** Extracts `url` (fetched by the background), detects its claims and returns their links: claim text → stances. */
  linksForUrl(url: string): Promise<{ text: string; stances: string[]; urls: string[] }[]>;
}
