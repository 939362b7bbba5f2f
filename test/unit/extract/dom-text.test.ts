import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, visibleText } from '../../../src/extract/dom-text';
import { loadFixturePages, parseWith } from './fixture-pages';

/** Parsing 41 pages in jsdom takes seconds on a shared machine. */
const PAGES_TIMEOUT_MS = 60_000;

// visibleText is a map-free fast path of blockText: extraction and anchoring must agree character for
// character, so the two are compared on every element of every fixture page, in both DOMs.
describe('visibleText equals blockText(...).text', () => {
  it('on edge cases: whitespace of every kind, <br>, hidden, skipped, nested and empty elements', () => {
    const doc = new JSDOM(`<body><div id="r">\u00a0 a\u2003\u2028b<br><br> c<span hidden> x</span><script>y</script>
      <b aria-hidden="true">z</b><i>\ufeff d </i><br></div><p id="e"> \t </p><br id="br"><script id="s">q</script></body>`).window.document;
    for (const id of ['r', 'e', 'br', 's']) {
      const el = doc.getElementById(id)!;
      expect(visibleText(el)).toBe(blockText(el).text);
    }
    expect(visibleText(doc.getElementById('r')!)).toBe('a b c d');
  });

  for (const kind of ['jsdom', 'linkedom'] as const) {
    it(`on every element of every fixture page (${kind})`, () => {
      let compared = 0;
      for (const page of loadFixturePages()) {
        const doc = parseWith(kind, page.html, page.expected.url);
        // A hand walk: linkedom has no getElementsByTagName('*').
        const walk = (el: Element): void => {
          expect(visibleText(el), `${page.name}: <${el.tagName.toLowerCase()}> #${compared}`).toBe(blockText(el).text);
          compared++;
          for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
        };
        walk(doc.body);
      }
      expect(compared).toBeGreaterThan(1000);
    }, PAGES_TIMEOUT_MS);
  }
});
