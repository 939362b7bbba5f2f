/**
 * The claim card (card-host.ts, Preact and the card UI: about a third of the content script) is a
 * separate script, card.js, loaded the first time the reader opens a card: every page load pays to
 * evaluate content.js, and most readers open no card on most pages. card.js runs in the content
 * script's isolated world (the background injects it with `scripting.executeScript`), where it
 * registers the card host class under CARD_HOST_KEY; page scripts cannot see that world.
 */
import type { CardHooks, CardHost } from './card-host';

/** Makes the card host for a page, at once when its code is loaded, else once card.js has run. */
export type CardFactory = (doc: Document, hooks: CardHooks) => CardHost | Promise<CardHost>;

type CardHostClass = new (doc: Document, hooks: CardHooks) => CardHost;

const CARD_HOST_KEY = '__zvirkaCardHost';

/** Called by card.js: makes the card host class available to the content script. */
export function registerCardHost(ctor: CardHostClass): void {
  (globalThis as Record<string, unknown>)[CARD_HOST_KEY] = ctor;
}

function registered(): CardHostClass | undefined {
  return (globalThis as Record<string, unknown>)[CARD_HOST_KEY] as CardHostClass | undefined;
}

/** A factory that has `inject` run card.js once, on first use (a failed load is retried next time). */
export function lazyCardFactory(inject: () => Promise<void>): CardFactory {
  let loading: Promise<void> | null = null;
  return (doc, hooks) => {
    const ready = registered();
    if (ready) return new ready(doc, hooks);
    loading ??= inject().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading.then(() => {
      const ctor = registered();
      if (!ctor) throw new Error('card.js ran but registered no card host');
      return new ctor(doc, hooks);
    });
  };
}
