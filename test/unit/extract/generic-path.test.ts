/**
 * The generic path alone (every fixture page served from a host no adapter knows, as when an outlet's
 * markup changes under its adapter) still finds the article: every expected paragraph, leads included,
 * with little furniture let through.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
import { isArticle } from '../../../src/core/types';
import { loadFixturePages, parseWith } from './fixture-pages';

/** Share of expected paragraphs the generic path must find, and of extra (furniture) paragraphs it may keep. */
const MIN_RECALL = 0.98;
const MAX_EXTRA_SHARE = 0.1;

describe('generic path on every fixture page', () => {
  it('finds the expected paragraphs without the adapters', () => {
    let expected = 0, found = 0, extra = 0, got = 0;
    for (const { expected: e, html } of loadFixturePages()) {
      const url = new URL(e.url);
      url.hostname = 'unknown-outlet.example';
      const r = extractArticle(parseWith('jsdom', html, url.href), url.href);
      if (!isArticle(r)) throw new Error(`${e.url}: ${r.reason}`);
      expect(r.adapter).toBe('generic');
      const texts = r.paragraphs.map((p) => p.text);
      expected += e.paragraphs.length;
      found += e.paragraphs.filter((t) => texts.includes(t)).length;
      extra += texts.filter((t) => !e.paragraphs.includes(t)).length;
      got += texts.length;
      expect(r.title, e.url).toBe(e.title);
    }
    expect(found / expected).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(extra / got).toBeLessThanOrEqual(MAX_EXTRA_SHARE);
  }, 120_000);
});
