/**
 * The parts of the content script that the background injects later into the same isolated world
 * (card.js, engine.js): each registers what it provides under a key of that world's global object,
 * which page scripts cannot see, and the content script loads it on first need.
 */

/** Called by an injected script: makes `value` available to the content script under `key`. */
export function provide(key: string, value: unknown): void {
  (globalThis as Record<string, unknown>)[key] = value;
}

/** What an injected script registered under `key`, if it ran. */
export function provided<T>(key: string): T | undefined {
  return (globalThis as Record<string, unknown>)[key] as T | undefined;
}

/**
 * What `file` registers under `key`, once `inject` has run it: at once when it already ran, at most
 * one injection at a time, and a failed one is tried again on the next call.
 */
export function injectedLoader<T>(file: string, key: string, inject: () => Promise<void>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const ready = provided<T>(key);
    if (ready) return Promise.resolve(ready);
    loading ??= inject().then(
      () => {
        loading = null;
        const value = provided<T>(key);
        if (!value) throw new Error(`${file} ran but registered nothing under ${key}`);
        return value;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  };
}
