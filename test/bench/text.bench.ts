/**
 * Text-layer benchmark: splitSentences + tokenize + stem (every word token) over each seed text, and
 * over a ~1,500-word article (seeds 000 + 003 concatenated), the budget case: well under 2 ms.
 * `npm run bench -- text`. Prints medians of RUNS runs, wall and CPU; stemming both warm (the memo
 * filled by earlier runs, the steady state in a tab) and cold (memo cleared before every run).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { splitSentences } from '../../src/core/text/segment';
import { tokenize } from '../../src/core/text/tokenize';
import { clearStemCache, stem } from '../../src/core/text/stem';
import type { Lang } from '../../src/core/types';
import { median, timeCall } from './stats';

const RUNS = 101;
const WARMUP = 10;
/** The seed articles, in the repo (test/fixtures/seeds); ZVIRKA_SEEDS overrides. */
const SEEDS = process.env.ZVIRKA_SEEDS ?? resolve(process.cwd(), 'test/fixtures/seeds');

let sink = 0;
function calibrationLoop(): void {
  let s = 0;
  for (let i = 0; i < 1e8; i++) s += i & 7;
  sink += s;
}

const f = (n: number): string => n.toFixed(3).padStart(7);

/** The whole text pipeline once; returns the number of word tokens so nothing is optimized away. */
function pipeline(text: string, lang: Lang): number {
  let words = 0;
  for (const s of splitSentences(text, lang)) {
    for (const t of tokenize(s.text)) {
      if (t.kind !== 'word') continue;
      stem(t.text, lang);
      words++;
    }
  }
  return words;
}

function measure(label: string, text: string, lang: Lang): void {
  for (let i = 0; i < WARMUP; i++) pipeline(text, lang);
  const words = pipeline(text, lang);
  const stage = (fn: () => void) => median(Array.from({ length: RUNS }, () => timeCall(fn).wall));
  const sentences = splitSentences(text, lang);
  const seg = stage(() => splitSentences(text, lang));
  const tok = stage(() => sentences.forEach((s) => tokenize(s.text)));
  const warm = Array.from({ length: RUNS }, () => timeCall(() => pipeline(text, lang)));
  const cold = Array.from({ length: RUNS }, () => {
    clearStemCache();
    return timeCall(() => pipeline(text, lang));
  });
  console.log(
    `${label.padEnd(28)} ${String(words).padStart(5)} words ${String(sentences.length).padStart(4)} sent | ` +
      `split ${f(seg)} tokenize ${f(tok)} | all warm ${f(median(warm.map((x) => x.wall)))} (cpu ${f(median(warm.map((x) => x.cpu)))}) ` +
      `cold ${f(median(cold.map((x) => x.wall)))} (cpu ${f(median(cold.map((x) => x.cpu)))}) ms`,
  );
}

export async function run(): Promise<void> {
  if (!existsSync(SEEDS)) {
    throw new Error(`text.bench: seed directory not found at ${SEEDS}; run from the repo root (seeds are in test/fixtures/seeds) or set ZVIRKA_SEEDS`);
  }
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`text.bench: no *.txt seeds in ${SEEDS}`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${RUNS} runs, ms (wall unless noted)`);
  // A fixed CPU-bound loop, so numbers from a loaded or slow machine can be scaled: ~70 ms on an idle
  // recent desktop core.
  console.log(`calibration: 1e8-iteration loop ${f(timeCall(calibrationLoop).cpu)} ms cpu`);
  const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  files.forEach((f, i) => measure(f, texts[i]!, 'uk'));
  const article = [texts[0], texts[3]].filter(Boolean).join('\n\n');
  measure('~1500 words (000 + 003)', article, 'uk');
  if (sink === 42) console.log(''); // keeps the calibration loop from being optimized away
}
