// Options entry: wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings, saveSettings } from '../shared/settings';
import { installPageStyles } from '../ui/page-styles';
import { Options } from './Options';

installPageStyles(document);
render(
  <Options load={() => loadSettings(browser.storage.local)} save={(patch) => saveSettings(browser.storage.local, patch)} />,
  document.getElementById('app')!,
);
