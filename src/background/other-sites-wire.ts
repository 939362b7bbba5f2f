/**
 * The browser adapter of other sites (other-sites.ts holds the logic): keeps the content-script
 * registration in step with settings, with permissions granted or revoked in the browser's own UI,
 * and across restarts.
 */
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';
import { syncOtherSites, type ScriptingApi } from './other-sites';

/** Registers the listeners (call in the worker's first turn); returns "sync now". */
export function installOtherSites(log: (msg: string) => void): () => void {
  const sync = async (): Promise<void> => {
    const { otherSites } = await loadSettings(browser.storage.local);
    const { origins = [] } = await browser.permissions.getAll();
    await syncOtherSites(browser.scripting as unknown as ScriptingApi, otherSites, origins);
  };
  const syncLogged = () => void sync().catch((e: unknown) => log(`other sites: ${(e as Error).message}`));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) syncLogged();
  });
  browser.permissions.onAdded.addListener(syncLogged);
  browser.permissions.onRemoved.addListener(syncLogged);
  browser.runtime.onStartup.addListener(syncLogged);
  return syncLogged;
}
