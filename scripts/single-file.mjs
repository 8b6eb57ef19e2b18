#!/usr/bin/env node
// Writes the single-file edition, <dist>/outcome-focus.html: the page, its CSS, the JS glue
// and the wasm in one file that runs by double-click from a folder, a USB stick or a shared
// drive, with no server.
//
//   node scripts/single-file.mjs [dist]      (scripts/build.sh runs it after trunk)
//
// trunk's own output cannot do that: its glue is an ES module, and browsers refuse to load
// modules (or fetch the wasm) from file://. So this takes the raw wasm cargo built for trunk,
// runs wasm-bindgen with `--target no-modules` (a plain script defining `wasm_bindgen`) and
// wasm-opt with index.html's own settings, and inlines everything: the wasm as base64,
// started from its bytes. Inside the file the app keeps its addresses in the fragment
// (`#/people/…`), since it sees `location.protocol === "file:"`.
//
// Expects wasm-bindgen and binaryen's wasm-opt on PATH (scripts/env.sh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');
const OUT_NAME = 'outcome-focus.html';

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

const page = fs.readFileSync(path.join(root, 'index.html'), 'utf8');

// The wasm is the binary index.html names, with the wasm-opt level and flags it gives trunk
// (the feature flags must match, or wasm-opt rejects the module).
const rustLink = page.match(/<link\b[^>]*\bdata-trunk\b[^>]*\brel="rust"[^>]*>/s)?.[0];
if (!rustLink) fail('index.html has no <link data-trunk rel="rust">');
// Values quoted or not: trunk's minified page leaves out the quotes where it can.
const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
const bin = attr(rustLink, 'data-bin') ?? 'outcome-focus';
const optLevel = attr(rustLink, 'data-wasm-opt') ?? 'z';
const optParams = (attr(rustLink, 'data-wasm-opt-params') ?? '').split(/\s+/).filter(Boolean);

const targetDir = path.resolve(root, process.env.CARGO_TARGET_DIR ?? 'target');
const rawWasm = path.join(targetDir, 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
if (!fs.existsSync(rawWasm)) fail(`${rawWasm} is missing: run trunk build --release first`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'of-single-file-'));
let glue;
let wasm;
try {
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', tmp, '--out-name', bin, rawWasm]);
  const bound = path.join(tmp, `${bin}_bg.wasm`);
  const optimised = path.join(tmp, `${bin}.opt.wasm`);
  run('wasm-opt', [`-O${optLevel}`, ...optParams, bound, '-o', optimised]);
  glue = fs.readFileSync(path.join(tmp, `${bin}.js`), 'utf8');
  wasm = fs.readFileSync(optimised);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// The CSS trunk built (hashed, minified), found through the built page's stylesheet links.
const builtPage = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const css = [...builtPage.matchAll(/<link\b[^>]*>/g)]
  .filter(([tag]) => attr(tag, 'rel') === 'stylesheet')
  .map(([tag]) => path.join(dist, path.basename(attr(tag, 'href') ?? '')))
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');
if (!css) fail(`no stylesheet found in ${path.join(dist, 'index.html')}`);

// The source page's head, minus what only a served app can use: trunk's links, the manifest
// and icons by address, the service worker. Kept: the meta tags, the inline icon, and the
// pre-start script that says why a browser without WebAssembly shows nothing.
const section = (name) => page.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';
const head = section('head')
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/<link\b[^>]*>/g, (tag) => (/\bhref="data:/.test(tag) && !/\bdata-trunk\b/.test(tag) ? tag : ''))
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) =>
    /^<script>/.test(tag) && !/serviceWorker/.test(tag) ? tag : '',
  )
  // No sub-path in a file: the app uses the fragment instead.
  .replace(/(<meta name="outcome-focus-base" content=")[^"]*(")/, '$1$2')
  .replace(/\n\s*\n+/g, '\n');
if (!head.includes('name="outcome-focus-base"')) fail('index.html lost its outcome-focus-base meta tag');
const body = section('body').replace(/<script\b[\s\S]*?<\/script>/g, '');

// Inline text must not close its own element early.
const inline = (text, element) => text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1');

// Started asynchronously from the bytes: no main-thread limit on compiling a large module,
// and a failure is said on the page rather than blamed on the connection.
const start = `(function () {
  var text = atob("${wasm.toString('base64')}");
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  wasm_bindgen({ module_or_path: bytes }).catch(function (error) {
    console.error(error);
    if (document.querySelector(".load-failed")) return;
    var p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.className = "load-failed";
    p.textContent = "Outcome Focus could not start in this browser. Try an up-to-date Chrome, Edge or Firefox. Your saved records are safe in this browser.";
    document.body.insertBefore(p, document.body.firstChild);
  });
})();`;

const html = `<!doctype html>
<html lang="${page.match(/<html\b[^>]*\blang="([^"]*)"/)?.[1] ?? 'en-GB'}">
  <head>${head.trimEnd()}
    <style>
${inline(css, 'style')}
    </style>
  </head>
  <body>${body.trimEnd()}
    <script>
${inline(glue, 'script')}
    </script>
    <script>
${start}
    </script>
  </body>
</html>
`;

const out = path.join(dist, OUT_NAME);
fs.writeFileSync(out, html);
console.log(`single-file: wrote ${path.relative(root, out)} (${html.length} bytes, wasm ${wasm.length} bytes)`);
