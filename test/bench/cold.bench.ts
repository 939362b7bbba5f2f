/**
 * Cold-start benchmark: what a fresh content script pays on its first page. For each seed fixture
 * page, PROCESSES fresh `node` processes each import the production-minified engine bundle (extraction
 * + claim detection, the code the content script runs) and time, once: the module evaluation, the
 * first extractLive on the page and the first detectClaims on its article; then a warm second pass.
 * Prints medians over the processes, wall and CPU (on a loaded machine CPU time is the steadier
 * number). `npm run bench -- cold`. The page is parsed with linkedom before timing starts.
 */
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { listFixturePages } from '../server/fixture-server.mjs';
import { median } from './stats';

/** Fresh processes per page (the task asks for a median of at least 10). */
const PROCESSES = 11;
const OUT = join(process.cwd(), '.zvirka', 'bench');
const ENGINE = join(OUT, 'cold-engine.mjs');
const CHILD = join(OUT, 'cold-child.mjs');

/** The engine entry: the same modules the content script pulls in for analysis. */
const ENTRY = `export { extractLive } from './src/extract/index';\nexport { detectClaims } from './src/core/claims/index';\n`;

/** Runs in each fresh process: argv = engine, page file, url; prints one JSON line. */
const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const [engine, file, url] = process.argv.slice(2);
const { document } = parseHTML(readFileSync(file, 'utf8'));
const out = {};
function step(name, fn) {
  const c = process.cpuUsage();
  const t = performance.now();
  const r = fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  out[name] = { wall, cpu: (d.user + d.system) / 1000 };
  return r;
}
const c0 = process.cpuUsage();
const t0 = performance.now();
const eng = await import(engine);
const w0 = performance.now() - t0;
const d0 = process.cpuUsage(c0);
out.import = { wall: w0, cpu: (d0.user + d0.system) / 1000 };
const live = step('extract', () => eng.extractLive(document, url));
if ('notArticle' in live) { console.log(JSON.stringify({ error: live.reason })); process.exit(0); }
const ref = live.article.published ? new Date(live.article.published) : new Date('2026-05-20T12:00:00Z');
const claims = step('detect', () => eng.detectClaims(live.article, { ref }));
step('extract2', () => eng.extractLive(document, url));
step('detect2', () => eng.detectClaims(live.article, { ref }));
out.claims = claims.length;
out.words = live.article.paragraphs.reduce((n, p) => n + p.text.split(/\\s+/).filter(Boolean).length, 0);
console.log(JSON.stringify(out));
`;

interface Timing { wall: number; cpu: number }
type ChildOut = Record<'import' | 'extract' | 'detect' | 'extract2' | 'detect2', Timing> & { claims: number; words: number; error?: string };

const fmt = (n: number): string => n.toFixed(1).padStart(7);

/** Bundles the engine (minified, as in production) and writes the child script. */
async function prepare(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    outfile: ENGINE,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    define: { __ZVIRKA_TEST__: 'false' },
  });
  writeFileSync(CHILD, CHILD_SOURCE);
}

/** Prints per-page medians over fresh processes. */
export async function run(): Promise<void> {
  await prepare();
  const pages = listFixturePages().filter((p: { name: string }) => p.name.startsWith('seed-'));
  console.log(`median of ${PROCESSES} fresh node processes per page; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`${'page'.padEnd(26)} words claims |  wall ms: import extract  detect   first |  cpu ms: import extract  detect   first | warm detect`);
  for (const p of pages as { name: string; url: string; file: string }[]) {
    const runs: ChildOut[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const line = execFileSync(process.execPath, [CHILD, ENGINE, p.file, p.url], { encoding: 'utf8', cwd: process.cwd() }).trim();
      const r = JSON.parse(line.split('\n').pop()!) as ChildOut;
      if (r.error) throw new Error(`${p.name}: not an article: ${r.error}`);
      runs.push(r);
    }
    const m = (k: keyof ChildOut, f: 'wall' | 'cpu'): number => median(runs.map((r) => (r[k] as Timing)[f]));
    const first = (f: 'wall' | 'cpu'): number => median(runs.map((r) => r.import[f] + r.extract[f] + r.detect[f]));
    console.log(
      `${p.name.padEnd(26)} ${String(runs[0]!.words).padStart(5)} ${String(runs[0]!.claims).padStart(6)} |         ${fmt(m('import', 'wall'))} ${fmt(m('extract', 'wall'))} ${fmt(m('detect', 'wall'))} ${fmt(first('wall'))} |` +
        `        ${fmt(m('import', 'cpu'))} ${fmt(m('extract', 'cpu'))} ${fmt(m('detect', 'cpu'))} ${fmt(first('cpu'))} | ${fmt(m('detect2', 'wall'))}`,
    );
  }
}
