/**
 * Check-worthiness: a logistic regression over the named features (features.ts), weights in
 * model.json, trained by test/train/checkworthiness.ts from the labelled set.
 */
import { FEATURE_NAMES, type Features } from './features';
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

/** Each model's weights in FEATURE_NAMES order (0 for a name it lacks), made on first use. */
const namedWeights = new WeakMap<Model, Float64Array>();
function weightsInOrder(model: Model): Float64Array {
  let w = namedWeights.get(model);
  if (!w) namedWeights.set(model, (w = Float64Array.from(FEATURE_NAMES, (k) => weightsOf(model).get(k) ?? 0)));
  return w;
}

/**
 * score() of a record made by featuresOf (the detector's, once per sentence): the same products added
 * in the same order (FEATURE_NAMES, the record's key order), read by name instead of a for…in with a
 * weight lookup per key, which cost three times as much.
 */
export function scoreFeatures(model: Model, x: Features): number {
  const w = weightsInOrder(model);
  let z = model.bias;
  z += w[0]! * x.cue;
  z += w[1]! * x.say;
  z += w[2]! * x.report;
  z += w[3]! * x.deny;
  z += w[4]! * x.confirm;
  z += w[5]! * x.noComment;
  z += w[6]! * x.quantityKind;
  z += w[7]! * x.event;
  z += w[8]! * x.speaker;
  z += w[9]! * x.source;
  z += w[10]! * x.anonymous;
  z += w[11]! * x.carry;
  z += w[12]! * x.quantity;
  z += w[13]! * x.date;
  z += w[14]! * x.hedged;
  z += w[15]! * x.negated;
  z += w[16]! * x.entities;
  z += w[17]! * x.noEntities;
  z += w[18]! * x.concepts;
  z += w[19]! * x.short;
  z += w[20]! * x.long;
  z += w[21]! * x.logLen;
  z += w[22]! * x.question;
  z += w[23]! * x.firstPerson;
  z += w[24]! * x.readerAddress;
  z += w[25]! * x.recall;
  z += w[26]! * x.quote;
  return 1 / (1 + Math.exp(-z));
}
