// Bundles a TypeScript tool for node with esbuild into .zvirka/run/ (packages stay external and
// resolve from node_modules). Shared by run-ts.mjs and the benchmark runner.
import * as esbuild from 'esbuild';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `entry` and returns the file: URL of the result, ready for `import()`. */
export async function bundleTs(entry) {
  const outfile = join(ROOT, '.zvirka', 'run', `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
  await esbuild.build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As in build.mjs (KEEP_PROPERTY_ESCAPES): `\p{…}` regex literals stay literals, not a new RegExp per evaluation.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    sourcemap: 'inline',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    define: { __ZVIRKA_TEST__: 'false', __ZVIRKA_BROWSER__: '"chrome"', __ZVIRKA_VERSION__: '"dev"' },
  });
  return pathToFileURL(outfile).href;
}
