/** Test helpers: fixture pages and written articles as Articles (the same loader as test/eval/links.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromRecord } from '../../../../src/cli/record';
import type { Article, Claim } from '../../../../src/core/types';
import { detectClaims } from '../../../../src/core/claims/index';

const ROOT = join(__dirname, '../../../..');

/** A fixture page (test/fixtures/pages/<dir>/expected.json) as an Article. */
export function fixture(dir: string): Article {
  const e = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages', dir, 'expected.json'), 'utf8'));
  return { url: e.url, outlet: e.outlet, lang: e.lang, title: e.title, published: e.published, paragraphs: e.paragraphs.map((text: string, i: number) => ({ id: `p${i}`, text, kind: 'p' as const })), links: [], obtained: 'file', obtainedAt: '2026-01-01T00:00:00Z', adapter: 'fixture' };
}

/** A written article (test/labelled/links/articles/<name>.json) as an Article. */
export function written(name: string): Article {
  const a = articleFromRecord(readFileSync(join(ROOT, 'test/labelled/links/articles', `${name}.json`), 'utf8'), { obtained: 'file', now: new Date('2026-01-01T00:00:00Z') });
  if (typeof a === 'string') throw new Error(a);
  return a;
}

/** Every fixture page and written article. */
export function allArticles(): Article[] {
  const pages = readdirSync(join(ROOT, 'test/fixtures/pages')).sort().map(fixture);
  const w = readdirSync(join(ROOT, 'test/labelled/links/articles')).filter((f) => f.endsWith('.json')).sort().map((f) => written(f.replace(/\.json$/, '')));
  return [...pages, ...w];
}

/** The claim of `a` whose text starts with `prefix` (every sentence considered). */
export function claimOf(a: Article, prefix: string): Claim {
  const c = detectClaims(a, { all: true, ref: a.published ? new Date(a.published) : undefined }).find((x) => x.text.startsWith(prefix));
  if (!c) throw new Error(`no claim starting "${prefix}" in ${a.url}`);
  return c;
}
