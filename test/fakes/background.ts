/**
 * The real background handlers wired to the in-memory browser fake: one tab (7) showing `pageUrl`
 * with a content script that answers focus/step requests, a content-script client and a popup client.
 */
import { contentHandlers, uiHandlers, type BackgroundDeps } from '../../src/background/handlers';
import { ReportStore } from '../../src/background/reports';
import { TabStore } from '../../src/background/tab-store';
import { fromContentScript, fromExtension, fromExtensionPage } from '../../src/shared/guards';
import type { BackgroundToContent, ContentToBackground, PageToBackground, TabsUiToBackground, UiToBackground } from '../../src/shared/protocol';
import { createClient, createServer } from '../../src/shared/rpc';
import { FakeExtension } from './browser';

export const TAB = 7;

export function wireBackground(pageUrl: string) {
  const ext = new FakeExtension();
  const self = { extensionId: ext.id, extensionOrigin: ext.origin };
  const focused: string[] = [];
  ext.tabListeners.set(TAB, [
    createServer<BackgroundToContent>(
      'bg→content',
      { focusClaim: (_s, id) => (focused.push(id), id === 'c0'), stepClaim: (_s, d) => (d === 1 ? 'c1' : null) },
      fromExtension(self),
    ),
  ]);
  let n = 0;
  /** What was injected where: [tab, frame, file]. */
  const injected: [number, number, string][] = [];
  const deps: BackgroundDeps = {
    tabs: new TabStore(ext.session),
    reports: new ReportStore(ext.local, () => `r${n++}`, () => new Date(Date.UTC(2026, 4, 20, 15, 0, n))),
    setBadge: async (tabId, b) => void ext.badges.set(tabId, { text: b.text, color: b.color }),
    injectScript: async (tabId, frameId, file) => void injected.push([tabId, frameId, file]),
    contentOf: (tabId) => createClient<BackgroundToContent>('bg→content', ext.sendToTab(tabId)),
    now: () => new Date('2026-05-20T15:00:00Z'),
  };
  ext.backgroundListeners.push(
    createServer<PageToBackground>('content→bg', contentHandlers(deps), fromContentScript(self)),
    createServer<TabsUiToBackground>('ui→bg', uiHandlers(deps), fromExtensionPage(self)),
  );
  const contentAt = (url: string) => createClient<ContentToBackground>('content→bg', ext.sendFrom(ext.contentSender(TAB, url)));
  const content = contentAt(pageUrl);
  const popup = createClient<UiToBackground>('ui→bg', ext.sendFrom(ext.pageSender('popup.html')));
  return { ext, deps, content, contentAt, popup, focused, injected };
}
