/**
 * Keeps the dynamic content-script registration equal to the reader's other sites whose permission
 * is still granted (a permission revoked in the browser's own UI takes the site out).
 */
import { OTHER_SITES_SCRIPT_ID, matchesFor } from '../shared/other-sites';

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  updateContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** Registers (or updates, or removes) the content script for `hosts` that are in `granted` origins. */
export async function syncOtherSites(scripting: ScriptingApi, hosts: readonly string[], granted: readonly string[]): Promise<string[]> {
  const matches = matchesFor(hosts).filter((m) => granted.includes(m));
  const existing = await scripting.getRegisteredContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await scripting.unregisterContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
    return [];
  }
  const script = { id: OTHER_SITES_SCRIPT_ID, matches, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true };
  if (existing.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return matches;
}
