/**
 * The claim card (card-host.ts, Preact and the card UI: about a third of the content script) is a
 * separate script, card.js, loaded the first time the reader opens a card: every page load pays to
 * evaluate content.js, and most readers open no card on most pages. card.js runs in the content
 * script's isolated world (the background injects it with `scripting.executeScript`), where it
 * registers the card host class under CARD_HOST_KEY; page scripts cannot see that world.
 */
import type { CardHooks, CardHost } from './card-host';
import { injectedLoader, provide, provided } from './injected';

/** Makes the card host for a page, at once when its code is loaded, else once card.js has run. */
export type CardFactory = (doc: Document, hooks: CardHooks) => CardHost | Promise<CardHost>;

type CardHostClass = new (doc: Document, hooks: CardHooks) => CardHost;

const CARD_HOST_KEY = '__zvirkaCardHost';

/** Called by card.js: makes the card host class available to the content script. */
export function registerCardHost(ctor: CardHostClass): void {
  provide(CARD_HOST_KEY, ctor);
}

/** A factory that has `inject` run card.js once, on first use (a failed load is retried next time). */
export function lazyCardFactory(inject: () => Promise<void>): CardFactory {
  const load = injectedLoader<CardHostClass>('card.js', CARD_HOST_KEY, inject);
  return (doc, hooks) => {
    // Loaded already: the host at once, not a promise (the card opens in the same task as the click).
    const ready = provided<CardHostClass>(CARD_HOST_KEY);
    return ready ? new ready(doc, hooks) : load().then((ctor) => new ctor(doc, hooks));
  };
}
