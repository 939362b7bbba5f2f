// Content-script entry: wiring only. The page's analysis (page-run.ts: extract → detect → anchor →
// highlight → controller) is engine.js, which the background injects when Zvirka is on for the page.
// Every step is contained: an exception is logged and the page carries on untouched (content
// scripts run in an isolated world; nothing here throws into it).
import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground } from '../shared/protocol';
import { createClient, createServer, type Sender } from '../shared/rpc';
import { fromExtension } from '../shared/guards';
import { isSiteEnabled, loadSettings } from '../shared/settings';
import type { TestToBackground } from '../shared/test-hooks';
import { lazyCardFactory } from './card-loader';
import type { PageController } from './controller';
import { engineLoader } from './engine-loader';
import { showNotice } from './notice';

const log = (msg: string, err?: unknown) => console.warn(`[zvirka] ${msg}`, err ?? '');
const bg = createClient<ContentToBackground>('content→bg', (m) => browser.runtime.sendMessage(m));
const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
let controller: PageController | null = null;
/** Extraction, anchoring and highlights (engine.js), injected when the page is to be analysed. */
const loadEngine = engineLoader(() => bg.loadEngine());
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
  // engine.js, evaluated in a task of its own (engine-loader.ts), then the page's analysis (page-run.ts).
  const engine = await loadEngine();
  await engine.runPage({
    doc: document,
    win: window,
    url,
    bg,
    cards,
    log,
    notify: (text) => showNotice(document, text),
    onController: (c) => (controller = c),
    testStatus,
  });
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
