#!/usr/bin/env node
// Runs a TypeScript tool (demo, evaluation, training) in node: bundles it (bundle-ts.mjs) and
// imports the result.
// Usage: node test/tools/run-ts.mjs <file.ts> [args...]   (args reach the tool as process.argv.slice(2))
// Tools must find repo files through process.cwd() (the repo root under npm scripts), not
// import.meta.url, which points into .zvirka/run/ after bundling.
import { resolve } from 'node:path';
import { bundleTs } from './bundle-ts.mjs';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node test/tools/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
let url;
try {
  url = await bundleTs(entry);
} catch (err) {
  console.error(`could not bundle ${entry}: ${err.message}`);
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(url);
