/** The shipped model must know every feature the detector computes (else a feature was added without retraining). */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../src/core/claims/analyze';
import { conceptIds } from '../../../../src/core/claims/concepts';
import { FEATURE_NAMES } from '../../../../src/core/claims/features';
import { score, scoreFeatures, SHIPPED_MODEL, type Model } from '../../../../src/core/claims/model';
import type { Lang } from '../../../../src/core/types';
import { fixtureParagraphs } from '../../../eval/corpus-texts';
import { article } from './helpers';

describe('check-worthiness model', () => {
  const [a] = analyzeArticle(article(['Агентство Reuters повідомило, що Китай постачав Росії дрони.'], 'uk'));

  it('has a weight for every feature name', () => {
    expect(Object.keys(SHIPPED_MODEL.weights).sort()).toEqual(Object.keys(a!.features).sort());
  });

  it('scores in [0, 1] and ranks an attributed report above reader-address furniture', () => {
    const [b] = analyzeArticle(article(['Читайте нас у Telegram і стежте за новинами.'], 'uk'));
    expect(a!.score).toBeGreaterThan(0.5);
    expect(b!.score).toBeLessThan(a!.score);
    expect(score(SHIPPED_MODEL, {})).toBeGreaterThan(0);
    expect(score(SHIPPED_MODEL, {})).toBeLessThan(1);
  });

  it('tags concepts from the shared lexicon', () => {
    expect(a!.concepts).toEqual(expect.arrayContaining(['supply', 'drones']));
    expect(conceptIds()).toEqual(expect.arrayContaining(['train', 'supply', 'weapons', 'lethal-aid', 'drones', 'troops', 'deny', 'confirm', 'meet', 'visit', 'sanctions', 'cooperation', 'attack', 'losses', 'negotiations']));
  });

  it('scoreFeatures adds what score adds, bit for bit, on every fixture sentence and for models lacking or adding weights', () => {
    const names = Object.keys(SHIPPED_MODEL.weights);
    const lacking: Model = { bias: -0.25, weights: Object.fromEntries(names.filter((_, i) => i % 3 !== 1).map((k, i) => [k, SHIPPED_MODEL.weights[k]! * (1 + i / 7)])) };
    const adding: Model = { bias: 0.5, weights: { ...SHIPPED_MODEL.weights, unknown: 3, quote: -1.375 } };
    let scored = 0;
    for (const lang of ['uk', 'ru', 'en'] as Lang[]) {
      for (const a of analyzeArticle(article(fixtureParagraphs(lang), lang))) {
        if (a.furniture) continue;
        const f = a.features as Parameters<typeof scoreFeatures>[1];
        expect(Object.keys(f)).toEqual(FEATURE_NAMES);
        for (const m of [SHIPPED_MODEL, lacking, adding]) expect(Object.is(scoreFeatures(m, f), score(m, f)), a.unit.text).toBe(true);
        scored++;
      }
    }
    expect(scored).toBeGreaterThan(300);
    // Records with every feature non-zero: the order of the additions shows in the last bits.
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 200; i++) {
      const f = Object.fromEntries(FEATURE_NAMES.map((k) => [k, next()])) as Parameters<typeof scoreFeatures>[1];
      for (const m of [SHIPPED_MODEL, lacking, adding]) expect(Object.is(scoreFeatures(m, f), score(m, f))).toBe(true);
    }
  }, 30_000);
});

