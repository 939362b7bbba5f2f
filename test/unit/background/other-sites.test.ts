import { describe, expect, it } from 'vitest';
import { syncOtherSites, type ScriptingApi } from '../../../src/background/other-sites';
import { OTHER_SITES_SCRIPT_ID, matchesFor, parseSite } from '../../../src/shared/other-sites';

/** The registered content scripts, kept in memory as the browser keeps them. */
class FakeScripting implements ScriptingApi {
  readonly scripts = new Map<string, { id: string; matches: string[] }>();
  async getRegisteredContentScripts(filter?: { ids?: string[] }) {
    return [...this.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  }
  async registerContentScripts(scripts: { id: string; matches: string[] }[]) {
    for (const s of scripts) {
      if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      this.scripts.set(s.id, s);
    }
  }
  async updateContentScripts(scripts: { id: string; matches: string[] }[]) {
    for (const s of scripts) this.scripts.set(s.id, s);
  }
  async unregisterContentScripts(filter?: { ids?: string[] }) {
    for (const id of filter?.ids ?? [...this.scripts.keys()]) this.scripts.delete(id);
  }
}

describe('other sites', () => {
  it('reads what a reader types as a bare host, or says why not', () => {
    expect(parseSite(' ITVI.cc ')).toEqual({ host: 'itvi.cc' });
    expect(parseSite('https://www.example.com/news/1')).toEqual({ host: 'www.example.com' });
    expect(parseSite('')).toEqual({ error: 'empty' });
    expect(parseSite('localhost')).toHaveProperty('error');
    expect(parseSite('http://[::1]/')).toHaveProperty('error');
  });

  it('registers the content script only for sites whose permission is granted, and follows changes', async () => {
    const scripting = new FakeScripting();
    const granted = matchesFor(['itvi.cc', 'example.com']);
    expect(await syncOtherSites(scripting, ['itvi.cc', 'example.com', 'not-granted.org'], granted)).toEqual(['https://example.com/*', 'https://itvi.cc/*']);
    expect(scripting.scripts.get(OTHER_SITES_SCRIPT_ID)).toMatchObject({ matches: ['https://example.com/*', 'https://itvi.cc/*'], js: ['content.js'] });
    // A permission revoked in the browser's UI takes the site out.
    await syncOtherSites(scripting, ['itvi.cc', 'example.com'], matchesFor(['itvi.cc']));
    expect(scripting.scripts.get(OTHER_SITES_SCRIPT_ID)!.matches).toEqual(['https://itvi.cc/*']);
    await syncOtherSites(scripting, [], granted);
    expect(scripting.scripts.size).toBe(0);
  });
});
