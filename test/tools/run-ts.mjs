#!/usr/bin/env node
// Runs a TypeScript tool (demo, benchmark, evaluation, training) in node: bundles it with esbuild
// into .zvirka/run/ (packages stay external and resolve from node_modules) and imports the result.
// Usage: node test/tools/run-ts.mjs <file.ts> [args...]   (args reach the tool as process.argv.slice(2))
// Tools must find repo files through process.cwd() (the repo root under npm scripts), not
// import.meta.url, which points into .zvirka/run/ after bundling.
import * as esbuild from 'esbuild';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node test/tools/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const outfile = join(ROOT, '.zvirka', 'run', `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
try {
  await esbuild.build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    define: { __ZVIRKA_TEST__: 'false', __ZVIRKA_BROWSER__: '"chrome"' },
  });
} catch (err) {
  console.error(`could not bundle ${entry}: ${err.message}`);
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
