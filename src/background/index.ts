// Background entry: wiring only. Logic lives in handlers.ts, tab-store.ts, badge.ts, reports.ts and
// evidence/; the *-wire.ts files adapt them to browser.* (alarms, permissions, scripting).
import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground, UiToBackground } from '../shared/protocol';
import { createClient, createServer, type Sender } from '../shared/rpc';
import { fromContentScript, fromExtensionPage } from '../shared/guards';
import { loadSettings, migrateSettings } from '../shared/settings';
import { TEST_HOOK_MARKER, type TestToBackground } from '../shared/test-hooks';
import { installEvidence } from './evidence/wire';
import { contentHandlers, uiHandlers, withReports, type BackgroundDeps } from './handlers';
import { installOtherSites } from './other-sites-wire';
import { ReportStore } from './reports';
import { installReportDelivery } from './reports-wire';
import { TabStore } from './tab-store';

const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
const log = (msg: string) => console.warn(`[zvirka] ${msg}`);

const sendReports = installReportDelivery(() => deps.reports, log);
const syncSites = installOtherSites(log);

const deps: BackgroundDeps = {
  tabs: new TabStore(browser.storage.session),
  reports: new ReportStore(
    browser.storage.local,
    () => crypto.randomUUID(),
    () => new Date(),
    async () => (await loadSettings(browser.storage.local)).reportEndpoint,
  ),
  reportFiled: () => sendReports(),
  async injectScript(tabId, frameId, file) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  },
  async setBadge(tabId, badge) {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setTitle({ tabId, title: badge.title || null });
  },
  contentOf: (tabId) => createClient<BackgroundToContent>('bg→content', (m) => browser.tabs.sendMessage(tabId, m)),
  now: () => new Date(),
};

type Listener = (msg: unknown, sender: Sender) => Promise<unknown> | undefined;
const listen = (l: Listener) => browser.runtime.onMessage.addListener(l as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

// Listeners are registered in the first turn: a worker woken by an alarm or a message must find them.
const evidence = installEvidence({ log });
const contentApi = { ...contentHandlers(deps), ...evidence.content, linksFor: withReports(evidence.content.linksFor, deps) };
listen(createServer<ContentToBackground>('content→bg', contentApi, fromContentScript(self), log));
listen(createServer<UiToBackground>('ui→bg', { ...uiHandlers(deps), ...evidence.ui }, fromExtensionPage(self), log));

browser.tabs.onRemoved.addListener((tabId) => void deps.tabs.clear(tabId));
browser.tabs.onUpdated.addListener((tabId, info) => {
  // A navigation to another document makes the recorded claims stale; hash changes do not.
  if (!info.url) return;
  void deps.tabs.get(tabId).then((state) => {
    if (state && state.url.split('#')[0] !== info.url!.split('#')[0]) return deps.tabs.clear(tabId);
  });
});
// Keyboard: the manifest's commands walk the claims of the active tab (its content script opens the card).
browser.commands.onCommand.addListener((command, tab) => {
  const direction = command === 'next-claim' ? 1 : command === 'prev-claim' ? -1 : 0;
  if (direction && typeof tab?.id === 'number') void deps.contentOf(tab.id).stepClaim(direction).catch(() => null);
});
browser.runtime.onInstalled.addListener(() => void migrateSettings(browser.storage.local).then(syncSites));

if (__ZVIRKA_TEST__) {
  listen(
    createServer<TestToBackground>(
      'test→bg',
      {
        async openExtensionPage(sender, page) {
          const query = page === 'popup.html' ? `?tab=${sender.tab?.id ?? ''}` : '';
          await browser.tabs.create({ url: browser.runtime.getURL(page) + query });
        },
        ...evidence.test,
      },
      fromContentScript(self),
      log,
    ),
  );
  console.info(TEST_HOOK_MARKER);
}
