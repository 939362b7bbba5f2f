/** Running sliced engine work (generators that yield between small steps): all at once, or by time budget. */

/** The outcome of `advance`: the claims once the generator is done. */
export type SliceResult<T> = { done: true; value: T } | { done: false };

/**
 * Runs `steps` until it finishes or `budgetMs` has passed by `clock` (the caller's performance.now:
 * the engine reads no clock of its own). At least one step runs per call, so progress is guaranteed.
 */
export function advance<T>(steps: Generator<void, T>, budgetMs: number, clock: () => number): SliceResult<T> {
  const until = clock() + budgetMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (clock() >= until) return { done: false };
  }
}

/** Runs `steps` to the end in one go (the non-sliced entry points). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
