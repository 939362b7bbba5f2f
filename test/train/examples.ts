/**
 * Training examples and cross-validation folds from the labelled set: each labelled sentence paired
 * with the detector's analysis of it (its features). Furniture and attribution-only sentences ("Про це
 * повідомляє X") are left out: the detector rules them out whatever the model says.
 */
import { analyzeArticle, type SentenceAnalysis } from '../../src/core/claims/analyze';
import type { Model } from '../../src/core/claims/model';
import { pair, toArticle, type LabelledArticle, type LabelledSentence } from '../eval/labelled-set';
import type { Example } from './logreg';

/** Number of cross-validation folds (articles are assigned round-robin in id order). */
export const FOLDS = 5;
/** Reference date for relative dates in the labelled set. */
export const REF = new Date('2026-05-20T12:00:00Z');

/** A labelled sentence with the detector's analysis of it. */
export interface Paired {
  article: LabelledArticle;
  label: LabelledSentence;
  analysis: SentenceAnalysis | null;
  fold: number;
}

/** Analyses every labelled article (with `model` for scores) and pairs labels with sentences. */
export function pairAll(articles: LabelledArticle[], model?: Model): Paired[] {
  const out: Paired[] = [];
  articles.forEach((la, i) => {
    const { article, spans } = toArticle(la);
    const analysis = analyzeArticle(article, { ref: REF, ...(model ? { model } : {}) });
    pair(spans, analysis).forEach((a, k) => out.push({ article: la, label: la.sentences[k]!, analysis: a, fold: i % FOLDS }));
  });
  return out;
}

/** Training examples: paired sentences the furniture guard leaves to the model. */
export function examplesOf(paired: Paired[]): Example[] {
  return paired.filter((p) => p.analysis && !p.analysis.furniture && !p.analysis.attr.carry).map((p) => ({ x: p.analysis!.features, y: p.label.checkworthy ? 1 : 0 }));
}
