/**
 * When the content script starts its work on a page. It is injected at document_idle, while the
 * page may still be loading (images, fonts, its own scripts): extraction and highlighting then share
 * the main thread and the machine's cores with that loading, slowing both. So analysis waits for the
 * load event, but no longer than LOAD_WAIT_MS (on news sites full of ads it can come many seconds
 * late), then for an idle period of the main thread, but no longer than IDLE_TIMEOUT_MS.
 */

/** The longest wait for the page's load event. */
export const LOAD_WAIT_MS = 1000;
/** The longest wait, after that, for an idle period. */
export const IDLE_TIMEOUT_MS = 1000;

/** The parts of a window the wait uses (a fake in tests). */
export type SettleWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> & {
  document: Pick<Document, 'readyState'>;
  requestIdleCallback?: Window['requestIdleCallback'];
};

function loaded(win: SettleWindow): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.readyState === 'complete') return resolve();
    const done = (): void => {
      win.clearTimeout(timer);
      win.removeEventListener('load', done);
      resolve();
    };
    const timer = win.setTimeout(done, LOAD_WAIT_MS);
    win.addEventListener('load', done);
  });
}

function idle(win: SettleWindow): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(resolve, 0);
  });
}

/** Resolves when the page has loaded (or LOAD_WAIT_MS passed) and its main thread is idle (or IDLE_TIMEOUT_MS passed). */
export async function pageSettled(win: SettleWindow): Promise<void> {
  await loaded(win);
  await idle(win);
}
