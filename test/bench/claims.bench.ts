/**
 * Claim detection benchmark: median detectClaims time per seed page (≥ 50 runs), on the article
 * sentences alone and on the whole page (furniture included, the worst case of an extractor that
 * kept everything). Target: under 5 ms for 1,500 words. `npm run bench -- claims`. Prints wall medians and
 * mean CPU time of this process: on a shared, loaded machine the CPU time is the steadier number.
 * Pages come from the labelled set (test/labelled/claims/seed-*.json), which holds every line of each seed.
 */
import { detectClaims } from '../../src/core/claims/index';
import { loadLabelled, toArticle, type LabelledArticle } from '../eval/labelled-set';

const RUNS = 60;
const WARMUP = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(la: LabelledArticle): { words: number; ms: number; cpu: number; claims: number } {
  const { article } = toArticle(la);
  const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  let claims = 0;
  for (let i = 0; i < WARMUP; i++) claims = detectClaims(article).length;
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    detectClaims(article);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { words, ms: median(times), cpu: (used.user + used.system) / 1000 / RUNS, claims };
}

/** Prints the medians. */
export async function run(): Promise<void> {
  const seeds = loadLabelled().filter((a) => a.source.startsWith('seed-'));
  console.log(`median of ${RUNS} runs after ${WARMUP} warm-up runs (the gazetteer is built once, before timing)`);
  for (const s of seeds) {
    const body = { ...s, sentences: s.sentences.filter((x) => !x.furniture) };
    const a = timeIt(body);
    const p = timeIt(s);
    const per1500 = (r: { words: number; cpu: number }): string => ((r.cpu / r.words) * 1500).toFixed(2);
    console.log(
      `${s.id}: article ${a.words} words: median ${a.ms.toFixed(2)} ms, mean CPU ${a.cpu.toFixed(2)} ms (${per1500(a)} CPU ms/1500 words, ${a.claims} claims); ` +
        `whole page ${p.words} words: median ${p.ms.toFixed(2)} ms, mean CPU ${p.cpu.toFixed(2)} ms (${per1500(p)} CPU ms/1500 words)`,
    );
  }
}
