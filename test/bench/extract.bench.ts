/**
 * Extraction speed per fixture page: the median of RUNS runs of extractArticle against
 * `new Readability(clone).parse()` on the same jsdom document (parsing and cloning excluded), and
 * their ratio. Targets: seed pages well under 3 ms, at least 3x faster than Readability.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/extract/index';
import { isArticle } from '../../src/core/types';

const RUNS = 25;
const WARMUP = 3;
const PAGES_DIR = join(process.cwd(), 'test/fixtures/pages');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time `fn` RUNS times after WARMUP runs; `prepare` runs untimed before each call. */
function time<T>(prepare: () => T, fn: (x: T) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const x = prepare();
    const t0 = performance.now();
    fn(x);
    const dt = performance.now() - t0;
    if (i >= WARMUP) times.push(dt);
  }
  return median(times);
}

/** Print the per-page medians and ratios, and a summary line. */
export async function run(): Promise<void> {
  const names = readdirSync(PAGES_DIR).filter((n) => existsSync(join(PAGES_DIR, n, 'source.html'))).sort();
  const rows: string[] = [];
  const ratios: number[] = [];
  let worstSeed = 0;
  for (const name of names) {
    const html = readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
    const url = (JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as { url: string }).url;
    const doc = new JSDOM(html, { url }).window.document;
    const result = extractArticle(doc, url);
    const ours = time(() => doc, (d) => extractArticle(d, url));
    const theirs = time(() => doc.cloneNode(true) as Document, (clone) => new Readability(clone).parse());
    const ratio = theirs / ours;
    ratios.push(ratio);
    if (name.startsWith('seed-')) worstSeed = Math.max(worstSeed, ours);
    const path = isArticle(result) ? result.adapter : 'not-article';
    rows.push(`${name.padEnd(34)} ${path.padEnd(14)} ${ours.toFixed(2).padStart(7)} ms ${theirs.toFixed(2).padStart(8)} ms ${ratio.toFixed(1).padStart(6)}x`);
  }
  console.log(`extractArticle vs Readability, jsdom, median of ${RUNS} runs (parse and clone excluded)`);
  console.log(`${'page'.padEnd(34)} ${'path'.padEnd(14)} ${'ours'.padStart(10)} ${'readability'.padStart(11)} ${'ratio'.padStart(7)}`);
  for (const r of rows) console.log(r);
  console.log(`pages: ${names.length}; slowest seed: ${worstSeed.toFixed(2)} ms; median ratio ${median(ratios).toFixed(1)}x; lowest ratio ${Math.min(...ratios).toFixed(1)}x`);
}
