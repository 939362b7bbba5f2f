/**
 * Trains the check-worthiness model from the labelled set and writes src/core/claims/model.json.
 * Deterministic: same labels and features, same weights. Prints training and 5-fold cross-validated
 * (held-out) F1 so the shipped numbers are honest.
 *
 * Run from the repository root:
 *   npx esbuild test/train/checkworthiness.ts --bundle --platform=node --format=esm --outfile=/tmp/train-cw.mjs && node /tmp/train-cw.mjs
 */
import { writeFileSync } from 'node:fs';
import { score } from '../../src/core/claims/model';
import { CHECKWORTHY_THRESHOLD } from '../../src/core/claims/index';
import { loadLabelled } from '../eval/labelled-set';
import { examplesOf, FOLDS, pairAll } from './examples';
import { fit, type Example } from './logreg';

const MODEL_PATH = 'src/core/claims/model.json';

function f1(examples: Example[], predict: (e: Example) => boolean): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const yhat = predict(e);
    if (yhat && e.y) tp++;
    else if (yhat) fp++;
    else if (e.y) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

const fmt = (m: { p: number; r: number; f1: number }): string => `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}`;

function main(): void {
  const articles = loadLabelled();
  const paired = pairAll(articles);
  const all = examplesOf(paired);
  const heldOut: { e: Example; yhat: boolean }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(examplesOf(paired.filter((p) => p.fold !== k)));
    for (const e of examplesOf(paired.filter((p) => p.fold === k))) heldOut.push({ e, yhat: score(model, e.x) >= CHECKWORTHY_THRESHOLD });
  }
  const model = fit(all);
  const train = f1(all, (e) => score(model, e.x) >= CHECKWORTHY_THRESHOLD);
  const cv = f1(
    heldOut.map((h) => h.e),
    (e) => heldOut.find((h) => h.e === e)!.yhat,
  );
  console.log(`articles ${articles.length}, examples ${all.length} (${all.filter((e) => e.y).length} check-worthy)`);
  console.log(`training (all data)      ${fmt(train)}`);
  console.log(`held-out (${FOLDS}-fold CV)    ${fmt(cv)}`);
  const out = { ...model, meta: { trainedOn: `${articles.length} articles, ${all.length} sentences`, folds: FOLDS, trainF1: +train.f1.toFixed(3), heldOutF1: +cv.f1.toFixed(3) } };
  writeFileSync(MODEL_PATH, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${MODEL_PATH}`);
}

main();
