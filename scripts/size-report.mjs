#!/usr/bin/env node
// What each kind of user downloads, compressed as a static host would serve it (gzip -9 and
// brotli at its best), and the budgets that fail the build when it grows too far:
//
// - the practitioner's app, first visit: index.html and everything it loads to start (the
//   CSS, the JS glue and whatever it imports, the wasm): budget 750 KB gzip. The manifest,
//   its icons and the service worker are reported beside it, not counted: the browser fetches
//   them after the app has started.
// - the answer page a person opens on their own phone (answer/index.html and what it loads), once
//   it is built: budget 120 KB gzip.
// - what the service worker caches (every file but itself and the single-file edition), and
//   the single-file edition (dist/outcome-focus.html): reported, not budgeted.
//
//   node scripts/size-report.mjs [dist-dir]
//
// Exits 1 when a budget is exceeded or the app's files cannot be found. See README.md, "Size".
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KB = 1024;
const PRACTITIONER_BUDGET = 750 * KB;
const ANSWER_BUDGET = 120 * KB;
// Not part of what the service worker caches: the worker itself (the browser fetches it
// afresh) and the single-file edition (a download of its own, for running without a server).
const NOT_CACHED = new Set(['sw.js', 'outcome-focus.html']);

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? process.env.DIST_DIR ?? path.join(here, '..', 'dist'));
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`size-report: ${dist}/index.html not found: run scripts/build.sh first`);
  process.exit(1);
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // e.g. trunk's .stage/ left by a failed build
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

const files = new Map();
for (const full of walk(dist)) {
  const raw = readFileSync(full);
  files.set(path.relative(dist, full).split(path.sep).join('/'), {
    name: path.relative(dist, full).split(path.sep).join('/'),
    body: raw,
    raw: raw.length,
    gz: gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length,
    br: brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }).length,
  });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
const width = Math.max(4, ...[...files.keys()].map((n) => n.length));
const row = (name, f, note = '') =>
  `${name.padEnd(width)}  ${kb(f.raw).padStart(10)}  ${kb(f.gz).padStart(10)}  ${kb(f.br).padStart(10)}${note}`;

