import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_HOOK_MARKER } from '../../src/shared/test-hooks';

// `npm test` builds dist/ (production) and dist-test/ (with hooks) before running vitest.
const built = (dir: string) => {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`node build.mjs\` (and --test-hooks) first`);
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8'));
};

describe('build output', () => {
  it('production bundles contain no test hooks; the test build does', () => {
    for (const target of ['chrome', 'firefox']) {
      for (const js of built(join('dist', target))) {
        expect(js).not.toContain(TEST_HOOK_MARKER);
        expect(js).not.toContain('zvirkaTest');
      }
      expect(built(join('dist-test', target)).join('\n')).toContain(TEST_HOOK_MARKER);
    }
  });

  it('writes per-browser manifests: Chrome without Firefox keys, Firefox with its add-on id', () => {
    const chrome = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
    const firefox = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toBe('zvirka@zvirka.app');
  });

  it('keeps the claim card (card.js) and the page analysis (engine.js) out of content.js, with the compile hint on engine.js only', () => {
    for (const target of ['chrome', 'firefox']) {
      const content = readFileSync(join('dist', target, 'content.js'), 'utf8');
      const card = readFileSync(join('dist', target, 'card.js'), 'utf8');
      const engine = readFileSync(join('dist', target, 'engine.js'), 'utf8');
      // Preact's render entry point and the card's shadow-root stylesheet live only in card.js.
      for (const marker of ['__zvirkaCardHost', 'zv-root']) expect(card).toContain(marker);
      expect(content).not.toContain('zv-root');
      expect(content).toContain('__zvirkaCardHost');
      // Extraction and its stage marks live only in engine.js, which registers itself for content.js.
      for (const marker of ['__zvirkaEngine', 'zvirka:extracted']) expect(engine).toContain(marker);
      expect(content).not.toContain('zvirka:extracted');
      expect(content).toContain('__zvirkaEngine');
      expect(engine).not.toContain('zv-root');
      expect(engine.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
      for (const js of [content, card]) expect(js).not.toContain('allFunctionsCalledOnLoad');
      // The polyfill's exports are used as they are: esbuild's default-import interop copied every
      // API namespace of \`browser\` at load (build.mjs polyfillAsIs), with Object.getOwnPropertyNames.
      expect(content).toContain('should only be loaded in a browser extension'); // the polyfill is in
      expect(content).not.toContain('getOwnPropertyNames');
    }
  });

  it('keeps regex literals with Unicode property escapes as literals (no new RegExp per call)', () => {
    // esbuild rewrites `/\p{L}/u` into `new RegExp("\\p{L}", "u")` for browser targets unless told
    // not to (build.mjs KEEP_PROPERTY_ESCAPES); only the constructors the source writes itself remain.
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    const written = sources.reduce((n, f) => n + (readFileSync(join('src', f), 'utf8').match(/new RegExp\(\s*['"`][^'"`]*\\\\p\{/g)?.length ?? 0), 0);
    for (const target of ['chrome', 'firefox']) {
      for (const name of ['content.js', 'engine.js', 'background.js']) {
        const js = readFileSync(join('dist', target, name), 'utf8');
        const built = js.match(/RegExp\("[^"]*\\\\p\{/g)?.length ?? 0;
        expect(built, `${target}/${name}`).toBeLessThanOrEqual(written);
      }
    }
  });

  it('never turns remote text into markup', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    for (const f of sources) {
      const code = readFileSync(join('src', f), 'utf8');
      expect(code, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
    }
  });
});
