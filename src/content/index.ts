// Content-script entry: wiring only. The work is in pipeline.ts (extract → detect → anchor),
// highlight.ts and controller.ts. Every step is contained: an exception is logged and the page
// carries on untouched (content scripts run in an isolated world; nothing here throws into it).
import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground } from '../shared/protocol';
import { createClient, createServer, type Sender } from '../shared/rpc';
import { fromExtension } from '../shared/guards';
import { isSiteEnabled, loadSettings } from '../shared/settings';
import type { TestToBackground } from '../shared/test-hooks';
import { lazyCardFactory } from './card-loader';
import { PageController, type Reporter } from './controller';
import { Highlighter, customHighlightSink } from './highlight';
import { showNotice } from './notice';
import { overlaySink } from './overlay';
import { anchorClaims, extractLive } from './pipeline';
import { pageSettled } from './settle';
import { toView } from './views';

const log = (msg: string, err?: unknown) => console.warn(`[zvirka] ${msg}`, err ?? '');
const bg = createClient<ContentToBackground>('content→bg', (m) => browser.runtime.sendMessage(m));
const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
let controller: PageController | null = null;
/** The claim card's code (card.js) is injected on the first open (card-loader.ts). */
const cards = lazyCardFactory(() =>
  // Test build only: a page can ask for a card that cannot load (e2e of the reader's notice).
  __ZVIRKA_TEST__ && document.documentElement.dataset.zvirkaTestFault === 'card' ? Promise.reject(new Error('injected card fault (test build)')) : bg.loadCard(),
);

/** Test build only: tells e2e tests where the content script got to (no such attribute in production). */
function testStatus(status: 'ready' | 'skipped' | 'failed'): void {
  if (__ZVIRKA_TEST__) document.documentElement.dataset.zvirkaTestStatus = status;
}

async function run(): Promise<void> {
  const url = location.href;
  const settings = await loadSettings(browser.storage.local);
  if (!isSiteEnabled(settings, location.hostname)) {
    await bg.pageSkipped(url, { disabled: true });
    testStatus('skipped');
    return;
  }
  if (__ZVIRKA_TEST__ && document.documentElement.dataset.zvirkaTestFault === 'throw') {
    throw new Error('injected fault (test build)');
  }
  // Extraction starts in an idle period of the page's main thread (capped: settle.ts).
  await pageSettled(window);
  // Main-thread work is measured in two parts around the worker's detection (which runs off-thread).
  performance.mark('zvirka:start');
  const live = extractLive(document, url);
  performance.mark('zvirka:extracted');
  if ('notArticle' in live) {
    await bg.pageSkipped(url, { notArticle: live.reason });
    testStatus('skipped');
    return;
  }
  const { article } = live;
  const { claims, names } = await bg.detectClaims(article);
  performance.mark('zvirka:detected');
  const ranges = anchorClaims(document, live, claims);
  const views = claims.filter((c) => ranges.has(c.id)).map((c) => toView(c, [], (id) => names[id]));
  const CSSx = globalThis.CSS as unknown as { highlights?: Map<string, unknown> };
  const sink = customHighlightSink(CSSx.highlights, (globalThis as unknown as { Highlight?: never }).Highlight) ?? overlaySink(document);
  const highlighter = new Highlighter(sink);
  highlighter.setAll(views.map((v) => [v.id, ranges.get(v.id)!, v.state] as const));
  const reporter: Reporter = {
    report: (input) => bg.reportMismatch(input),
    comment: (id, text) => bg.commentReport(id, text),
    undo: (id) => bg.undoReport(id),
  };
  controller = new PageController(document, views, highlighter, cards, reporter, log, (text) => showNotice(document, text));
  performance.mark('zvirka:end');
  const extractMs = performance.measure('zvirka:extract', 'zvirka:start', 'zvirka:extracted').duration;
  const anchorMs = performance.measure('zvirka:highlight', 'zvirka:detected', 'zvirka:end').duration;
  const duration = extractMs + anchorMs;
  performance.measure('zvirka:until-highlights', 'zvirka:start', 'zvirka:end');
  const report = () => ({
    url,
    title: article.title,
    outlet: article.outlet,
    lang: article.lang,
    adapter: article.adapter,
    claims: controller?.currentViews() ?? views,
    elapsedMs: Math.round(duration * 10) / 10,
  });
  await bg.pageAnalyzed(report());
  // Evidence: the page joins the reader's index (its in-body links are queued), then its claims get
  // their links; highlights, card, popup and badge follow.
  const anchored = claims.filter((c) => ranges.has(c.id));
  const page = { url, canonicalUrl: article.canonicalUrl, published: article.published, outlet: article.outlet };
  await bg.pageArticle(article).catch((e: unknown) => log('could not index the page', e));
  const links = await bg.linksFor(page, anchored);
  if (!controller) return;
  for (const [id, list] of Object.entries(links)) controller.setLinks(id, list);
  if (Object.keys(links).length) await bg.pageAnalyzed(report());
  testStatus('ready');
}

type Listener = (msg: unknown, sender: Sender) => Promise<unknown> | undefined;
browser.runtime.onMessage.addListener(
  createServer<BackgroundToContent>(
    'bg→content',
    {
      focusClaim: (_s, claimId) => controller?.focus(claimId) ?? false,
      stepClaim: (_s, direction) => controller?.step(direction) ?? null,
    },
    fromExtension(self),
    log,
  ) as Listener as Parameters<typeof browser.runtime.onMessage.addListener>[0],
);

if (__ZVIRKA_TEST__) {
  const testBg = createClient<TestToBackground>('test→bg', (m) => browser.runtime.sendMessage(m));
  window.addEventListener('message', (e) => {
    if (e.source === window && e.data?.zvirkaTest === 'open-popup') void testBg.openExtensionPage('popup.html');
    if (e.source === window && e.data?.zvirkaTest === 'open-options') void testBg.openExtensionPage('options.html');
  });
}

function start(): void {
  run().catch((err) => {
    log('analysis failed; the page is left as it was', err);
    controller?.destroy();
    controller = null;
    testStatus('failed');
  });
}

if (window.top === window) {
  start();
  // The popup's per-site switch and the options page take effect on open pages at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    void loadSettings(browser.storage.local).then((settings) => {
      const on = isSiteEnabled(settings, location.hostname);
      if (!on && controller) {
        controller.destroy();
        controller = null;
        void bg.pageSkipped(location.href, { disabled: true });
      } else if (on && !controller) {
        start();
      }
    });
  });
}
