#!/usr/bin/env node
// Builds the extension for Chrome and Firefox from one source tree.
//
//   node build.mjs                 production build into dist/chrome and dist/firefox, sizes printed
//   node build.mjs --watch         development build, rebuilt on change (not minified, inline sourcemaps)
//   node build.mjs --package       production build, then store-ready zips in dist/
//   node build.mjs --test-hooks    production build plus the e2e test hooks, into dist-test/
//   node build.mjs --quiet         no size table
//
// The production build also writes the CLI to dist/cli/zvirka.mjs (see src/cli/bin.mjs).
//
// The test hooks (see src/shared/test-hooks.ts) are compiled in only under --test-hooks: the
// production bundles never contain them, and a unit test greps dist/ to prove it.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { gzipSync, deflateRawSync, crc32 } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const testHooks = args.has('--test-hooks');
const quiet = args.has('--quiet');
const OUT_ROOT = join(ROOT, testHooks ? 'dist-test' : 'dist');
const TARGETS = ['chrome', 'firefox'];
/** Browsers the bundles must run in: the first versions with the CSS Custom Highlight API. */
const ES_TARGET = ['chrome120', 'firefox140'];

/** Bundles: [entry, output name, format]. Content scripts are classic scripts, so they are IIFEs. */
const ENTRIES = [
  ['src/background/index.ts', 'background', 'esm'],
  ['src/content/index.ts', 'content', 'iife'],
  // Extraction, anchoring and highlights, injected by the background when the page is to be analysed
  // (src/content/engine-loader.ts): its evaluation is a task of its own, apart from content.js's.
  ['src/content/engine-entry.ts', 'engine', 'iife'],
  // The claim card, injected into the content script's world on first use (src/content/card-loader.ts).
  ['src/content/card-entry.ts', 'card', 'iife'],
  ['src/popup/index.tsx', 'popup', 'iife'],
  ['src/options/index.tsx', 'options', 'iife'],
];
const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/options/options.html', 'options.html'],
  ['src/content/content.css', 'content.css'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];

/** The one manifest, adjusted per browser only where the browsers disagree. */
function manifestFor(target, manifest) {
  const m = structuredClone(manifest);
  if (target === 'chrome') {
    // Chrome runs the service worker and warns about the Firefox-only keys.
    delete m.background.scripts;
    delete m.browser_specific_settings;
  }
  if (target === 'firefox') {
    // Firefox runs `scripts` as an event page and ignores (and lints against) service_worker.
    delete m.background.service_worker;
  }
  return m;
}

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): engine.js runs nearly all
 * of its code on every page it is injected into, so V8 compiles the whole file once while evaluating
 * it instead of pre-parsing it then, and parsing each function again on its first call in the middle
 * of extraction and highlighting. Chromium honours it; other engines read a comment. (Not for
 * content.js, most of which is the polyfill and handlers that run later or never, nor card.js, which
 * runs only when a card is opened.)
 */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/**
 * `import browser from 'webextension-polyfill'` as the module's own `module.exports`. The polyfill is
 * CommonJS, and esbuild's interop for a default import copies every property of the exported object
 * onto a fresh one when the bundle starts: in Chrome and Firefox that object is the native `browser`,
 * and reading each namespace's descriptor made Chromium set up every extension API binding on every
 * page load (0.5-1 ms of the content script's evaluation, measured). A `require` needs no copy.
 */
const polyfillAsIs = {
  name: 'polyfill-as-is',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, (args) => (args.namespace === 'polyfill-as-is' ? undefined : { path: 'browser', namespace: 'polyfill-as-is' }));
    build.onLoad({ filter: /.*/, namespace: 'polyfill-as-is' }, () => ({ contents: "export default require('webextension-polyfill');", loader: 'js', resolveDir: ROOT }));
  },
};

/**
 * Regex literals with Unicode property escapes (`/\p{L}+/u`) kept as literals. esbuild (since 0.19.4)
 * rewrites them into `new RegExp("\\p{L}+", "u")` for any browser target, because engines added
 * properties over the years; the ones we use (general categories such as L, Lu, Nd, and
 * Extended_Pictographic) work in every browser we target (Chrome 64, Firefox 78). A rewritten
 * literal inside a function made a new RegExp object on every call.
 */
const KEEP_PROPERTY_ESCAPES = { 'regexp-unicode-property-escapes': true };

