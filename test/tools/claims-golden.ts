/**
 * Golden dump of claim detection, for speed work that must not change a byte of the output: runs
 * detectClaims (default, `all`, and with a reference date) and analyzeArticle over every labelled
 * article (dev and both holdouts), every fixture page's paragraphs per language (together, and each
 * paragraph alone with the language left undetermined) and the claims bench's 1,500-word articles,
 * and writes the JSON of the results, one line each, to the file named.
 *
 *   node test/tools/run-ts.mjs test/tools/claims-golden.ts .zvirka/golden-before.json
 *   … change the code …
 *   node test/tools/run-ts.mjs test/tools/claims-golden.ts .zvirka/golden-after.json
 *   cmp .zvirka/golden-before.json .zvirka/golden-after.json
 */
import { writeFileSync } from 'node:fs';
import { analyzeArticle, detectClaims } from '../../src/core/claims/index';
import type { Article } from '../../src/core/types';
import { allLabelled, longArticle } from '../bench/claims.bench';
import { fixtureParagraphs } from '../eval/corpus-texts';
import { toArticle } from '../eval/labelled-set';

const REF = new Date('2026-05-20T12:00:00Z');
const file = process.argv[2];
if (!file) {
  console.error('usage: node test/tools/run-ts.mjs test/tools/claims-golden.ts <out.json>');
  process.exit(2);
}

const lines: string[] = [];
function dump(name: string, a: Article): void {
  lines.push(name);
  lines.push(JSON.stringify(detectClaims(a)));
  lines.push(JSON.stringify(detectClaims(a, { all: true })));
  lines.push(JSON.stringify(detectClaims(a, { ref: REF })));
  // Units hold their paragraph object: its id is enough.
  lines.push(JSON.stringify(analyzeArticle(a).map((x) => ({ ...x, unit: { ...x.unit, paragraph: x.unit.paragraph.id } }))));
}

const all = allLabelled();
for (const la of all) dump(la.id, toArticle(la).article);
for (const lang of ['uk', 'ru', 'en'] as const) {
  const paras = fixtureParagraphs(lang);
  const base = toArticle({ id: `fx-${lang}`, lang, outlet: 'fx', source: 'fx', sentences: [] }).article;
  dump(`fx-${lang}`, { ...base, paragraphs: paras.map((text, i) => ({ id: `p${i}`, text, kind: 'p' as const })) });
  paras.forEach((text, i) => dump(`fx-${lang}-${i}-und`, { ...base, lang: 'und', paragraphs: [{ id: 'p0', text, kind: 'p' as const }] }));
  dump(`bench-${lang}`, toArticle(longArticle(all, lang)).article);
}
writeFileSync(file, lines.join('\n') + '\n');
console.log(`${lines.length / 5} articles, ${lines.reduce((n, l) => n + l.length, 0)} characters of output → ${file}`);
