#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.ts (each exports `run()` and prints medians and
// ratios), in a fixed order, or only those named: `npm run bench -- extract claims`.
// Benchmarks print numbers; they do not assert timings (a busy machine would make such tests flaky).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTs } from '../tools/bundle-ts.mjs';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
  .sort();
if (files.length === 0) {
  console.error(only.length ? `no benchmarks match ${only.join(', ')}` : 'no benchmarks in test/bench');
  process.exit(2);
}
console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const f of files) {
  console.log(`\n== ${f.replace('.bench.ts', '')} ==`);
  const mod = await import(await bundleTs(join(DIR, f)));
  if (typeof mod.run !== 'function') throw new Error(`${f} does not export run()`);
  await mod.run();
}
