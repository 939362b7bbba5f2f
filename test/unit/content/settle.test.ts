import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, LOAD_WAIT_MS, pageSettled, type SettleWindow } from '../../../src/content/settle';

/** A window whose load state, load event and idle callbacks the test drives. */
function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
  const listeners = new Set<() => void>();
  const idle: { cb: () => void; timeout?: number }[] = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, cb: () => void) => void (type === 'load' && listeners.add(cb)),
    removeEventListener: (type: string, cb: () => void) => void (type === 'load' && listeners.delete(cb)),
    setTimeout: (cb: () => void, ms?: number) => setTimeout(cb, ms),
    clearTimeout: (id?: number) => clearTimeout(id),
    ...(withIdle ? { requestIdleCallback: (cb: () => void, opts?: { timeout?: number }) => (idle.push({ cb, timeout: opts?.timeout }), idle.length) } : {}),
  } as unknown as SettleWindow;
  return { win, load: () => [...listeners].forEach((l) => l()), listeners, idle };
}

describe('pageSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settledAfter = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return () => done;
  };

  it('waits for the load event, then for an idle period (capped), and leaves no listener behind', async () => {
    const { win, load, listeners, idle } = fakeWindow('interactive');
    const done = await settledAfter(pageSettled(win));
    expect(idle).toHaveLength(0);
    load();
    await vi.advanceTimersByTimeAsync(0);
    expect(listeners.size).toBe(0);
    expect(idle).toHaveLength(1);
    expect(idle[0]!.timeout).toBe(IDLE_TIMEOUT_MS);
    expect(done()).toBe(false);
    idle[0]!.cb();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('goes ahead after LOAD_WAIT_MS when the load event does not come', async () => {
    const { win, listeners, idle } = fakeWindow('loading');
    await settledAfter(pageSettled(win));
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS - 1);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveLength(1);
    expect(listeners.size).toBe(0);
  });

  it('on a loaded page waits only for idle, and without requestIdleCallback only for the next task', async () => {
    const loadedPage = fakeWindow('complete');
    await settledAfter(pageSettled(loadedPage.win));
    expect(loadedPage.idle).toHaveLength(1);
    const noIdle = fakeWindow('complete', false);
    const done = await settledAfter(pageSettled(noIdle.win));
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });
});
