/** Helpers the e2e tests share: fixture variants and reading the page's highlights. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../server/fixture-server.mjs';
import type { ChromiumSession } from './browsers';

/** The page's own behaviour that must survive Zvirka: a click counter and a timer. */
const PAGE_PROBE = `<script>
  window.__clicks = 0; window.__ticks = 0;
  document.addEventListener('click', function () { window.__clicks++; });
  setInterval(function () { window.__ticks++; }, 20);
</script>`;

/** The Korrespondent seed page (the product's defining example). */
export function seedPage(server: FixtureServer, name = 'seed-000-korrespondent') {
  const page = server.pages.find((p) => p.name === name);
  if (!page) throw new Error(`fixture ${name} is missing from test/fixtures/pages`);
  return page;
}

/**
 * Registers variants of a fixture page: `probe` adds the page-behaviour probe, `fault` also marks
 * the page so the test build's content script throws, `cardFault` so that its claim card cannot
 * load (src/content/index.ts).
 */
export function routeVariants(server: FixtureServer, name = 'seed-000-korrespondent') {
  const page = seedPage(server, name);
  const html = readFileSync(page.file, 'utf8');
  const probe = html.replace('</body>', `${PAGE_PROBE}</body>`);
  const fault = probe.replace(/<html([^>]*)>/, '<html$1 data-zvirka-test-fault="throw">');
  const cardFault = probe.replace(/<html([^>]*)>/, '<html$1 data-zvirka-test-fault="card">');
  const probeUrl = `${page.url}?variant=probe`;
  const faultUrl = `${page.url}?variant=fault`;
  const cardFaultUrl = `${page.url}?variant=card-fault`;
  server.route(probeUrl, probe);
  server.route(faultUrl, fault);
  server.route(cardFaultUrl, cardFault);
  return { page, probeUrl, faultUrl, cardFaultUrl };
}

/** Runs in the page: whether the test build's content script has finished (highlights, links). */
export function isReady(): boolean {
  return document.documentElement.dataset.zvirkaTestStatus === 'ready';
}

/** A new Chromium tab at `url`, once the content script is done with it. */
export async function openReady(session: ChromiumSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(isReady, undefined, { timeout: 20_000 });
  return page;
}

/**
 * Runs in the page: scrolls the first highlighted claim whose text holds `needle` ('' for any) to the
 * middle of the viewport and returns a point near the start of its first line, where a reader would
 * click; null when no highlighted claim holds it.
 */
export function claimPoint(needle: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
  for (const h of registry.values()) {
    for (const r of h) {
      if (!r.toString().includes(needle)) continue;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Runs in the page: the registered highlights, as name → texts. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
  for (const [name, h] of registry) out[name] = [...h].map((r) => r.toString());
  return out;
}

/** Runs in the page: the number of highlighted ranges. */
export function highlightCount(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
  if (!registry) return 0;
  let n = 0;
  for (const [, h] of registry) n += h.size;
  return n;
}

/** Runs in Chromium's extension service worker: the id of the tab showing `url`. */
export async function tabIdOf(url: string): Promise<number | undefined> {
  const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
  return (await api.tabs.query({ url }))[0]?.id;
}

/** Runs in Chromium's extension worker: sends a bg→content call to a tab, as the background does. */
export async function callTab([tabId, method, args]: readonly [number, string, readonly unknown[]]): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<{ value: unknown }> } } }).chrome;
  const reply = await api.tabs.sendMessage(tabId, { zvirka: 1, channel: 'bg→content', method, args });
  return reply.value;
}

/** Where the open card sits relative to the viewport and to the claim whose text contains `needle`. */
export interface CardGeometry {
  card: { top: number; bottom: number; left: number; right: number };
  /** Claim lines that intersect the card (must be none). */
  covered: number;
  view: { width: number; height: number };
  /** How far the card's content overflows it horizontally. */
  overflow: number;
  /** Font size of the card's quote, in CSS pixels. */
  quotePx: number;
}

/** Runs in the page (the test build's card has an open shadow root): the open card's geometry. */
export function cardGeometry(needle: string): CardGeometry {
  const card = document.querySelector('zvirka-card')!.shadowRoot!.querySelector('.zv-card')!;
  const b = card.getBoundingClientRect();
  const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
  const claim = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString().includes(needle))!;
  const covered = [...claim.getClientRects()].filter((l) => l.bottom > b.top && l.top < b.bottom && l.right > b.left && l.left < b.right).length;
  return {
    card: { top: b.top, bottom: b.bottom, left: b.left, right: b.right },
    covered,
    view: { width: document.documentElement.clientWidth, height: innerHeight },
    overflow: card.scrollWidth - card.clientWidth,
    quotePx: parseFloat(getComputedStyle(card.querySelector('.zv-quote')!).fontSize),
  };
}

/** Runs in a page: how far its content overflows the viewport horizontally, in CSS pixels. */
export function horizontalOverflow(): number {
  return document.scrollingElement!.scrollWidth - document.documentElement.clientWidth;
}
