import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, pointAt, visibleText } from '../../../src/extract/dom-text';
import { loadFixturePages, parseWith } from './fixture-pages';

/** Parsing 41 pages in jsdom takes seconds on a shared machine. */
const PAGES_TIMEOUT_MS = 60_000;

/**
 * The reference: block text as a per-character walk with a per-character map (the definition
 * dom-text.ts used before it moved to regex runs), written out plainly.
 */
function reference(root: Element): { text: string; points: ({ node: Text; offset: number } | null)[] } {
  const isSpace = (c: number) =>
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
  let text = '';
  const points: ({ node: Text; offset: number } | null)[] = [];
  let pending: { node: Text; offset: number } | null | undefined;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      for (let i = 0; i < t.data.length; i++) {
        if (isSpace(t.data.charCodeAt(i))) {
          if (pending === undefined && text.length > 0) pending = { node: t, offset: i };
          continue;
        }
        if (pending !== undefined) {
          text += ' ';
          points.push(pending);
          pending = undefined;
        }
        text += t.data[i];
        points.push({ node: t, offset: i });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (el.tagName.toUpperCase() === 'BR') {
      if (pending === undefined && text.length > 0) pending = null;
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return { text, points };
}

/** Elements with more text than this (the page's wrappers) get their text compared, not every point. */
const MAX_MAPPED_CHARS = 1_500;

/** blockText, pointAt (start and end) and visibleText against the reference on `el`. */
function expectSame(el: Element, what: string): void {
  const want = reference(el);
  const bt = blockText(el);
  expect(bt.text, what).toBe(want.text);
  expect(visibleText(el), what).toBe(want.text);
  if (want.text.length > MAX_MAPPED_CHARS) return;
  // Compared by hand and reported once: an expect per character made this test take a minute.
  let firstMismatch = '';
  const show = (x: { node: Text; offset: number } | null) => (x ? `${JSON.stringify(x.node.data.slice(0, 20))}+${x.offset}` : 'null');
  for (let i = 0; i < want.text.length && !firstMismatch; i++) {
    const p = want.points[i] ?? null;
    const a = pointAt(bt, i);
    const b = pointAt(bt, i + 1, true);
    if (a?.node !== p?.node || a?.offset !== p?.offset) firstMismatch = `@${i}: ${show(a)}, want ${show(p)}`;
    else if (b?.node !== p?.node || b?.offset !== (p ? p.offset + 1 : undefined)) firstMismatch = `@${i} end: ${show(b)}`;
  }
  expect(firstMismatch, what).toBe('');
}

// Extraction reads visibleText and anchoring maps blockText offsets back to the DOM: they must agree
// character for character, so both are compared with the reference on every element of every page.
describe('block text and its map', () => {
  it('on edge cases: whitespace of every kind, <br>, hidden, skipped, nested and empty elements', () => {
    const doc = new JSDOM(`<body><div id="r">\u00a0 a\u2003\u2028b<br><br> c<span hidden> x</span><script>y</script>
      <b aria-hidden="true">z</b><i>\ufeff d </i><br>e<!-- c --> f<br></div><p id="e"> \t </p><br id="br"><script id="s">q</script></body>`).window.document;
    for (const id of ['r', 'e', 'br', 's']) expectSame(doc.getElementById(id)!, id);
    expect(visibleText(doc.getElementById('r')!)).toBe('a b c d e f');
  });

  it('\\s is exactly the whitespace the reference collapses, code unit by code unit', () => {
    const ref = reference(new JSDOM('<p></p>').window.document.body);
    expect(ref.text).toBe('');
    const p = new JSDOM(`<p>a</p>`).window.document.body.firstElementChild!;
    // Every \s character is below U+3001 or U+FEFF; above, a sample.
    for (let c = 0; c < 0x10000; c += c < 0x3100 || (c >= 0xfe00 && c < 0xff00) ? 1 : 37) {
      (p.firstChild as Text).data = `a${String.fromCharCode(c)} ${String.fromCharCode(c)}b`;
      expectSame(p, `U+${c.toString(16)}`);
    }
  }, PAGES_TIMEOUT_MS);

  for (const kind of ['jsdom', 'linkedom'] as const) {
    it(`on every element of every fixture page (${kind})`, () => {
      let compared = 0;
      for (const page of loadFixturePages()) {
        const doc = parseWith(kind, page.html, page.expected.url);
        // A hand walk: linkedom has no getElementsByTagName('*').
        const walk = (el: Element): void => {
          expectSame(el, `${page.name}: <${el.tagName.toLowerCase()}> #${compared}`);
          compared++;
          for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
        };
        walk(doc.body);
      }
      expect(compared).toBeGreaterThan(1000);
    }, PAGES_TIMEOUT_MS);
  }
});
