/** The shipped model must know every feature the detector computes (else a feature was added without retraining). */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../src/core/claims/analyze';
import { conceptIds } from '../../../../src/core/claims/concepts';
import { score, SHIPPED_MODEL } from '../../../../src/core/claims/model';
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
});
