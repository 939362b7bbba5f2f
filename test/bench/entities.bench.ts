/**
 * Entity gazetteer benchmark: load (read + parse the shipped JSON, compile every generated form)
 * and matching over the seed articles. `npm run bench -- entities`.
 *
 * Prints wall and CPU medians: on a shared machine the CPU time of this process is the steadier
 * number. Also prints the gzipped size of the data, which ships in the content script.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGazetteer, type Gazetteer } from '../../src/core/entities/gazetteer';
import type { EntityData } from '../../src/core/entities/entity-types';
import { median, timeCall } from './stats';

const LOADS = 20;
/** Untimed builds before each timed series: the first builds run unoptimized code. */
const WARM_UP = 5;
const MATCH_RUNS = 50;
const SEEDS = process.env.ZVIRKA_SEEDS ?? `${process.cwd()}/test/fixtures/seeds`;
const DATA_DIR = fileURLToPath(new URL('../../src/core/entities/data/', import.meta.url));

const fmt = (n: number): string => n.toFixed(n < 1 ? 3 : 2);

/**
 * A fixed reference workload (100,000 Map.set calls with fresh string keys), timed the same way, so
 * numbers from a busy shared machine can be scaled: the ratios to it hold when the machine is idle.
 */
function reference(): number {
  const runs = Array.from({ length: 5 }, () =>
    timeCall(() => {
      const m = new Map<string, number>();
      for (let i = 0; i < 100_000; i++) m.set('ключ ' + i, i);
    }),
  );
  return median(runs.map((r) => r.cpu));
}

export async function run(): Promise<void> {
  const ref = reference();
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; reference workload (100k Map.set) cpu ${fmt(ref)} ms`);
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json')).sort();
  const texts = files.map((f) => readFileSync(join(DATA_DIR, f), 'utf8'));
  const minified = texts.map((t) => JSON.stringify(JSON.parse(t))).join('');
  console.log(`data: ${files.length} files, ${(minified.length / 1024).toFixed(1)} KB minified, ${(gzipSync(minified, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);

  // Load = parse the JSON text and build: the import is cached, so time buildGazetteer directly.
  // A lazy build queues uk/ru names and inflects them as text needs them; an eager build inflects
  // everything up front (the cost a lazy build spreads over the first matches).
  const parse = (): EntityData[] => texts.flatMap((t) => JSON.parse(t) as EntityData[]);
  const report = (label: string, loads: { wall: number; cpu: number }[], st: Gazetteer['stats']): void => {
    const cpu = median(loads.map((l) => l.cpu));
    console.log(`${label}: ${st.entities} entities, ${st.forms} forms, ${st.keys} keys; median of ${loads.length}: wall ${fmt(median(loads.map((l) => l.wall)))} ms, cpu ${fmt(cpu)} ms (${(cpu / ref).toFixed(2)} × reference; fastest ${fmt(Math.min(...loads.map((l) => l.cpu)))} ms)`);
  };
  // The very first build runs cold (interpreted code): that is what one page load pays.
  let g!: Gazetteer;
  const cold = timeCall(() => (g = buildGazetteer(parse(), ['uk', 'en'])));
  console.log(`first (cold) load, lazy uk + en: wall ${fmt(cold.wall)} ms, cpu ${fmt(cold.cpu)} ms (${(cold.cpu / ref).toFixed(2)} × reference)`);
  for (const [label, langs, eager] of [
    ['load (parse + build, lazy), uk + en', ['uk', 'en'], false],
    ['load (parse + build, eager), all languages', ['uk', 'ru', 'en'], true],
    ['load (parse + build, eager), uk + en', ['uk', 'en'], true],
  ] as const) {
    for (let k = 0; k < WARM_UP; k++) g = buildGazetteer(parse(), langs, eager); // let the JIT settle first
    const loads = Array.from({ length: LOADS }, () => timeCall(() => (g = buildGazetteer(parse(), langs, eager))));
    report(label, loads, g.stats);
  }

  if (!existsSync(SEEDS)) {
    console.log(`no seeds at ${SEEDS} (set ZVIRKA_SEEDS): match timings skipped`);
    return;
  }
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const articles = seeds.map((f) => ({ name: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8') }));
  // A ~1,500-word article: seeds 000 and 003 back to back.
  articles.push({ name: '000+003', text: articles[0]!.text + '\n\n' + articles[3]!.text });
  // Load + first match on a fresh lazy gazetteer: what a page pays in total before any reuse.
  for (const { name, text } of articles.slice(0, 1).concat(articles.slice(-1))) {
    for (let k = 0; k < WARM_UP; k++) buildGazetteer(parse(), ['uk', 'en']).match(text, 'uk');
    let fresh!: Gazetteer;
    const runs = Array.from({ length: LOADS }, () =>
      timeCall(() => {
        fresh = buildGazetteer(parse(), ['uk', 'en']);
        fresh.match(text, 'uk');
      }),
    );
    report(`load + first match, seed ${name} (lazy)`, runs, fresh.stats);
  }
  g = buildGazetteer(parse(), undefined, true);
  for (let k = 0; k < 20; k++) for (const { text } of articles) g.match(text, 'uk'); // JIT warm-up
  for (const { name, text } of articles) {
    const words = text.split(/\s+/).filter(Boolean).length;
    let mentions = 0;
    g.match(text, 'uk');
    const runs = Array.from({ length: MATCH_RUNS }, () => timeCall(() => (mentions = g.match(text, 'uk').length)));
    const cpu = median(runs.map((r) => r.cpu));
    console.log(`match seed ${name}: ${words} words, ${mentions} mentions, median wall ${fmt(median(runs.map((r) => r.wall)))} ms, cpu ${fmt(cpu)} ms (${(cpu / ref).toFixed(3)} × reference)`);
  }
}
