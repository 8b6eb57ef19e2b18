#!/usr/bin/env node
// A small static server for trunk's dist/ folder, with no dependencies.
//
//   node scripts/serve-dist.mjs [--port 8080] [--dir dist] [--base /outcome-focus/]
//
// Environment: PORT, DIST_DIR, BASE_PATH (the flags win). Binds 127.0.0.1 only.
// - Paths that are not a file fall back to index.html, so deep links such as
//   /people/p-abc123 work on reload. A missing file whose extension is a known asset type
//   other than .html (e.g. a stale .wasm or .js name) gets a 404 instead, so mistakes stay
//   visible rather than arriving as HTML.
// - With a base path, the app lives under it (/outcome-focus/...) and / redirects there.
// - Blocks path traversal.
// - Like a real static host: brotli or gzip as the browser accepts them; files whose name
//   carries a content hash ("app-<hex>.css") cached for a year as immutable, everything
//   else (index.html, sw.js, manifest.webmanifest) revalidated on every use (no-cache,
//   with an ETag, so an unchanged file costs a 304). README.md, "Hosting", has the same
//   rules for nginx and Apache.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--(port|dir|base|host)(?:=(.*))?$/.exec(arg);
    if (m) {
      out[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
    } else if (/^\d+$/.test(arg)) {
      out.port = arg;
    } else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/serve-dist.mjs [--port N] [--dir DIST] [--base /sub/path/]');
      process.exit(0);
    } else {
      console.error(`serve-dist: unknown argument '${arg}'`);
      process.exit(2);
    }
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const host = '127.0.0.1';
const port = Number(args.port ?? process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve-dist: bad port '${args.port ?? process.env.PORT}'`);
  process.exit(2);
}
const rootArg = args.dir ?? process.env.DIST_DIR ?? path.join(here, '..', 'dist');
if (!existsSync(path.join(rootArg, 'index.html'))) {
  console.error(`serve-dist: ${path.resolve(rootArg)}/index.html not found: run 'trunk build --release' first`);
  process.exit(1);
}
const root = realpathSync(rootArg);

// "/outcome-focus" or "outcome-focus/" -> "/outcome-focus/"; "" or "/" -> "/".
let base = args.base ?? process.env.BASE_PATH ?? '/';
base = '/' + base.split('/').filter(Boolean).join('/') + '/';
base = base.replace(/\/+$/, '/');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

function send(res, req, status, headers, body) {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const length = status === 304 ? {} : { 'Content-Length': body ? body.length : 0 };
  res.writeHead(status, { ...common, ...headers, ...length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res, req, status, text, extra = {}) {
  send(res, req, status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }, Buffer.from(text + '\n'));
}

// Worth compressing: text, and wasm (about a third of its size with brotli).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.map']);
// A content hash in the name, as trunk writes it ("app-1a2b3c4d5e6f7a8b.css",
// "outcome-focus-…_bg.wasm") and scripts/pwa.mjs for the icons.
const HASHED = /-[0-9a-f]{8,}(?:_bg)?\.[^/]+$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** "br", "gzip" or null: what the request's Accept-Encoding allows, brotli first. */
export function chooseEncoding(header) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

// Files as read and compressed, by path; a changed size or time reads the file again (tests
// change a served folder while the server runs).
const files = new Map();

async function loaded(file) {
  const st = await stat(file);
  const stamp = `${st.size}:${st.mtimeMs}`;
  let entry = files.get(file);
  if (!entry || entry.stamp !== stamp) {
    const body = await readFile(file);
    const etag = createHash('sha256').update(body).digest('hex').slice(0, 20);
    entry = { stamp, body, etag, encoded: new Map() };
    files.set(file, entry);
  }
  return entry;
}

function encoded(entry, encoding) {
  let body = entry.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotli(entry.body, {
            params: {
              // Level 9, not 11: nearly as small, several times quicker on a 1.6 MB wasm.
              [constants.BROTLI_PARAM_QUALITY]: 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
            },
          })
        : gzipAsync(entry.body, { level: constants.Z_BEST_COMPRESSION });
    entry.encoded.set(encoding, body);
  }
  return body;
}

async function sendFile(res, req, file) {
  const entry = await loaded(file);
  const ext = path.extname(file).toLowerCase();
  const compressible = COMPRESSIBLE.has(ext);
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
  // One tag per encoding: each is a different sequence of bytes.
  const etag = encoding ? `"${entry.etag}-${encoding}"` : `"${entry.etag}"`;
  const headers = {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Cache-Control': HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  };
  const match = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''));
  if (match.includes(etag) || match.includes('*')) {
    send(res, req, 304, headers, null);
    return;
  }
  if (!encoding) {
    send(res, req, 200, headers, entry.body);
    return;
  }
  send(res, req, 200, { ...headers, 'Content-Encoding': encoding }, await encoded(entry, encoding));
}

// The file a request path names, or null. Never leaves `root`.
async function resolveFile(relPath) {
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + relPath));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const st = await stat(candidate);
    if (st.isFile()) return realInside(candidate);
    if (st.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      const sti = await stat(index).catch(() => null);
      if (sti?.isFile()) return realInside(index);
    }
  } catch {
    // not there
  }
  return null;
}

function realInside(file) {
  const real = realpathSync(file);
  return real === root || real.startsWith(root + path.sep) ? real : null;
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, req, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendText(res, req, 400, 'Bad Request');
      return;
    }
    if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
      sendText(res, req, 400, 'Bad Request');
      return;
    }
    if (base !== '/') {
      if (pathname === base.slice(0, -1) || pathname === '/') {
        send(res, req, 302, { Location: base + url.search }, Buffer.alloc(0));
        return;
      }
      if (!pathname.startsWith(base)) {
        sendText(res, req, 404, `Not Found (the app is served under ${base})`);
        return;
      }
    }
    const rel = pathname.slice(base.length - 1);
    const file = await resolveFile(rel);
    if (file) {
      await sendFile(res, req, file);
      return;
    }
    const ext = path.posix.extname(rel);
    if (ext && ext !== '.html' && MIME[ext.toLowerCase()]) {
      sendText(res, req, 404, 'Not Found');
      return;
    }
    await sendFile(res, req, path.join(root, 'index.html'));
  } catch (err) {
    console.error('serve-dist:', err);
    if (!res.headersSent) sendText(res, req, 500, 'Internal Server Error');
    else res.destroy();
  }
});

server.on('error', (err) => {
  console.error(`serve-dist: cannot listen on ${host}:${port}: ${err.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const actual = server.address().port;
  console.log(`Serving ${root} at http://${host}:${actual}${base}`);
  console.log('Press Ctrl+C to stop.');
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
