import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims } from '../../src/core/claims/index';
import type { Article } from '../../src/core/types';
const root = join(process.cwd(), 'test/fixtures/pages');
const only = process.argv[2];
for (const d of readdirSync(root).sort()) {
  if (only && !d.includes(only)) continue;
  const e = JSON.parse(readFileSync(join(root, d, 'expected.json'), 'utf8'));
  const a: Article = { url: e.url, outlet: e.outlet, lang: e.lang, title: e.title, published: e.published, paragraphs: e.paragraphs.map((t: string, i: number) => ({ id: 'p' + i, text: t, kind: 'p' })), links: [], obtained: 'file', obtainedAt: '', adapter: 'x' };
  const t0 = performance.now();
  const cs = detectClaims(a, { all: true, ref: a.published ? new Date(a.published) : undefined });
  console.log(`== ${d} ${(performance.now() - t0).toFixed(0)}ms`);
  for (const c of cs) console.log(`${c.checkworthiness.toFixed(2)} ${c.kind} sp=${c.speaker ?? ''} src=${c.source ?? ''} tg=${c.target ?? ''} neg=${c.negated} E=${c.entities.join(',')} C=${c.concepts.join(',')} N=${c.numbers.join(',')} D=${c.dates.join(',')}\n   ${c.text.slice(0, 200)}`);
}
