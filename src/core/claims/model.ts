/**
 * Check-worthiness: a logistic regression over the named features (features.ts), weights in
 * model.json, trained by test/train/checkworthiness.ts from the labelled set.
 */
import shipped from './model.json';

/** A trained model: a weight per feature name, and a bias. */
export interface Model {
  bias: number;
  weights: Record<string, number>;
  /** Provenance written by the trainer (data, folds, held-out scores). */
  meta?: Record<string, unknown>;
}

/** The model shipped with the extension. */
export const SHIPPED_MODEL: Model = shipped as Model;

/** Probability in [0, 1] that a sentence with features `x` is check-worthy. */
export function score(model: Model, x: Record<string, number>): number {
  let z = model.bias;
  // for…in rather than Object.entries (no pair arrays per sentence); same keys, same order, same sum.
  for (const k in x) z += (model.weights[k] ?? 0) * x[k]!;
  return 1 / (1 + Math.exp(-z));
}
