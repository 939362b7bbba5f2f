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

/**
 * Each model's weights as a Map, made on first use: looking a feature name up in the weights object
 * was a generic keyed property load per feature per sentence (~1% of detection); a Map probe with the
 * feature names (constant strings, hashed once) is cheaper.
 */
const weightMaps = new WeakMap<Model, Map<string, number>>();
function weightsOf(model: Model): Map<string, number> {
  let w = weightMaps.get(model);
  if (!w) weightMaps.set(model, (w = new Map(Object.entries(model.weights))));
  return w;
}

/** Probability in [0, 1] that a sentence with features `x` is check-worthy. */
export function score(model: Model, x: Record<string, number>): number {
  const weights = weightsOf(model);
  let z = model.bias;
  // for…in rather than Object.entries (no pair arrays per sentence); same keys, same order, same sum.
  for (const k in x) z += (weights.get(k) ?? 0) * x[k]!;
  return 1 / (1 + Math.exp(-z));
}
