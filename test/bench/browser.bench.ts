// In-browser numbers (Chromium, production build from dist/chrome, or ZVIRKA_BENCH_DIST; run from a
// copy whose manifest also lists seed 004's site, see withSites):
// - extraction: extractArticle on each fixture page's live DOM vs @mozilla/readability (median of RUNS),
// - the content script's main-thread time per seed page load (browser-loads.ts).
// ZVIRKA_BENCH_PART=extraction or =loads runs only that half.
import * as esbuild from 'esbuild';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../server/fixture-server.mjs';
import { launchChromium } from '../e2e/browsers';
import { benchLoads } from './browser-loads';

const RUNS = 20;
const PART = process.env.ZVIRKA_BENCH_PART ?? 'all';

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/**
 * A copy of the extension whose content script also runs on `urls`' sites that the manifest does not
 * list (seed 004, itvi.cc, is no supported outlet). A reader who turns Zvirka on for such a site gets
 * the same content.js at document_idle, registered at run time (background/other-sites.ts); the
 * bench cannot click the permission prompt, so it writes the site into a copy of the manifest.
 */
function withSites(dist: string, urls: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'zvirka-bench-dist-'));
  cpSync(dist, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
  const script = manifest.content_scripts[0]!;
  for (const url of urls) {
    const match = `https://${new URL(url).hostname}/*`;
    if (script.matches.includes(match)) continue;
    script.matches.push(match);
    manifest.host_permissions.push(match);
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return copy;
}

export async function run(): Promise<void> {
  const bundle = await esbuild.build({
    entryPoints: [join(process.cwd(), 'test/bench/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    define: { __ZVIRKA_TEST__: 'false' },
  });
  const script = bundle.outputFiles[0]!.text;
  const server = await startFixtureServer();
  const seeds = server.pages.filter((x: { name: string }) => x.name.startsWith('seed-'));
  const dist = withSites(process.env.ZVIRKA_BENCH_DIST ?? join(process.cwd(), 'dist', 'chrome'), seeds.map((p: { url: string }) => p.url));
  const session = await launchChromium(server, { dist });
  try {
    if (PART !== 'loads') {
      console.log(`extraction in Chromium, median of ${RUNS} samples of 10 runs each after 10 warm-up samples, on the live DOM (Readability on clones, clone time excluded; the two sampled alternately)`);
      console.log('page'.padEnd(40), 'zvirka'.padStart(10), 'readability'.padStart(12), 'ratio'.padStart(8));
      const page = await session.context.newPage();
      for (const p of server.pages) {
        await page.goto(p.url);
        await page.addScriptTag({ content: script });
        const r = await page.evaluate((n) => (globalThis as unknown as { zvirkaBench: { extraction(n: number): { ours: number; theirs: number } } }).zvirkaBench.extraction(n), RUNS);
        console.log(p.name.padEnd(40), fmt(r.ours).padStart(10), fmt(r.theirs).padStart(12), `${(r.theirs / r.ours).toFixed(1)}x`.padStart(8));
      }
      await page.close();
    }
    if (PART !== 'extraction') {
      if (PART === 'all') console.log('');
      await benchLoads(session, seeds, dist);
    }
  } finally {
    await session.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}