function esbuildOptions(target, entry, name, format) {
  return {
    plugins: [polyfillAsIs],
    supported: KEEP_PROPERTY_ESCAPES,
    ...(name === 'engine' ? { banner: { js: COMPILE_ALL_ON_LOAD } } : {}),
    entryPoints: [join(ROOT, entry)],
    outfile: join(OUT_ROOT, target, `${name}.js`),
    bundle: true,
    format,
    target: ES_TARGET,
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
    define: {
      __ZVIRKA_TEST__: String(testHooks),
      __ZVIRKA_BROWSER__: JSON.stringify(target),
      'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production'),
    },
  };
}

async function copyStatic(target) {
  const out = join(OUT_ROOT, target);
  for (const [from, to] of STATIC) await cp(join(ROOT, from), join(out, to), { recursive: true });
  const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(target, manifest), null, 2));
}

// Chrome refuses to load a content script that contains Unicode noncharacters ("It isn't UTF-8
// encoded"), and esbuild's utf8 charset writes them raw. Fail the build with the offending place.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/;

async function checkLoadable(target) {
  for (const [, name] of ENTRIES) {
    const code = await readFile(join(OUT_ROOT, target, `${name}.js`), 'utf8');
    const m = NONCHARACTER.exec(code);
    if (m) {
      const at = code.slice(Math.max(0, m.index - 60), m.index);
      throw new Error(`${target}/${name}.js contains U+${m[0].codePointAt(0).toString(16).toUpperCase()} after "${at}": browsers will refuse it; escape it in the source`);
    }
  }
}

function formatKb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function printSizes() {
  const rows = [];
  for (const target of TARGETS) {
    for (const [, name] of ENTRIES) {
      const buf = await readFile(join(OUT_ROOT, target, `${name}.js`));
      rows.push([`${target}/${name}.js`, formatKb(buf.length), formatKb(gzipSync(buf, { level: 9 }).length)]);
    }
  }
  console.log('bundle                   raw        gzip');
  for (const [n, raw, gz] of rows) console.log(`${n.padEnd(24)} ${raw.padStart(9)}  ${gz.padStart(9)}`);
}

// --- zip (store-ready packages) -------------------------------------------------------------
// A small deflate zip writer: no zip binary is guaranteed on a fresh machine, and node has zlib.

async function listFiles(dir, base = dir) {
  const out = [];
  for (const name of (await readdir(dir)).sort()) {
    const p = join(dir, name);
    if ((await stat(p)).isDirectory()) out.push(...(await listFiles(p, base)));
    else out.push(relative(base, p).split('\\').join('/'));
  }
  return out;
}

async function writeZip(dir, zipPath) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed timestamp (1 Jan 2020) keeps packages reproducible.
  const dosTime = 0, dosDate = ((2020 - 1980) << 9) | (1 << 5) | 1;
  for (const name of await listFiles(dir)) {
    const data = await readFile(join(dir, name));
    const comp = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16); central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, comp);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + comp.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = centrals.length / 2;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralBuf.length, 12); end.writeUInt32LE(offset, 16);
  await writeFile(zipPath, Buffer.concat([...locals, centralBuf, end]));
}

/** The `zvirka` command-line tool (src/cli), run by src/cli/bin.mjs. Dependencies stay external. */
async function buildCli() {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/cli/index.ts')],
    outfile: join(OUT_ROOT, 'cli', 'zvirka.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
    define: { __ZVIRKA_TEST__: 'false', __ZVIRKA_BROWSER__: '"chrome"', __ZVIRKA_VERSION__: JSON.stringify(version) },
  });
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  await rm(OUT_ROOT, { recursive: true, force: true });
  for (const target of TARGETS) await mkdir(join(OUT_ROOT, target), { recursive: true });
  const configs = TARGETS.flatMap((t) => ENTRIES.map(([e, n, f]) => esbuildOptions(t, e, n, f)));

  if (watch) {
    for (const target of TARGETS) await copyStatic(target);
    for (const c of configs) await (await esbuild.context(c)).watch();
    console.log(`watching; output in ${relative(ROOT, OUT_ROOT)}/ (static files are copied once: restart after editing them)`);
    return;
  }
  await Promise.all(configs.map((c) => esbuild.build(c)));
  for (const target of TARGETS) {
    await checkLoadable(target);
    await copyStatic(target);
  }
  if (!testHooks) await buildCli();
  if (!quiet) await printSizes();
  if (args.has('--package')) {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    for (const target of TARGETS) {
      const zip = join(OUT_ROOT, `zvirka-${target}-${version}.zip`);
      await writeZip(join(OUT_ROOT, target), zip);
      console.log(`packaged ${relative(ROOT, zip)} (${formatKb((await stat(zip)).size)})`);
    }
  }
}

main().catch((err) => {
  console.error(`build failed: ${err?.message ?? err}`);
  process.exit(1);
});
