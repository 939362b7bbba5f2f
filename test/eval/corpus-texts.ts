/**
 * Real news text for tests that hold a fast path equal to an exact one over "everything we have":
 * the labelled claim sentences and the fixture pages' expected article paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Relative to the repo root, where npm scripts, vitest and the benchmarks run (as labelled-set.ts).
const LABELLED = 'test/labelled/claims';
const PAGES = 'test/fixtures/pages';

/** Every sentence of the labelled claims set (test/labelled/claims), file by file. */
export function labelledSentences(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(LABELLED)) {
    const a = JSON.parse(readFileSync(join(LABELLED, f), 'utf8')) as { sentences: { text: string }[] };
    for (const s of a.sentences) out.push(s.text);
  }
  return out;
}

/** Every fixture page's expected article paragraphs, page by page; only `lang`'s pages when given. */
export function fixtureParagraphs(lang?: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(PAGES).sort()) {
    const e = JSON.parse(readFileSync(join(PAGES, d, 'expected.json'), 'utf8')) as { lang?: string; paragraphs?: string[] };
    if (lang === undefined || e.lang === lang) out.push(...(e.paragraphs ?? []));
  }
  return out;
}
