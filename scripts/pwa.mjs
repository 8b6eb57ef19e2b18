#!/usr/bin/env node
// Makes a built dist/ installable and able to run offline: the web app manifest, its icons
// (drawn here, so the build needs no image files or tools), a service worker whose precache
// list is every built file with its content hash, and the links and registration script in
// index.html. Run by scripts/build.sh as its last step, so the list covers every file.
//
//   node scripts/pwa.mjs <dist> <public-url>      e.g. node scripts/pwa.mjs dist /outcome-focus/
//   node scripts/pwa.mjs <dist>/answer <public-url>answer/ --answer-page
//
// With --answer-page it writes only the answer page's own worker (dist/answer/sw.js, scope
// answer/): a person's phone caches that small page and nothing of the practitioner's app,
// and a new version takes over at the next visit (the page keeps its answers in local
// storage, so nothing waits for a Reload button). The app's own worker leaves answer/ alone:
// it neither precaches it nor answers for it.
//
// Running it again on the same folder (after changing a file) rewrites all of it: the
// block it put in index.html is replaced, not repeated, and sw.js changes whenever any file
// does, which is how browsers notice a new deployment.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, unlinkSync, existsSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, constants } from 'node:zlib';

const NAME = 'Outcome Focus';
const SHORT_NAME = 'Outcomes';
const THEME = '#1d4f6e';
const BACKGROUND = '#ffffff';
// Left out of the precache: the worker itself, and the single-file edition (a download
// for use from a file, never opened through the worker; it holds a copy of everything).
const NOT_PRECACHED = new Set(['sw.js', 'outcome-focus.html']);
const BLOCK_START = '<!-- pwa: written by scripts/pwa.mjs -->';
const BLOCK_END = '<!-- /pwa -->';

const ANSWER_FOLDER = 'answer';
const answerPage = process.argv.includes('--answer-page');
const [distArg, publicUrlArg] = process.argv.slice(2).filter((a) => a !== '--answer-page');
if (!distArg) {
  console.error('usage: node scripts/pwa.mjs <dist> <public-url>');
  process.exit(2);
}
const dist = path.resolve(distArg);
const base = normaliseBase(publicUrlArg ?? '/');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`pwa: ${dist}/index.html not found: build the app first`);
  process.exit(1);
}

/** "/outcome-focus", "outcome-focus/" -> "/outcome-focus/"; "" or "/" -> "/". */
export function normaliseBase(text) {
  const parts = text.split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const short = (bytes) => sha256(bytes).slice(0, 16);

// --- icons ------------------------------------------------------------------------------

/** "#1d4f6e" -> [29, 79, 110]. */
function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Distance from point p to the segment a-b. */
function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The app's icon as RGBA pixels: the favicon's drawing (a 32-unit square: a circle of radius
 * 14 and a tick from (9,17) through (14,22) to (23,11), 3 units wide), 4×4 samples a pixel.
 * `fill` paints the whole square (maskable and Apple icons: the platform cuts the shape, and
 * the tick stays well inside the safe zone, the central circle of 40% radius).
 */
function drawIcon(size, { fill }) {
  const brand = rgb(THEME);
  const tick = [[9, 17], [14, 22], [23, 11]];
  const half = 1.5;
  const n = 4;
  const unit = 32 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inShape = 0;
      let inTick = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const ux = (x + (sx + 0.5) / n) * unit;
          const uy = (y + (sy + 0.5) / n) * unit;
          const shape = fill || Math.hypot(ux - 16, uy - 16) <= 14;
          if (!shape) continue;
          inShape++;
          const d = Math.min(segmentDistance(ux, uy, tick[0], tick[1]), segmentDistance(ux, uy, tick[1], tick[2]));
          if (d <= half) inTick++;
        }
      }
      const i = (y * size + x) * 4;
      if (inShape === 0) continue;
      // Colour of the covered part, then its coverage as alpha (no colour bleeds at edges).
      const white = inTick / inShape;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(brand[c] * (1 - white) + 255 * white);
      pixels[i + 3] = Math.round((255 * inShape) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels as a PNG: 8-bit RGBA, no filter, no timestamp, so the bytes are the same every build. */
export function png(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: constants.Z_BEST_COMPRESSION })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { stem: 'icon-192', size: 192, fill: false, purpose: 'any' },
  { stem: 'icon-512', size: 512, fill: false, purpose: 'any' },
  { stem: 'icon-maskable-512', size: 512, fill: true, purpose: 'maskable' },
  // iOS ignores transparency (it shows black) and rounds the corners itself.
  { stem: 'apple-touch-icon', size: 180, fill: true, purpose: null },
];

