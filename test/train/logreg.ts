/**
 * Logistic regression for the check-worthiness model: full-batch gradient descent with L2, zero
 * initialisation and a fixed number of epochs over features sorted by name, so the same data always
 * gives the same weights.
 */
import type { Model } from '../../src/core/claims/model';

/** Tunable training constants. */
export const LEARNING_RATE = 0.5;
export const EPOCHS = 3000;
export const L2 = 0.002;

/** One training example. */
export interface Example {
  x: Record<string, number>;
  y: 0 | 1;
}

/** Fits a model to `examples`. */
export function fit(examples: Example[]): Model {
  if (examples.length === 0) throw new Error('fit: no examples');
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const X = examples.map((e) => names.map((n) => e.x[n] ?? 0));
  const y = examples.map((e) => e.y);
  const w = new Array<number>(names.length).fill(0);
  let b = 0;
  const n = examples.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gw = new Array<number>(names.length).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = X[i]!;
      let z = b;
      for (let k = 0; k < xi.length; k++) z += w[k]! * xi[k]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let k = 0; k < xi.length; k++) gw[k]! += err * xi[k]!;
      gb += err;
    }
    for (let k = 0; k < w.length; k++) w[k] = w[k]! - LEARNING_RATE * (gw[k]! / n + L2 * w[k]!);
    b -= LEARNING_RATE * (gb / n);
  }
  const weights: Record<string, number> = {};
  names.forEach((nm, k) => (weights[nm] = Math.round(w[k]! * 1e4) / 1e4));
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}
