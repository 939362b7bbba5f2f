/**
 * Why the service stores the serialized index instead of rebuilding it on every wake: loading the
 * snapshot skips claim detection. Prints the numbers (run with REPEAT=15 for the 585-article figure
 * quoted in service.ts); asserts only a wide margin so a loaded machine does not flake it.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvidenceIndex } from '../../../../src/core/evidence/index';
import type { Article } from '../../../../src/core/types';
import { articleFromHtml } from '../../../../src/background/evidence/page-article';
import { fixturePage } from './fake-web';

const REPEAT = Number(process.env.REPEAT ?? 1);

describe('index on wake', () => {
  it('loads from the snapshot much faster than it rebuilds from articles', () => {
    const now = new Date('2026-05-21T00:00:00Z');
    const base: Article[] = [];
    for (const name of readdirSync('test/fixtures/pages')) {
      const { url, html } = fixturePage(name);
      const r = articleFromHtml(html, url, 'feed', now);
      if (r.article) base.push(r.article);
    }
    const all = Array.from({ length: REPEAT }, (_, i) => base.map((a) => ({ ...a, url: `${a.url}?copy=${i}`, canonicalUrl: undefined }))).flat();
    new EvidenceIndex().add(base[0]!); // warm the gazetteer and detector
    let t = performance.now();
    const built = new EvidenceIndex();
    for (const a of all) built.add(a);
    const rebuildMs = performance.now() - t;
    const json = JSON.stringify(built.toJSON());
    t = performance.now();
    const loaded = EvidenceIndex.fromJSON(JSON.parse(json));
    const loadMs = performance.now() - t;
    console.log(`index wake: ${all.length} articles, ${built.sentences} sentences; rebuild ${rebuildMs.toFixed(0)} ms, snapshot ${json.length} chars loads in ${loadMs.toFixed(0)} ms`);
    expect(loaded.size).toBe(built.size);
    expect(loaded.sentences).toBe(built.sentences);
    expect(loadMs * 3).toBeLessThan(rebuildMs);
  }, 120_000);
});
