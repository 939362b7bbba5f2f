import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, pageSettled, type SettleWindow } from '../../../src/content/settle';

/** A window whose idle callbacks the test runs. */
function fakeWindow(withIdle = true) {
  const idle: { cb: () => void; timeout?: number }[] = [];
  const win = {
    setTimeout: (cb: () => void, ms?: number) => setTimeout(cb, ms),
    ...(withIdle ? { requestIdleCallback: (cb: () => void, opts?: { timeout?: number }) => (idle.push({ cb, timeout: opts?.timeout }), idle.length) } : {}),
  } as unknown as SettleWindow;
  return { win, idle };
}

describe('pageSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watch = (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    return () => done;
  };

  it('waits for an idle period, capped at IDLE_TIMEOUT_MS', async () => {
    const { win, idle } = fakeWindow();
    const done = watch(pageSettled(win));
    await vi.advanceTimersByTimeAsync(10);
    expect(done()).toBe(false);
    expect(idle).toHaveLength(1);
    expect(idle[0]!.timeout).toBe(IDLE_TIMEOUT_MS);
    idle[0]!.cb();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('without requestIdleCallback waits for the next task', async () => {
    const { win } = fakeWindow(false);
    const done = watch(pageSettled(win));
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });
});