// Icons of an earlier run with other content would stay in the precache list: remove them.
const written = {};
if (!answerPage) {
const iconName = /^(icon-192|icon-512|icon-maskable-512|apple-touch-icon)-[0-9a-f]{16}\.png$/;
for (const name of readdirSync(dist)) if (iconName.test(name)) unlinkSync(path.join(dist, name));

for (const icon of ICONS) {
  const bytes = png(icon.size, drawIcon(icon.size, icon));
  const name = `${icon.stem}-${short(bytes)}.png`;
  writeFileSync(path.join(dist, name), bytes);
  written[icon.stem] = name;
}

// --- manifest ---------------------------------------------------------------------------

const indexPath = path.join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// The page's own description, as text. Trunk minifies the page: attributes in any order,
// values quoted or not, entities possible.
const entities = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (text) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : entities[name] ?? all,
  );
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4]);
  }
  return out;
}
const description =
  [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => attributes(m[0])).find((a) => a.name === 'description')
    ?.content ?? 'Agree personal outcomes with the people you support and see their progress.';

const manifest = {
  id: base,
  name: NAME,
  short_name: SHORT_NAME,
  description,
  lang: 'en-GB',
  dir: 'ltr',
  start_url: base,
  scope: base,
  display: 'standalone',
  theme_color: THEME,
  background_color: BACKGROUND,
  icons: ICONS.filter((i) => i.purpose).map((i) => ({
    src: base + written[i.stem],
    sizes: `${i.size}x${i.size}`,
    type: 'image/png',
    purpose: i.purpose,
  })),
};
writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');

// --- index.html: links and the registration -----------------------------------------------

// Registers the worker, and offers a new version once it is installed and waiting; the
// page is reloaded only when the person asks (drafts are kept by the app anyway).
const registration = `(function () {
  if (!/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator)) return;
  var base = ${JSON.stringify(base)};
  var sw = navigator.serviceWorker;
  var region = null;
  var waiting = null;
  // The status region is in the page (hidden) from the start; to offer, it is shown empty
  // and filled a moment later, so that screen readers announce the words.
  function makeRegion() {
    region = document.createElement("div");
    region.className = "update-banner";
    region.setAttribute("role", "status");
    region.hidden = true;
    document.body.insertBefore(region, document.body.firstChild);
    if (waiting) offer(waiting);
  }
  function offer(worker) {
    waiting = worker;
    if (!region || !region.hidden) return;
    region.hidden = false;
    setTimeout(fill, 100);
  }
  function fill() {
    var text = document.createElement("p");
    text.textContent = "A new version is ready";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button-primary";
    button.textContent = "Reload";
    button.addEventListener("click", function () {
      // Another tab may already have switched to it.
      if (sw.controller === waiting || waiting.state === "activated") return reload();
      sw.addEventListener("controllerchange", reload);
      waiting.postMessage({ type: "SKIP_WAITING" });
    });
    region.appendChild(text);
    region.appendChild(button);
  }
  var reloading = false;
  function reload() {
    if (reloading) return;
    reloading = true;
    location.reload();
  }
  function watch(worker) {
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed" && sw.controller) offer(worker);
    });
  }
  if (document.body) makeRegion();
  else document.addEventListener("DOMContentLoaded", makeRegion);
  window.addEventListener("load", function () {
    sw.register(base + "sw.js", { scope: base, updateViaCache: "none" }).then(function (reg) {
      if (reg.waiting && sw.controller) offer(reg.waiting);
      if (reg.installing) watch(reg.installing);
      reg.addEventListener("updatefound", function () {
        if (reg.installing) watch(reg.installing);
      });
      // In-page navigation never loads a page, so the browser's own check (on page loads)
      // would not see a deployment while the app stays open: look when it comes back into
      // view, and hourly.
      function check() {
        reg.update().catch(function () {});
      }
      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") check();
      });
      setInterval(check, 3600000);
    }).catch(function (error) {
      console.warn("Outcome Focus will not work offline here: " + error);
    });
  });
})();`;

const block = [
  BLOCK_START,
  `<link rel="manifest" href="${base}manifest.webmanifest" />`,
  `<link rel="apple-touch-icon" href="${base}${written['apple-touch-icon']}" />`,
  // Its comments are for this file's readers, not for every first load.
  `<script>${registration.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '')}</script>`,
  BLOCK_END,
].join('\n');

const start = html.indexOf(BLOCK_START);
if (start >= 0) {
  const end = html.indexOf(BLOCK_END, start);
  if (end < 0) {
    console.error(`pwa: ${indexPath} has the start of the PWA block but not its end`);
    process.exit(1);
  }
  html = html.slice(0, start) + block + html.slice(end + BLOCK_END.length);
} else {
  // A minifier may leave out </head> (it is optional): then before <body>.
  let head = html.search(/<\/head>/i);
  if (head < 0) head = html.search(/<body[\s>]/i);
  if (head < 0) {
    console.error(`pwa: ${indexPath} has neither </head> nor <body>`);
    process.exit(1);
  }
  html = html.slice(0, head) + block + '\n' + html.slice(head);
}
writeFileSync(indexPath, html);
} else {
  writeAnswerRegistration();
}

