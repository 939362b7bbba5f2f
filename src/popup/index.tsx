// Popup entry: wiring only (Popup.tsx renders, target-tab.ts picks the tab).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { UiToBackground } from '../shared/protocol';
import { createClient } from '../shared/rpc';
import { installPageStyles } from '../ui/page-styles';
import { Popup } from './Popup';
import { targetTab } from './target-tab';

installPageStyles(document);
const bg = createClient<UiToBackground>('ui→bg', (m) => browser.runtime.sendMessage(m));
const tab = targetTab(location.search, () => browser.tabs.query({ active: true, currentWindow: true }));
const inOwnTab = new URLSearchParams(location.search).has('tab');

render(
  <Popup
    load={async () => {
      const id = await tab;
      return id === null ? null : bg.tabState(id);
    }}
    focusClaim={async (claimId) => {
      const id = await tab;
      const ok = id !== null && (await bg.focusClaim(id, claimId));
      // The toolbar popup closes so the reader sees the page; a popup opened as a tab stays.
      if (ok && !inOwnTab) window.close();
      return ok;
    }}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
