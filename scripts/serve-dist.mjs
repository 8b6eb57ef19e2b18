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
// - Blocks path traversal; index.html is sent with Cache-Control: no-cache.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  res.writeHead(status, { ...common, ...headers, 'Content-Length': body ? body.length : 0 });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res, req, status, text, extra = {}) {
  send(res, req, status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }, Buffer.from(text + '\n'));
}

async function sendFile(res, req, file) {
  const body = await readFile(file);
  const ext = path.extname(file).toLowerCase();
  const headers = { 'Content-Type': MIME[ext] ?? 'application/octet-stream' };
  if (ext === '.html') headers['Cache-Control'] = 'no-cache';
  send(res, req, 200, headers, body);
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
