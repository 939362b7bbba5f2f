// Options entry: wiring only (Options.tsx and sections/ render; api.ts is what they need).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { UiToBackground } from '../shared/protocol';
import { createClient } from '../shared/rpc';
import { loadSettings, saveSettings } from '../shared/settings';
import { installPageStyles } from '../ui/page-styles';
import type { OptionsApi } from './api';
import { Options } from './Options';

installPageStyles(document);
const api: OptionsApi = {
  bg: createClient<UiToBackground>('ui→bg', (m) => browser.runtime.sendMessage(m)),
  loadSettings: () => loadSettings(browser.storage.local),
  saveSettings: (patch) => saveSettings(browser.storage.local, patch),
  requestHost: (origin) => browser.permissions.request({ origins: [origin] }),
  removeHost: (origin) => browser.permissions.remove({ origins: [origin] }),
  download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
render(<Options api={api} />, document.getElementById('app')!);
