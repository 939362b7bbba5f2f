/**
 * Evaluation of claim detection on the labelled set (test/labelled/claims): check-worthy precision,
 * recall and F1 per language and overall, speaker/source/target accuracy on attributed claims,
 * per-kind precision/recall (denial especially), polarity recall, and claims detected on furniture
 * lines (must be 0). Numbers are given twice: with the shipped model (trained on all of this data:
 * training numbers) and with 5-fold cross-validation by article (each fold scored by a model that
 * never saw it: held-out numbers). Attribution, kind and furniture do not depend on the model.
 *
 * Run from the repository root:
 *   npm run eval:claims [-- --errors] [-- --errors-holdout2]
 * `--errors` lists every wrong sentence of the development set and the first test split; holdout2's
 * errors are listed only with `--errors-holdout2`, so that nobody tunes on it by accident.
 */
import { score } from '../../src/core/claims/model';
import { CHECKWORTHY_THRESHOLD } from '../../src/core/claims/index';
import type { ClaimKind } from '../../src/core/types';
import { examplesOf, FOLDS, pairAll, type Paired } from '../train/examples';
import { fit } from '../train/logreg';
import { existsSync } from 'node:fs';
import { loadLabelled } from './labelled-set';

/** Articles written and labelled after the rules and the model were frozen: a true test split. */
const HOLDOUT_DIR = 'test/labelled/claims-holdout';
/** A second test split written in session 2 before its results were looked at; never tuned on. */
const HOLDOUT2_DIR = 'test/labelled/claims-holdout2';

const KINDS: ClaimKind[] = ['statement', 'report', 'denial', 'confirmation', 'quantity', 'event', 'no-comment'];

/** Whether a paired sentence is returned as a claim under `predict`. */
type Predict = (p: Paired) => boolean;

function prf(tp: number, fp: number, fn: number): string {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`;
}

function checkworthy(rows: Paired[], predict: Predict): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const yhat = predict(r);
    if (yhat && r.label.checkworthy) tp++;
    else if (yhat) fp++;
    else if (r.label.checkworthy) fn++;
  }
  return prf(tp, fp, fn);
}

function accuracy(rows: Paired[], field: 'speaker' | 'source' | 'target', predict: Predict): string {
  const labelled = rows.filter((r) => r.label.checkworthy && r.label[field]);
  const detected = labelled.filter(predict);
  const ok = detected.filter((r) => r.analysis!.attr[field] === r.label[field]);
  return `${ok.length}/${detected.length} detected correct (${(ok.length / Math.max(1, detected.length)).toFixed(3)}); ${labelled.length} labelled`;
}

function perKind(rows: Paired[], predict: Predict): string[] {
  return KINDS.map((k) => {
    const pred = rows.filter((r) => predict(r) && r.analysis!.kind === k);
    const tp = pred.filter((r) => r.label.kind === k).length;
    const fn = rows.filter((r) => r.label.checkworthy && r.label.kind === k).length - tp;
    return `  ${k.padEnd(13)} ${prf(tp, pred.length - tp, fn)}`;
  });
}

function report(title: string, rows: Paired[], predict: Predict): void {
  const body = rows.filter((r) => !r.label.furniture);
  console.log(`\n== ${title}`);
  console.log(`check-worthy overall   ${checkworthy(body, predict)}`);
  for (const lang of ['uk', 'ru', 'en']) console.log(`check-worthy ${lang}        ${checkworthy(body.filter((r) => r.article.lang === lang), predict)}`);
  console.log(`speaker accuracy       ${accuracy(body, 'speaker', predict)}`);
  console.log(`source accuracy        ${accuracy(body, 'source', predict)}`);
  console.log(`target accuracy        ${accuracy(body, 'target', predict)}`);
  console.log('per kind (precision over returned claims, recall over labelled check-worthy):');
  for (const l of perKind(body, predict)) console.log(l);
  const neg = body.filter((r) => r.label.checkworthy && r.label.negated);
  const hed = body.filter((r) => r.label.checkworthy && r.label.hedged);
  console.log(`negation recall        ${neg.filter((r) => r.analysis?.negated).length}/${neg.length}`);
  console.log(`hedging recall         ${hed.filter((r) => r.analysis?.hedged).length}/${hed.length}`);
  const furniture = rows.filter((r) => r.label.furniture);
  console.log(`claims on furniture    ${furniture.filter(predict).length} of ${furniture.length} furniture lines`);
}

function main(): void {
  const articles = loadLabelled();
  const shipped = pairAll(articles);
  const detected: Predict = (p) => !!p.analysis && !p.analysis.furniture && p.analysis.score >= CHECKWORTHY_THRESHOLD;
  console.log(`labelled: ${articles.length} articles, ${shipped.length} sentences (${shipped.filter((p) => p.label.furniture).length} furniture), threshold ${CHECKWORTHY_THRESHOLD}`);
  report('shipped model (trained on all labelled data: TRAINING numbers)', shipped, detected);

  const heldOut = new Map<Paired, boolean>();
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(examplesOf(shipped.filter((p) => p.fold !== k)));
    for (const p of shipped.filter((q) => q.fold === k)) heldOut.set(p, !!p.analysis && !p.analysis.furniture && !p.analysis.attr.carry && score(model, p.analysis.features) >= CHECKWORTHY_THRESHOLD);
  }
  report(`${FOLDS}-fold cross-validation by article (HELD-OUT numbers for the model; the rules saw these articles)`, shipped, (p) => heldOut.get(p)!);

  if (existsSync(HOLDOUT_DIR)) {
    const test = pairAll(loadLabelled(HOLDOUT_DIR));
    report(`TEST split ${HOLDOUT_DIR} (${new Set(test.map((p) => p.article.id)).size} articles written after rules and model were frozen)`, test, detected);
    if (process.argv.includes('--errors')) printErrors(test, detected);
  }

  if (existsSync(HOLDOUT2_DIR)) {
    const test2 = pairAll(loadLabelled(HOLDOUT2_DIR));
    report(`TEST split ${HOLDOUT2_DIR} (holdout2, never tuned on: ${new Set(test2.map((p) => p.article.id)).size} articles)`, test2, detected);
    if (process.argv.includes('--errors-holdout2')) printErrors(test2, detected);
  }

  if (process.argv.includes('--errors')) printErrors(shipped, detected);
}

function printErrors(rows: Paired[], detected: Predict): void {
  {
    console.log('\n== errors (shipped model)');
    for (const p of rows) {
      const a = p.analysis;
      const yhat = detected(p);
      const l = p.label;
      const wrong: string[] = [];
      if (yhat !== l.checkworthy && !(l.furniture && !yhat)) wrong.push(`cw ${l.checkworthy}→${yhat} (${a?.score.toFixed(2)}${a?.furniture ? ' ' + a.furniture : ''})`);
      if (l.checkworthy && yhat && a) {
        if (l.kind && a.kind !== l.kind) wrong.push(`kind ${l.kind}→${a.kind}`);
        if (l.speaker && a.attr.speaker !== l.speaker) wrong.push(`speaker ${l.speaker}→${a.attr.speaker}`);
        if (l.source && a.attr.source !== l.source) wrong.push(`source ${l.source}→${a.attr.source}`);
        if (l.target && a.attr.target !== l.target) wrong.push(`target ${l.target}→${a.attr.target}`);
      }
      if (wrong.length) console.log(`${p.article.id}: ${wrong.join('; ')} | ${l.text.slice(0, 90)}`);
    }
  }
}

main();
