/** Helpers the e2e tests share: fixture variants and reading the page's highlights. */
import { readFileSync } from 'node:fs';
import type { FixtureServer } from '../server/fixture-server.mjs';

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
 * the page so the test build's content script throws (src/content/index.ts).
 */
export function routeVariants(server: FixtureServer, name = 'seed-000-korrespondent') {
  const page = seedPage(server, name);
  const html = readFileSync(page.file, 'utf8');
  const probe = html.replace('</body>', `${PAGE_PROBE}</body>`);
  const fault = probe.replace(/<html([^>]*)>/, '<html$1 data-zvirka-test-fault="throw">');
  const probeUrl = `${page.url}?variant=probe`;
  const faultUrl = `${page.url}?variant=fault`;
  server.route(probeUrl, probe);
  server.route(faultUrl, fault);
  return { page, probeUrl, faultUrl };
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
