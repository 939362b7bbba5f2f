import { describe, expect, it } from 'vitest';
import { uiHandlers, type BackgroundDeps } from '../../../src/background/handlers';
import { ReportStore } from '../../../src/background/reports';
import { TabStore } from '../../../src/background/tab-store';
import { fromExtensionPage } from '../../../src/shared/guards';
import type { ContentToBackground, PageReport, TabsUiToBackground, UiToBackground } from '../../../src/shared/protocol';
import { RemoteError, createClient, createServer } from '../../../src/shared/rpc';
import { TAB, wireBackground } from '../../fakes/background';

const PAGE = 'https://ua.korrespondent.net/world/4812345-rutte';
const report: PageReport = {
  url: PAGE,
  title: 'Рютте відзначив тісну співпрацю Москви та Пекіна',
  outlet: 'korrespondent.net',
  lang: 'uk',
  adapter: 'korrespondent',
  elapsedMs: 3.2,
  claims: [
    { id: 'c0', text: 'Китай спростував публікацію Reuters', quote: { exact: 'Китай спростував публікацію Reuters', prefix: '', suffix: '' }, kind: 'denial', speaker: 'Китай', checkworthiness: 0.9, state: 'none', links: [] },
  ],
};

const setup = () => wireBackground(PAGE);

describe('message protocol', () => {
  it('round-trips a page report from the content script to the popup through the background', async () => {
    const { content, popup, ext } = setup();
    await content.pageAnalyzed(report);
    const state = await popup.tabState(7);
    expect(state).toMatchObject({ status: 'analysed', tabId: 7, url: PAGE, claims: report.claims });
    expect(ext.badges.get(7)).toEqual({ text: '1', color: '#2446c8' });
    expect(await popup.tabState(8)).toBeNull();
  });

  it('relays focusClaim from the popup to the content script of that tab', async () => {
    const { popup, focused } = setup();
    expect(await popup.focusClaim(7, 'c0')).toBe(true);
    expect(await popup.focusClaim(7, 'c9')).toBe(false);
    // A tab without a content script answers false instead of throwing at the popup.
    expect(await popup.focusClaim(99, 'c0')).toBe(false);
    expect(focused).toEqual(['c0', 'c9']);
  });

  it("injects the card's and the engine's code into the asking tab's top frame, and nowhere else", async () => {
    const { content, injected } = setup();
    await content.loadCard();
    await content.loadEngine();
    expect(injected).toEqual([[TAB, 0, 'card.js'], [TAB, 0, 'engine.js']]);
  });

  it('refuses privileged calls from a content script', async () => {
    const { ext } = setup();
    const spoof = createClient<UiToBackground>('ui→bg', ext.sendFrom(ext.contentSender(7, PAGE)));
    await expect(spoof.tabState(7)).rejects.toMatchObject({ name: 'RemoteError', remoteName: 'Forbidden' });
  });

  it('refuses content calls from another extension, from frames and from non-web pages', async () => {
    const { ext } = setup();
    const other = { ...ext.contentSender(7, PAGE), id: 'someone-else' };
    const frame = { ...ext.contentSender(7, PAGE), frameId: 3 };
    const file = ext.contentSender(7, 'file:///etc/passwd');
    const noTab = { id: ext.id, url: PAGE };
    for (const sender of [other, frame, file, noTab]) {
      const c = createClient<ContentToBackground>('content→bg', ext.sendFrom(sender));
      await expect(c.pageAnalyzed(report)).rejects.toMatchObject({ remoteName: 'Forbidden' });
      await expect(c.loadCard()).rejects.toMatchObject({ remoteName: 'Forbidden' });
      await expect(c.loadEngine()).rejects.toMatchObject({ remoteName: 'Forbidden' });
    }
    const popup = createClient<UiToBackground>('ui→bg', ext.sendFrom(ext.pageSender('popup.html')));
    expect(await popup.tabState(7)).toBeNull();
  });

  it('re-throws handler errors at the caller and rejects unknown methods', async () => {
    const { ext } = setup();
    ext.backgroundListeners.unshift(
      createServer<{ boom(): Promise<void> }>('test→bg', { boom: () => Promise.reject(new TypeError('bad input')) }, () => true),
    );
    const c = createClient<{ boom(): Promise<void>; nope(): Promise<void> }>('test→bg', ext.sendFrom(ext.pageSender('x.html')));
    const err = await c.boom().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteError);
    expect(err).toMatchObject({ remoteName: 'TypeError', message: 'bad input' });
    await expect(c.nope()).rejects.toMatchObject({ remoteName: 'NoSuchMethod' });
  });

  it('keeps tab state across a background restart (state lives in storage, not in the worker)', async () => {
    const { ext, content } = setup();
    await content.pageAnalyzed(report);
    // A new worker: fresh listeners and handlers over the same storage.
    ext.backgroundListeners.length = 0;
    const self = { extensionId: ext.id, extensionOrigin: ext.origin };
    const deps2: BackgroundDeps = {
      tabs: new TabStore(ext.session),
      reports: new ReportStore(ext.local, () => 'x', () => new Date()),
      setBadge: async () => {},
      injectScript: async () => {},
      contentOf: () => ({ focusClaim: async () => false, stepClaim: async () => null }),
      now: () => new Date(),
    };
    ext.backgroundListeners.push(createServer<TabsUiToBackground>('ui→bg', uiHandlers(deps2), fromExtensionPage(self)));
    const popup = createClient<UiToBackground>('ui→bg', ext.sendFrom(ext.pageSender('popup.html')));
    expect((await popup.tabState(7))?.status).toBe('analysed');
  });

  it('ignores messages that are not its own, so other listeners can answer', () => {
    const server = createServer<UiToBackground>('ui→bg', {} as never, () => true);
    expect(server({ zvirka: 1, channel: 'content→bg', method: 'x', args: [] }, {})).toBeUndefined();
    expect(server('hello', {})).toBeUndefined();
    expect(server({ channel: 'ui→bg', method: 'tabState', args: [] }, {})).toBeUndefined();
  });
});
