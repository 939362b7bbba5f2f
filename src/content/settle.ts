/**
 * When the content script starts its work on a page. It is injected at document_idle, while the
 * page may still be busy; extraction and highlighting start in an idle period of the main thread
 * (IDLE_TIMEOUT_MS at the latest), so they do not lengthen the page's own tasks. Not the load event:
 * on news sites full of ads it can come many seconds late, and waiting for it (capped at a second)
 * measured no better in the page-load bench.
 */

/** The longest wait for an idle period. */
export const IDLE_TIMEOUT_MS = 1000;

/** The parts of a window the wait uses (a fake in tests). */
export type SettleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: Window['requestIdleCallback'] };

/** Resolves in an idle period of the page's main thread (or after IDLE_TIMEOUT_MS); in the next task where there is no idle callback. */
export function pageSettled(win: SettleWindow): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(resolve, 0);
  });
}
