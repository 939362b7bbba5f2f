/**
 * detectClaimsInSlices (the content script's way to detect claims without one long task) must give
 * exactly detectClaims's result on every fixture page and labelled article, whatever the slicing.
 */
import { describe, expect, it } from 'vitest';
import { advance, detectClaims, detectClaimsInSlices, runToEnd } from '../../../../src/core/claims/index';
import type { Article } from '../../../../src/core/types';
import { extractArticle } from '../../../../src/extract/index';
import { loadLabelled, toArticle } from '../../../eval/labelled-set';
import { loadFixturePages, parseWith } from '../../extract/fixture-pages';
import { article } from './helpers';

const NOW = new Date('2026-05-20T12:00:00Z');
/** Detecting over ~60 articles twice takes seconds on a loaded machine. */
const SLOW = 60_000;

function articles(): { name: string; article: Article }[] {
  const out = loadLabelled().map((la) => ({ name: la.id, article: toArticle(la).article }));
  for (const p of loadFixturePages()) {
    const a = extractArticle(parseWith('linkedom', p.html, p.expected.url), p.expected.url, { now: NOW });
    if (!('notArticle' in a)) out.push({ name: p.name, article: a });
  }
  return out;
}

describe('detectClaimsInSlices', () => {
  const all = articles();

  it('covers the fixture pages and the labelled set', () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
  });

  it('equals detectClaims on every article, one step at a time, and yields at least once per paragraph', () => {
    for (const { name, article: a } of all) {
      const ref = a.published ? new Date(a.published) : NOW;
      const steps = detectClaimsInSlices(a, { ref });
      let slices = 0;
      let r = steps.next();
      while (!r.done) {
        slices++;
        r = steps.next();
      }
      expect(r.value, name).toEqual(detectClaims(a, { ref }));
      expect(slices, name).toBeGreaterThanOrEqual(a.paragraphs.length);
    }
  }, SLOW);

  it('equals detectClaims with every option, driven by advance() with a clock that always runs out', () => {
    for (const { name, article: a } of all.slice(0, 12)) {
      const opts = { ref: NOW, all: true };
      const steps = detectClaimsInSlices(a, opts);
      let t = 0;
      let calls = 0;
      let r = advance(steps, 5, () => (t += 10));
      while (!r.done) {
        calls++;
        r = advance(steps, 5, () => (t += 10));
      }
      expect(r.value, name).toEqual(detectClaims(a, opts));
      expect(calls, name).toBeGreaterThan(a.paragraphs.length);
    }
  }, SLOW);

  it('runs to the end in one advance() when the budget allows', () => {
    const a = article(['Речник МЗС Китаю Лінь Цзянь заявив, що Пекін не постачає зброю Росії.']);
    const r = advance(detectClaimsInSlices(a), 1e9, () => 0);
    expect(r).toEqual({ done: true, value: detectClaims(a) });
  });

  it('never yields with slices off (how detectClaims runs it), and returns the same claims', () => {
    const a = article(['Речник МЗС Китаю Лінь Цзянь заявив, що Пекін не постачає зброю Росії.', 'Друге речення. Третє, за даними Reuters, 5 тисяч.']);
    const r = detectClaimsInSlices(a, {}, false).next();
    expect(r.done).toBe(true);
    expect(r.value).toEqual(runToEnd(detectClaimsInSlices(a)));
  });

  it('throws on bad input at the first step, as detectClaims does', () => {
    const bad = { paragraphs: [{ id: 'p0' }] } as unknown as Article;
    expect(() => detectClaimsInSlices(bad).next()).toThrow(/paragraph 0 needs a string id and text/);
    expect(() => detectClaims(bad)).toThrow(/paragraph 0 needs a string id and text/);
  });
});
