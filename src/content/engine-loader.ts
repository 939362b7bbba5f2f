/**
 * The content script comes in two parts, so no single task of the page's main thread carries both:
 * content.js (this side: settings, messaging, the card loader) is evaluated at document_idle on every
 * page of a supported site; engine.js (extraction, anchoring, highlights, the page controller; most
 * of the code, compiled eagerly) is injected by the background into the same isolated world, and so
 * evaluated in a task of its own, only on pages where Zvirka is on. It registers under ENGINE_KEY,
 * which page scripts cannot see.
 */
import { injectedLoader, provide } from './injected';
import type { runPage } from './page-run';

/** What engine.js gives the content script. */
export interface Engine {
  runPage: typeof runPage;
}

const ENGINE_KEY = '__zvirkaEngine';

/** Called by engine.js: makes the engine available to the content script. */
export function registerEngine(engine: Engine): void {
  provide(ENGINE_KEY, engine);
}

/** The engine, once `inject` has run engine.js (injected.ts). */
export function engineLoader(inject: () => Promise<void>): () => Promise<Engine> {
  return injectedLoader<Engine>('engine.js', ENGINE_KEY, inject);
}