// --- the service worker ----------------------------------------------------------------------

function* walk(dir, prefix = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // e.g. trunk's .stage/ left by a failed build
    const rel = prefix + entry.name;
    if (entry.isDirectory() && !answerPage && rel === ANSWER_FOLDER) continue;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), rel + '/');
    else if (entry.isFile() && !NOT_PRECACHED.has(rel)) yield rel;
  }
}

const files = {};
for (const rel of [...walk(dist)].sort()) files[rel] = short(readFileSync(path.join(dist, rel)));
const version = short(Object.entries(files).map(([f, h]) => `${f} ${h}\n`).join(''));

const worker = `// Outcome Focus's service worker, written by scripts/pwa.mjs: do not edit.
// Every built file with its content hash; this file changes whenever any of them does.
const FILES = ${JSON.stringify(files, null, 2)};
const NOT_PRECACHED = ${JSON.stringify([...NOT_PRECACHED])};
// Caches are shared by the whole origin: the base path keeps apart two copies of the app
// on one site (say / and /outcome-focus/), so neither deletes the other's.
const PREFIX = ${JSON.stringify(answerPage ? 'outcome-focus-answer:' : 'outcome-focus:')} + ${JSON.stringify(base)} + ":";
const CACHE = PREFIX + ${JSON.stringify(version)};
// Names with a content hash (trunk's "app-<hash>.css", our icons) never change content, so
// the browser's HTTP cache may serve them; the others are fetched afresh.
const HASHED = /-[0-9a-f]{8,}(?:_bg)?\\.[^/]+$/;

const scope = () => self.registration.scope;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        Object.keys(FILES).map((file) =>
          fetch(new Request(scope() + file, { cache: HASHED.test(file) ? "default" : "no-cache" })).then((response) => {
            if (!response.ok) throw new Error(file + ": HTTP " + response.status);
            return cache.put(scope() + file, response);
          }),
        ),
      ),
    ),
  );
  ${answerPage ? '// The answer page has no Reload button: a new version takes over at the next visit.\n  self.skipWaiting();' : '// No skipWaiting here: a new version waits until the page\'s "Reload" asks for it.'}
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope())) return;
  let file;
  try {
    file = decodeURIComponent(new URL(request.url).pathname.slice(new URL(scope()).pathname.length));
  } catch {
    return; // a malformed address: the server says what it makes of it
  }
  if (NOT_PRECACHED.includes(file)) return;
  // The answer page (answer/) has its own worker and its own small cache.
  if (${JSON.stringify(!answerPage)} && (file === ${JSON.stringify(ANSWER_FOLDER)} || file.startsWith(${JSON.stringify(ANSWER_FOLDER + '/')}))) return;
  if (Object.prototype.hasOwnProperty.call(FILES, file)) {
    event.respondWith(fromCache(scope() + file, request));
  } else if (request.mode === "navigate") {
    // Every in-app address is the same page; the app routes from the address.
    event.respondWith(fromCache(scope() + "index.html", request));
  }
});

function fromCache(key, request) {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(key, { ignoreVary: true }))
    .then((cached) => cached || fetch(request));
}
`;
writeFileSync(path.join(dist, 'sw.js'), worker);

const total = Object.keys(files).reduce((sum, f) => sum + readFileSync(path.join(dist, f)).length, 0);
console.log(
  `== pwa: ${answerPage ? 'the answer page' : `manifest, ${ICONS.length} icons`}, sw.js precaching ${Object.keys(files).length} files ` +
    `(${(total / 1024).toFixed(1)} KB) as cache ${version}`,
);

/** The answer page's registration of its own worker, in the BLOCK markers of its index.html. */
function writeAnswerRegistration() {
  const page = path.join(dist, 'index.html');
  let text = readFileSync(page, 'utf8');
  const script = `(function () {
  if (!/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(${JSON.stringify(base + 'sw.js')}, { scope: ${JSON.stringify(base)}, updateViaCache: "none" }).catch(function () {});
  });
})();`;
  const block = [BLOCK_START, `<script>${script.replace(/^\s+/gm, '')}</script>`, BLOCK_END].join('\n');
  const start = text.indexOf(BLOCK_START);
  if (start >= 0) {
    const end = text.indexOf(BLOCK_END, start);
    text = text.slice(0, start) + block + text.slice(end + BLOCK_END.length);
  } else {
    let head = text.search(/<\/head>/i);
    if (head < 0) head = text.search(/<body[\s>]/i);
    if (head < 0) {
      console.error(`pwa: ${page} has no </head>`);
      process.exit(1);
    }
    text = text.slice(0, head) + block + '\n' + text.slice(head);
  }
  writeFileSync(page, text);
}
