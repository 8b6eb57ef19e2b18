#!/usr/bin/env node
// Prints the gzip size (level 9) of every file in dist/, then what a first visit downloads for
// each bundle (index.html + CSS + that bundle's JS glue and wasm; scripts/build.sh builds one
// bundle per journey), and fails when any bundle's first load is over the budget.
//
//   node scripts/size-report.mjs [dist-dir]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// Per bundle: the most a first visit to any page downloads. Issue 3 split the app into
// bundles instead of raising this for the whole app; see README.md, "Size".
const BUDGET = 220 * 1024;
// The exceptions: the pages that draw charts (a person's charts and report; the service
// dashboard and its report) carry the chart drawing code (plotters and our charts, ~40 KB
// gzip that no other page downloads). They are bundles of their own, so a phone taking a
// reading never fetches it.
const BUDGETS = { progress: 256 * 1024, dashboard: 256 * 1024 };
const budgetOf = (name) => BUDGETS[name] ?? BUDGET;
const COUNTED = new Set(['.html', '.js', '.wasm', '.css']);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? process.env.DIST_DIR ?? path.join(here, '..', 'dist'));

if (!existsSync(dist)) {
  console.error(`size-report: ${dist} not found: run 'trunk build --release' first`);
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

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const file of walk(dist)) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
  rows.push({ name: path.relative(dist, file), raw: raw.length, gz, counted: COUNTED.has(path.extname(file).toLowerCase()) });
}
rows.sort((a, b) => b.gz - a.gz);

const width = Math.max(4, ...rows.map((r) => r.name.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gz).padStart(10)}${r.counted ? '' : '  (not counted)'}`);
}
// A bundle is a pair "<name>-<hash>.js" + "<name>-<hash>_bg.wasm"; the page and its CSS are
// part of every first load.
const shared = rows.filter((r) => r.counted && !/\.(js|wasm)$/.test(r.name));
const bundles = new Map();
for (const r of rows.filter((r) => /\.(js|wasm)$/.test(r.name))) {
  const name = r.name.replace(/-[0-9a-f]+(_bg)?\.(js|wasm)$/, '');
  bundles.set(name, [...(bundles.get(name) ?? []), r]);
}
if (bundles.size === 0) {
  console.error('size-report: FAIL: no bundles (<name>-<hash>.js and _bg.wasm) in ' + dist);
  process.exit(1);
}
const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
console.log('');
console.log(`first load per bundle (html + css + js + wasm), budget ${kb(BUDGET)} gzip each` +
  ` (${Object.entries(BUDGETS).map(([n, b]) => `${n}: ${kb(b)}`).join(', ')}):`);
let over = [];
let largest = 0;
for (const [name, files] of [...bundles].sort()) {
  const load = [...shared, ...files];
  const gz = sum(load, 'gz');
  largest = Math.max(largest, gz);
  const budget = budgetOf(name);
  const verdict = gz > budget ? `OVER by ${kb(gz - budget)}` : `${kb(budget - gz)} under`;
  console.log(`  ${name.padEnd(14)} ${kb(gz).padStart(10)} gzip  (${kb(sum(load, 'raw'))} raw)  ${verdict}`);
  if (gz > budget) over.push(name);
}
console.log(`largest first load: ${kb(largest)} gzip of ${bundles.size} bundles; budget ${kb(BUDGET)}, charts ${kb(budgetOf('progress'))}`);
if (over.length > 0) {
  console.error(`size-report: FAIL: first load of ${over.join(', ')} is over its budget.`);
  process.exit(1);
}
console.log('size-report: OK, every bundle is under budget');
