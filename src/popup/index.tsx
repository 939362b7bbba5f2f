// Popup entry: wiring only (Popup.tsx renders, target-tab.ts picks the tab).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { UiToBackground } from '../shared/protocol';
import { createClient } from '../shared/rpc';
import { isSiteEnabled, loadSettings, saveSettings } from '../shared/settings';
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
    reportFor={(claim, link) => ({
      report: async (reason) => {
        const id = await tab;
        if (id === null) throw new Error('no tab');
        return bg.reportMismatchInTab(id, { claimQuote: claim.quote, evidenceUrl: link.url, evidenceSentence: link.sentence, shownStance: link.stance, reason });
      },
      comment: (id, text) => bg.commentReport(id, text),
      undo: (id) => bg.undoReport(id),
    })}
    siteEnabled={async (host) => isSiteEnabled(await loadSettings(browser.storage.local), host)}
    setSiteEnabled={async (host, on) => {
      const { disabledSites } = await loadSettings(browser.storage.local);
      const next = on ? disabledSites.filter((h) => h !== host) : [...new Set([...disabledSites, host])].sort();
      await saveSettings(browser.storage.local, { disabledSites: next });
    }}
  />,
  document.getElementById('app')!,
);
