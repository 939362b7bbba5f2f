/**
 * Every saved page extracts to exactly its expected paragraphs, title, date, outlet, language and
 * links, on jsdom and on linkedom, and extractLive's block elements give back each paragraph's text
 * through the one block-text function the live page uses for highlighting.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, extractLive } from '../../../src/extract/index';
import { visibleText } from '../../../src/extract/dom-text';
import { isArticle, type Article } from '../../../src/core/types';
import { loadFixturePages, parseWith, type DomKind } from './fixture-pages';

const pages = loadFixturePages();
const NOW = new Date('2026-05-21T00:00:00Z');

describe('fixture pages', () => {
  it('has fixture pages to run', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const kind of ['jsdom', 'linkedom'] as DomKind[]) {
    describe(kind, () => {
      for (const { name, html, expected } of pages) {
        it(`${name}: extracts the expected article`, () => {
          const doc = parseWith(kind, html, expected.url);
          const before = doc.documentElement.outerHTML;
          const r = extractArticle(doc, expected.url, { now: NOW });
          if (!isArticle(r)) throw new Error(`not an article: ${r.reason}`);
          const a: Article = r;
          expect(a.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
          expect(a.title).toBe(expected.title);
          expect(a.outlet).toBe(expected.outlet);
          expect(a.lang).toBe(expected.lang);
          expect(a.published).toBe(expected.published);
          if (expected.author !== undefined) expect(a.author).toBe(expected.author);
          if (expected.links) expect(a.links.map(({ text, href }) => ({ text, href }))).toEqual(expected.links);
          expect(a.paragraphs.map((p) => p.id)).toEqual(a.paragraphs.map((_, i) => `p${i}`));
          expect(a.obtainedAt).toBe(NOW.toISOString());
          // Extraction reads the page and never writes to it.
          expect(doc.documentElement.outerHTML).toBe(before);
        });

        it(`${name}: extractLive's blocks map back to the paragraphs`, () => {
          const doc = parseWith(kind, html, expected.url);
          const r = extractLive(doc, expected.url);
          if ('notArticle' in r) throw new Error(`not an article: ${r.reason}`);
          expect(r.blocks).toHaveLength(r.article.paragraphs.length);
          r.blocks.forEach((el, i) => {
            expect(el.ownerDocument).toBe(doc);
            expect(visibleText(el)).toBe(r.article.paragraphs[i]!.text);
          });
        });
      }
    });
  }

  describe('jsdom and linkedom agree', () => {
    for (const { name, html, expected } of pages) {
      it(`${name}: the same article from both DOMs`, () => {
        const a = extractArticle(parseWith('jsdom', html, expected.url), expected.url, { now: NOW });
        const b = extractArticle(parseWith('linkedom', html, expected.url), expected.url, { now: NOW });
        expect(b).toEqual(a);
      });
    }
  });
});
