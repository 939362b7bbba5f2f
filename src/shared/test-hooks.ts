/**
 * Hooks for the end-to-end tests, compiled in only by `node build.mjs --test-hooks` (into dist-test/).
 * Firefox's WebDriver BiDi refuses to navigate to moz-extension:// pages, so a test asks the page's
 * content script, by a window message, to have the background open an extension page in a tab.
 * Production bundles never contain this code (`__ZVIRKA_TEST__` is false and the branches are
 * dropped by the minifier); a unit test checks dist/ for the marker string below.
 */
export const TEST_HOOK_MARKER = 'zvirka-test-hook';

/** Calls the test build's content script makes on the background. */
export interface TestToBackground {
  /** Opens `popup.html?tab=<sender's tab>` (or another extension page) in a new tab. */
  openExtensionPage(page: 'popup.html' | 'options.html'): Promise<void>;
}
