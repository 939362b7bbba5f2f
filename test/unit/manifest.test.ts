import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDS } from '../../src/shared/feeds';
import { SUPPORTED_SITES } from '../../src/shared/sites';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const locales = ['uk', 'en'].map((l) => [l, JSON.parse(readFileSync(`src/_locales/${l}/messages.json`, 'utf8'))] as const);

describe('manifest', () => {
  it('content scripts run on the supported outlets; host permissions add only the default feeds\' own hosts', () => {
    const hostsOf = (patterns: string[]) => patterns.map((p) => new URL(p.replace('/*', '/')).hostname).sort();
    const sites = SUPPORTED_SITES.map((s) => s.host).sort();
    const feedHosts = DEFAULT_FEEDS.map((f) => new URL(f.url).hostname).filter((h) => !sites.includes(h));
    expect(hostsOf(manifest.content_scripts[0].matches)).toEqual(sites);
    expect(hostsOf(manifest.host_permissions)).toEqual([...new Set([...sites, ...feedHosts])].sort());
  });

  it('asks for https only on named hosts; anything broader is optional', () => {
    for (const p of [...manifest.host_permissions, ...manifest.content_scripts[0].matches]) {
      expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    }
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('documents every permission in the README', () => {
    for (const perm of manifest.permissions) expect(readme).toContain(`\`${perm}\``);
    expect(readme).toContain('host_permissions');
  });

  it('every __MSG_ key exists in both locales, and both locales have the same keys', () => {
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g)!.map((m) => m.slice(6, -2));
    for (const [lang, messages] of locales) {
      for (const key of used) expect(messages[key], `${lang}: ${key}`).toBeDefined();
    }
    const [[, uk], [, en]] = locales as [[string, object], [string, object]];
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
  });

  it('targets Firefox versions with the CSS Custom Highlight API and keeps a strict extension CSP', () => {
    expect(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
