#!/usr/bin/env node
// The `zvirka` command: runs the CLI bundle that build.mjs writes to dist/cli/ (built on
// `npm install` by the `prepare` script, and by every `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/cli/zvirka.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('zvirka: the CLI is not built yet: run `npm run build` (or `npm install`) in the Zvirka checkout');
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
