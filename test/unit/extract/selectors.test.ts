/**
 * The hand-written selector matching (simple-selector.ts) must agree with the DOM's own
 * `querySelector` / `matches` for every selector the adapters and furniture lists use, on every
 * fixture page, in jsdom and linkedom.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/extract/index';
import { COMMON_DROP_SELECTORS } from '../../../src/extract/furniture';
import { compileSimple, factsOf, queryFirstSimple } from '../../../src/extract/simple-selector';
import { loadFixturePages, parseWith, type DomKind } from './fixture-pages';

const pages = loadFixturePages();
const adapterSelectors = [...new Set(ADAPTERS.flatMap((a) => [...a.body, ...(a.title ?? []), ...(a.lead ?? []), ...(a.published ?? []), ...(a.author ?? [])]))];
const dropSelectors = [...new Set([...COMMON_DROP_SELECTORS, ...ADAPTERS.flatMap((a) => a.drop ?? [])])];

describe('simple selectors agree with the DOM', () => {
  it('compiles the furniture selectors by hand (none left to the slow path but combinators)', () => {
    const slow = dropSelectors.filter((s) => compileSimple(s) === null);
    expect(slow.every((s) => /\s|>|:/.test(s.trim()))).toBe(true);
  });

  for (const kind of ['jsdom', 'linkedom'] as DomKind[]) {
    it(`${kind}: queryFirstSimple finds what querySelector finds`, () => {
      let compared = 0;
      for (const { html, expected } of pages) {
        const doc = parseWith(kind, html, expected.url);
        for (const s of adapterSelectors) {
          const ours = queryFirstSimple(doc, s);
          if (ours === undefined) continue;
          expect(ours, `${s} on ${expected.url}`).toBe(doc.querySelector(s));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(pages.length * 10);
    }, 120_000);

    it(`${kind}: compiled drop selectors match exactly the elements matches() does`, () => {
      const tests = dropSelectors.map((s) => [s, compileSimple(s)] as const).filter(([, t]) => t !== null);
      let hits = 0;
      for (const { html, expected } of pages.filter((_, i) => i % 4 === 0)) {
        const doc = parseWith(kind, html, expected.url);
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          const f = factsOf(el);
          for (const [s, t] of tests) {
            const want = el.matches(s);
            if (want) hits++;
            expect(t!(el, f), `${s} on <${el.tagName} class="${el.getAttribute('class')}">`).toBe(want);
          }
        }
      }
      expect(hits).toBeGreaterThan(0);
    }, 120_000);
  }
});
