#!/usr/bin/env node
// Minifies the JS glue that trunk wrote into dist/, and updates the integrity hashes that
// name it in the pages (trunk's <link rel=modulepreload integrity=…>), so the browser still
// accepts it.
//
//   node scripts/minify-js.mjs [dist-dir]
//
// Why not trunk's own: trunk 0.21.14 minifies with the minify-js crate, whose parser stops at
// wasm-bindgen's `export { initSync, __wbg_init as default }` (a keyword after `as`), so it
// warns "Failed to minify JS: RequiredTokenNotFound(Identifier)" and ships the glue as it is.
// esbuild (pinned in scripts/package.json) parses it. Names stay as they are: the file name is
// trunk's (a hash of the wasm build), so it still changes whenever the app does.
//
// Only the top level of dist/ is minified (trunk's glue, and wasm-bindgen snippets under
// snippets/), not sw.js, which scripts/pwa.mjs writes afterwards. Fails (exit 1) if a file
// does not parse: a glue that cannot be minified must be looked at, not shipped quietly.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(path.join(here, 'package.json'))('esbuild');
const dist = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist'));
if (!existsSync(dist)) {
  console.error(`minify-js: ${dist} not found`);
  process.exit(1);
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && (dir !== dist || entry.name === 'snippets')) yield* jsFiles(full);
    else if (entry.isFile() && /\.m?js$/.test(entry.name) && entry.name !== 'sw.js') yield full;
  }
}
const digests = (bytes) =>
  Object.fromEntries(['sha256', 'sha384', 'sha512'].map((alg) => [alg, createHash(alg).update(bytes).digest('base64')]));

const pages = readdirSync(dist).filter((n) => n.endsWith('.html')).map((n) => path.join(dist, n));
const pageText = new Map(pages.map((p) => [p, readFileSync(p, 'utf8')]));
let before = 0;
let after = 0;
for (const file of jsFiles(dist)) {
  const source = readFileSync(file);
  let code;
  try {
    // format esm: the glue is an ES module; esm also lets esbuild shorten top-level names
    // (exports keep theirs).
    ({ code } = esbuild.transformSync(source.toString('utf8'), { minify: true, format: 'esm', legalComments: 'none', sourcefile: file }));
  } catch (error) {
    console.error(`minify-js: cannot minify ${path.relative(dist, file)}: ${error.message}`);
    process.exit(1);
  }
  const minified = Buffer.from(code);
  if (minified.length >= source.length) continue; // already minified (a second run)
  writeFileSync(file, minified);
  const old = digests(source);
  const now = digests(minified);
  for (const [page, text] of pageText) {
    let updated = text;
    for (const alg of Object.keys(old)) updated = updated.split(`${alg}-${old[alg]}`).join(`${alg}-${now[alg]}`);
    pageText.set(page, updated);
  }
  before += source.length;
  after += minified.length;
  console.log(`minify-js: ${path.relative(dist, file)} ${source.length} -> ${minified.length} bytes`);
}
for (const [page, text] of pageText) writeFileSync(page, text);
if (before === 0) console.log('minify-js: nothing to minify');