console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'brotli 11'.padStart(10)}`);
for (const f of [...files.values()].sort((a, b) => b.gz - a.gz)) console.log(row(f.name, f));

// The files a page loads: every address in the page (link href, script src, the loader's
// import and init arguments) that names a file in dist, then what each JS file imports
// (wasm-bindgen's snippets), followed until nothing new turns up. Addresses may carry the
// build's sub-path (scripts/build.sh /outcome-focus/), so a file is found by the longest
// tail of the address that names one.
function fileOf(address) {
  const clean = address.split(/[?#]/)[0].replace(/^(?:https?:)?\/\/[^/]+/, '');
  const parts = clean.split('/').filter((p) => p && p !== '.');
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join('/');
    if (files.has(name)) return name;
  }
  return null;
}
// Quoted, or unquoted after `=` (trunk's minified HTML writes href=/app-….css).
const ADDRESS = /["'`(=]([^"'`()\s<>=]+\.(?:css|m?js|wasm|webmanifest|json|png|svg|ico|webp))(?=["'`)\s>])/g;
function loadedBy(page) {
  const found = new Set();
  const queue = [page];
  while (queue.length > 0) {
    const from = queue.shift();
    const text = files.get(from).body.toString('utf8');
    for (const [, address] of text.matchAll(ADDRESS)) {
      // Relative imports inside a JS file are relative to that file.
      const resolved = address.startsWith('.') ? path.posix.join(path.posix.dirname(from), address) : address;
      const name = fileOf(resolved);
      if (!name || name === page || found.has(name)) continue;
      found.add(name);
      if (/\.m?js$/.test(name) && name !== 'sw.js') queue.push(name);
    }
  }
  return [...found];
}

// What starts the app (counted) and what an installable app adds after it (reported).
const isExtra = (name) => name.endsWith('sw.js') || /\.(webmanifest|json|png|svg|ico|webp)$/.test(name);
function firstLoad(page) {
  const loaded = loadedBy(page);
  const manifest = loaded.find((n) => /\.webmanifest$|manifest\.json$/.test(n));
  // Icons are named in the manifest, not in the page.
  const icons = manifest ? loadedBy(manifest).filter((n) => !loaded.includes(n)) : [];
  const worker = path.posix.join(path.posix.dirname(page), 'sw.js');
  if (files.has(worker) && !loaded.includes(worker)) loaded.push(worker);
  return {
    counted: [page, ...loaded.filter((n) => !isExtra(n))].map((n) => files.get(n)),
    extras: [...loaded.filter(isExtra), ...icons].map((n) => files.get(n)),
  };
}

const failures = [];
function report(title, page, budget) {
  const { counted, extras } = firstLoad(page);
  const kinds = new Set(counted.map((f) => path.extname(f.name)));
  console.log('');
  console.log(`${title} (${page} and what it loads to start):`);
  for (const f of counted) console.log('  ' + row(f.name, f));
  if (!kinds.has('.wasm') || !kinds.has('.js')) {
    failures.push(`${page} loads no JS glue and wasm that this report can find`);
  }
  const gz = sum(counted, 'gz');
  const verdict = gz > budget ? `OVER by ${kb(gz - budget)}` : `${kb(budget - gz)} under`;
  console.log(`  ${'total'.padEnd(width)}  ${kb(sum(counted, 'raw')).padStart(10)}  ${kb(gz).padStart(10)}  ${kb(sum(counted, 'br')).padStart(10)}  ${verdict}`);
  if (gz > budget) failures.push(`${title} is ${kb(gz)} gzip, over its budget of ${kb(budget)}`);
  if (extras.length > 0) {
    console.log(`  after start (manifest, icons, service worker; not counted):`);
    for (const f of extras) console.log('  ' + row(f.name, f));
  }
  return { gz, br: sum(counted, 'br') };
}

const practitioner = report('practitioner first load', 'index.html', PRACTITIONER_BUDGET);
const ANSWER_PAGE = 'answer/index.html';
let answer = null;
if (files.has(ANSWER_PAGE)) {
  answer = report('answer page first load', ANSWER_PAGE, ANSWER_BUDGET);
  console.log(`answer page: ${kb(answer.gz)} gzip (budget ${kb(ANSWER_BUDGET)}), ${kb(answer.br)} brotli`);
} else {
  console.log('');
  console.log('answer page: not built yet');
}

console.log('');
// The answer page (answer/) has its own worker and cache, on the person's phone.
const cached = [...files.values()].filter((f) => !NOT_CACHED.has(f.name) && !f.name.startsWith('answer/'));
console.log(`service worker cache: ${cached.length} files, ${kb(sum(cached, 'raw'))} raw, ` +
  `${kb(sum(cached, 'gz'))} gzip, ${kb(sum(cached, 'br'))} brotli (every file but ${[...NOT_CACHED].join(' and ')})`);
const single = files.get('outcome-focus.html');
console.log(single
  ? `single-file edition: outcome-focus.html ${kb(single.raw)} raw, ${kb(single.gz)} gzip, ${kb(single.br)} brotli (not budgeted)`
  : 'single-file edition: not built (no outcome-focus.html)');

console.log('');
console.log(`practitioner first load: ${kb(practitioner.gz)} gzip (budget ${kb(PRACTITIONER_BUDGET)}), ${kb(practitioner.br)} brotli` +
  (answer ? `; answer page ${kb(answer.gz)} gzip (budget ${kb(ANSWER_BUDGET)})` : ''));
if (failures.length > 0) {
  for (const f of failures) console.error(`size-report: FAIL: ${f}`);
  process.exit(1);
}
console.log('size-report: OK, every first load is within its budget');
