#!/usr/bin/env node
// Prints the gzip size (level 9) of every file in dist/ and fails when the app's
// transfer size (html + js + wasm + css, gzipped) is over the budget.
//
//   node scripts/size-report.mjs [dist-dir]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 200 * 1024;
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
const total = rows.filter((r) => r.counted).reduce((s, r) => s + r.gz, 0);
const rawTotal = rows.filter((r) => r.counted).reduce((s, r) => s + r.raw, 0);
console.log(`total html+js+wasm+css: ${kb(total)} gzip (${total} bytes; ${kb(rawTotal)} raw); budget ${kb(BUDGET)}`);
if (total > BUDGET) {
  console.error(`size-report: FAIL: the app is ${kb(total)} gzipped, over the ${kb(BUDGET)} budget by ${kb(total - BUDGET)}.`);
  process.exit(1);
}
console.log(`size-report: OK, ${kb(BUDGET - total)} under budget`);
