#!/usr/bin/env node
// How fast the built app is in Chromium with a large caseload stored: a benchmark that
// reports medians, never a test that asserts times (the machines are too noisy for that).
// It exits non-zero only when a step does not happen at all (the list never appears, a tap is
// never saved).
//
//   node scripts/bench.mjs [--runs 7] [--quick] [--dir dist] [--people 500]
//
// Needs dist/ (scripts/build.sh) and the e2e tools (Playwright in tests/e2e/node_modules,
// Debian's Chromium; scripts/setup.sh --browsers installs them).
//
// What it does: stores the stress caseload of `cargo bench --bench repository`
// (scripts/stress-caseload.mjs: 500 people × 12 readings × 20 cards) in local storage, as
// many people as the browser's quota holds, then times in three profiles (desktop speed; the
// CPU slowed 4×; the CPU slowed 4× on a slow connection of 150 ms latency and 200 kB/s):
//   first visit   a fresh browser profile (empty caches, no service worker) opens the app,
//                 until the People list is drawn
//   repeat visit  a new page in the same profile after that visit (the service worker, if the
//                 build has one, installed and active; otherwise the HTTP cache), online and,
//                 on the slow connection, offline
//   person        a click on a person in the list, until their page is drawn
//   reading       a click on `Take a reading`, until its page is drawn
//   tap           a tap on a card's answer, until that answer is written to local storage
//   Data page     a click on `Data` in the menu, until the Data page's heading and its storage
//                 figures ("The records use … of …") are drawn: with a full store, opening it
//                 must fill nothing (it measures the limit only when asked)
//   answer page   a fresh profile on a phone-sized screen opens the answer page with an
//                 invitation (tests/fixtures/invitation-1.txt: the adults' 15-card deck), until
//                 its first screen ("Hello Sam", and Start) is drawn: what a person waits for
//                 on their own phone (budget: 1.5 s with the CPU slowed 4× on the slow link)
// and, once, the printed report of the demo's busiest person (Ravi P.): its A4 pages, from
// Chromium's own PDF of it (tests/e2e/report-print.spec.mjs asserts at most 4).
// Times are taken inside the page (performance.now(), a MutationObserver, a wrapper around
// Storage.setItem), not by Playwright round trips: a visit is timed from the navigation's
// start, a click or tap from the click event's own time stamp. "Drawn" means the element is
// in the document and laid out (the observer forces layout when it sees it), so the figure
// includes style and layout but not the wait for the next display frame.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stressCaseload, PEOPLE, READINGS, CARDS } from './stress-caseload.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const e2e = path.join(root, 'tests', 'e2e');

function parseArgs(argv) {
  const out = { runs: 7, dir: path.join(root, 'dist'), people: PEOPLE, quick: false };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(runs|dir|people)(?:=(.*))?$/.exec(argv[i]);
    if (m) out[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
    else if (argv[i] === '--quick') out.quick = true;
    else {
      console.error('usage: node scripts/bench.mjs [--runs N] [--quick] [--dir dist] [--people N]');
      process.exit(2);
    }
  }
  out.runs = out.quick ? 1 : Number(out.runs);
  out.people = Number(out.people);
  if (!Number.isInteger(out.runs) || out.runs < 1 || !Number.isInteger(out.people) || out.people < 1) {
    console.error('bench: --runs and --people take a whole number of at least 1');
    process.exit(2);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(path.join(args.dir, 'index.html'))) {
  console.error(`bench: ${args.dir}/index.html not found: run scripts/build.sh first`);
  process.exit(1);
}
const hasServiceWorker = existsSync(path.join(args.dir, 'sw.js'));
const hasAnswerPage = existsSync(path.join(args.dir, 'answer', 'index.html'));

// Playwright and the browser flags the e2e journeys use, from tests/e2e.
const requireE2e = createRequire(path.join(e2e, 'package.json'));
let chromium;
try {
  ({ chromium } = requireE2e('@playwright/test'));
} catch {
  console.error('bench: Playwright not found in tests/e2e/node_modules: run scripts/setup.sh --browsers');
  process.exit(1);
}
const config = (await import(pathToFileURL(path.join(e2e, 'playwright.config.mjs')).href)).default;
const launchOptions = config.use.launchOptions;
const desktop = config.projects.find((p) => p.name === 'desktop').use.viewport;

const PROFILES = [
  { name: 'desktop', cpu: 1, network: null },
  { name: 'CPU 4×', cpu: 4, network: null },
  // CDP takes bytes per second.
  { name: 'slow (CPU 4×, 150 ms, 200 kB/s)', cpu: 4, network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 } },
];

// --- the server: scripts/serve-dist.mjs on a free port, behind a pass-through that counts
// the requests reaching it (so a repeat visit can say how many went to the network, whoever
// made them: the page or the service worker).
async function startServer() {
  const child = spawn(process.execPath, [path.join(here, 'serve-dist.mjs'), '--port', '0', '--dir', args.dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`serve-dist exited (${code})`)));
  });
  const counter = { paths: [] };
  const proxy = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    client.on('data', (chunk) => {
      for (const [, p] of chunk.toString('latin1').matchAll(/^(?:GET|HEAD) (\S+)/gm)) {
        counter.paths.push(p);
      }
    });
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${proxy.address().port}`,
    counter,
    stop() {
      proxy.close();
      child.kill('SIGTERM');
    },
  };
}

// --- in the page: marks taken where things happen.
// A click's time stamp (the first listener of all: window, capture phase), the moment a
// condition on the document first holds, and each Storage.setItem.
function instrument() {
  if (window.top !== window) return;
  const bench = (window.__bench = { click: null, waits: {} });
  addEventListener('click', (e) => (bench.click = e.timeStamp), { capture: true });
  const text = (el) => (el?.textContent ?? '').trim();
  const main = () => document.querySelector('main');
  const tests = {
    // The People list with its rows: "Showing N of M" and N rows.
    people: () => {
      const rows = main()?.querySelectorAll('ul[aria-label="People"] > li').length ?? 0;
      const count = [...(main()?.querySelectorAll('[role="status"]') ?? [])].map(text).find((t) => /^Showing/.test(t));
      const shown = /^Showing (\d+) of \d+/.exec(count ?? '');
      return rows > 0 && shown !== null && Number(shown[1]) === rows;
    },
    person: (name) =>
      text(main()?.querySelector('h1')) === name &&
      [...main().querySelectorAll('a')].some((a) => text(a) === 'Take a reading'),
    data: () =>
      text(main()?.querySelector('h1')) === 'Your data' && /^The records use /.test(text(document.getElementById('storage-use'))),
    reading: () =>
      text(main()?.querySelector('h1')) === 'Take a reading' &&
      [...main().querySelectorAll('button')].some((b) => /^(Start the reading|Carry on with the reading)/.test(text(b))),
  };
  const check = () => {
    for (const w of Object.values(bench.waits)) {
      if (w.at === null && w.test && w.test()) {
        // Layout now, so "drawn" includes style and layout of what appeared.
        document.documentElement.getBoundingClientRect();
        w.at = performance.now();
        w.from = w.fromClick ? bench.click : 0;
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // Arms a wait: `fromClick` measures from the next click, otherwise from the navigation.
  bench.arm = (name, kind, arg, fromClick) => {
    if (fromClick) bench.click = null;
    bench.waits[name] = { test: () => tests[kind](arg), at: null, from: null, fromClick };
    check();
  };
  // A tap is done when setItem wrote a reading in progress with that answer.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const result = setItem.call(this, key, value);
    const w = bench.waits.tap;
    if (w && w.at === null && key === w.key) {
      const at = performance.now();
      try {
        const readings = JSON.parse(value)?.data?.readings ?? [];
        const saved = readings.some(
          (r) => r.complete !== true && r.answers?.some((a) => a.card === w.card && a.answer?.Rated === w.rated),
        );
        if (saved) Object.assign(w, { at, from: bench.click });
      } catch {
        // not ours to judge: the app reports unreadable values itself
      }
    }
    return result;
  };
  bench.armTap = (key, card, rated) => {
    bench.click = null;
    bench.waits.tap = { key, card, rated, at: null, from: null };
  };
  bench.armPeople = () => bench.arm('people', 'people', null, false);
  bench.armPeople();
}

// The figure of an armed wait, once it is done (ms), or an error after `timeout` ms.
async function waitFor(page, name, timeout) {
  const handle = await page
    .waitForFunction((n) => {
      const w = window.__bench?.waits[n];
      return w && w.at !== null && w.from !== null ? w.at - w.from : null;
    }, name, { timeout, polling: 50 })
    .catch(() => null);
  if (handle === null) throw new Error(`step '${name}' did not happen within ${timeout / 1000} s`);
  return handle.jsonValue();
}

// --- the data
const now = new Date();
const caseload = stressCaseload({ people: args.people, today: now, savedAt: now.toISOString() });

// Stores the decks and as many people as fit, then the index of those stored (giving back
// people until it fits too). Returns the number of people stored, the characters used (keys
// and values, as the quota counts them) and the storage state each run starts from.
async function prepare(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A same-origin page that is not the app (serve-dist answers 404 for a missing .txt), so
  // nothing but this script touches local storage.
  await page.goto(`${origin}/bench-storage.txt`);
  let count = await page.evaluate(({ decks, people }) => {
    localStorage.clear();
    localStorage.setItem(...decks);
    let stored = 0;
    for (const [key, value] of people) {
      try {
        localStorage.setItem(key, value);
      } catch {
        break;
      }
      stored++;
    }
    return stored;
  }, { decks: caseload.decks, people: caseload.people.map(([key, value]) => [key, value]) });
  for (;;) {
    const index = caseload.index(caseload.people.slice(0, count).map((p) => p[2]));
    const fits = await page.evaluate(([key, value]) => {
      try {
        localStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    }, index);
    if (fits) break;
    if (count === 0) throw new Error('not even an empty index fits in local storage');
    count--;
    await page.evaluate((key) => localStorage.removeItem(key), caseload.people[count][0]);
  }
  const chars = await page.evaluate(() => {
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      n += key.length + localStorage.getItem(key).length;
    }
    return n;
  });
  await context.close();
  const items = [caseload.decks, ...caseload.people.slice(0, count).map(([key, value]) => [key, value]), caseload.index(caseload.people.slice(0, count).map((p) => p[2]))];
  return { count, chars, items };
}

// --- one run of one profile
async function throttle(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  return cdp;
}

// Opens the app in `page` and waits for the People list; returns ms from the navigation to
// the list drawn, and to the wasm's last byte arriving (the rest is compiling and starting
// the app, reading storage and drawing).
async function visit(page, origin, timeout) {
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout });
  const ready = await waitFor(page, 'people', timeout);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd);
  return [ready, wasm];
}

// How the app's files came on a visit: "service worker", "HTTP cache" or "network".
async function servedBy(page) {
  return page.evaluate(() => {
    if (navigator.serviceWorker?.controller) return 'service worker';
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return wasm && wasm.transferSize === 0 ? 'HTTP cache' : 'network';
  });
}

async function run(browser, server, stored, profile, { inApp }) {
  const timeout = profile.network ? 120_000 : 60_000;
  const context = await browser.newContext({ viewport: desktop });
  await context.addInitScript(instrument);
  const problems = [];
  const result = {};
  try {
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`uncaught error: ${err.message}`));
    // The caseload goes in from a same-origin page that is not the app, and is checked
    // before the app opens (written here rather than through Playwright's storageState,
    // so what the app finds is certain).
    await page.goto(`${server.origin}/bench-storage.txt`);
    const written = await page.evaluate((items) => {
      localStorage.clear();
      for (const [key, value] of items) localStorage.setItem(key, value);
      return localStorage.length;
    }, stored.items);
    if (written !== stored.items.length) throw new Error(`local storage holds ${written} values, not the ${stored.items.length} written`);
    await throttle(context, page, profile);
    [result.first, result.firstWasm] = await visit(page, server.origin, timeout);
    const shown = await page.evaluate(() => ({
      rows: document.querySelectorAll('main ul[aria-label="People"] > li').length,
      stored: localStorage.length,
    }));
    if (shown.rows !== stored.count) {
      throw new Error(`the People list shows ${shown.rows} rows, not the ${stored.count} people stored (local storage holds ${shown.stored} values)`);
    }
    result.wasm = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return wasm ? { encoded: wasm.encodedBodySize, decoded: wasm.decodedBodySize } : null;
    });

    if (inApp) {
      const n = Math.floor(stored.count / 2);
      const name = `Person ${n}`;
      await page.evaluate((name) => window.__bench.arm('person', 'person', name, true), name);
      await page.getByRole('list', { name: 'People', exact: true }).getByRole('link', { name, exact: true }).click();
      result.person = await waitFor(page, 'person', timeout);

      await page.evaluate(() => window.__bench.arm('reading', 'reading', null, true));
      await page.getByRole('main').getByRole('link', { name: 'Take a reading', exact: true }).click();
      result.reading = await waitFor(page, 'reading', timeout);

      const main = page.getByRole('main');
      await main.getByRole('radio', { name: 'Stress deck' }).check();
      await main.getByRole('radio', { name: 'The worker', exact: true }).check();
      await main.getByRole('button', { name: 'Start the reading' }).click();
      const card = main.getByRole('group').first();
      await card.waitFor({ timeout });
      const id = caseload.personId(n);
      await page.evaluate(({ key }) => window.__bench.armTap(key, 'card-1', 3), { key: caseload.personKey(id) });
      await card.getByRole('radio', { name: 'Mostly', exact: true }).check();
      result.tap = await waitFor(page, 'tap', timeout);

      await page.evaluate(() => window.__bench.arm('data', 'data', null, true));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data', exact: true }).click();
      result.data = await waitFor(page, 'data', timeout);
    }

    // The service worker (if the build has one) installed and active before the next visit.
    if (hasServiceWorker) {
      const active = await page
        .waitForFunction(async () => (await navigator.serviceWorker?.getRegistration())?.active?.state === 'activated', null, { timeout, polling: 100 })
        .then(() => true)
        .catch(() => false);
      if (!active) throw new Error('the build has sw.js but no service worker became active');
    }
    await page.close();

    const again = await context.newPage();
    again.on('pageerror', (err) => problems.push(`uncaught error: ${err.message}`));
    await throttle(context, again, profile);
    const before = server.counter.paths.length;
    [result.repeat, result.repeatWasm] = await visit(again, server.origin, timeout);
    result.repeatBy = await servedBy(again);
    result.repeatRequests = server.counter.paths.slice(before).join(' ') || 'none';
    await again.close();

    if (profile.network && hasServiceWorker) {
      await context.setOffline(true);
      const offline = await context.newPage();
      offline.on('pageerror', (err) => problems.push(`uncaught error: ${err.message}`));
      await throttle(context, offline, profile);
      const before = server.counter.paths.length;
      [result.offline, result.offlineWasm] = await visit(offline, server.origin, timeout);
      // The browser's own update check of the worker script (sw.js) runs outside the page's
      // emulated network and does not hold up the page; anything else would be the page
      // reaching the network while offline.
      const leaked = server.counter.paths.slice(before).filter((p) => !p.endsWith('/sw.js'));
      if (leaked.length > 0) throw new Error(`the offline visit still reached the server: ${leaked.join(', ')}`);
      await offline.close();
    }
  } finally {
    await context.close();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return result;
}

// The answer page's first visit on a phone: ms from the navigation to its Start button drawn.
const INVITATION = readFileSync(path.join(root, 'tests', 'fixtures', 'invitation-1.txt'), 'utf8').trim();
async function answerPage(browser, server, profile) {
  const timeout = profile.network ? 120_000 : 60_000;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const start = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Start');
      if (start) {
        start.getBoundingClientRect();
        window.__answerReady = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    const page = await context.newPage();
    await throttle(context, page, profile);
    await page.goto(`${server.origin}/answer/#${INVITATION}`, { waitUntil: 'commit', timeout });
    await page.waitForFunction(() => window.__answerReady !== undefined, null, { timeout, polling: 50 });
    return await page.evaluate(() => window.__answerReady);
  } finally {
    await context.close();
  }
}

// The A4 pages of the printed report of the demo's busiest person, as Chromium prints it.
async function reportPages(browser, server) {
  const name = 'Ravi P.';
  const context = await browser.newContext({ viewport: desktop });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/demo`);
    await page.getByRole('button', { name: 'Start the demo', exact: true }).click();
    await page.getByRole('list', { name: 'People', exact: true }).getByRole('link', { name, exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: 'Print report', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Report: ${name}` }).waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    // Page objects (`/Type /Page`), not the page tree (`/Pages`).
    return { name, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length };
  } finally {
    await context.close();
  }
}

// --- main
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

const started = Date.now();
const server = await startServer();
const browser = await chromium.launch({ ...launchOptions, headless: true });
let failed = false;
try {
  const stored = await prepare(browser, server.origin);
  console.log(
    `bench: ${stored.count === args.people ? `all ${stored.count}` : `${stored.count} of ${args.people}`} people stored ` +
      `(${READINGS} readings × ${CARDS} cards each; ${(stored.chars / 1e6).toFixed(2)} M characters` +
      `${stored.count < args.people ? ', as many as local storage holds' : ''}); ` +
      `${args.runs} run${args.runs === 1 ? '' : 's'} per profile; service worker: ${hasServiceWorker ? 'yes (sw.js)' : 'none in this build'}`,
  );
  // A first run that is not counted: the browser's own start-up (processes, disk cache)
  // would otherwise fall on the first profile's first visit.
  await run(browser, server, stored, PROFILES[0], { inApp: false });
  const results = Object.fromEntries(PROFILES.map((p) => [p.name, []]));
  for (let r = 0; r < args.runs; r++) {
    // The profiles take turns, so a slow spell of the machine falls on all of them.
    for (const profile of PROFILES) {
      const result = await run(browser, server, stored, profile, { inApp: !profile.network });
      if (hasAnswerPage) result.answer = await answerPage(browser, server, profile);
      results[profile.name].push(result);
      process.stdout.write(`  run ${r + 1}/${args.runs} ${profile.name}: first ${ms(result.first)} (wasm in at ${ms(result.firstWasm)}), repeat ${ms(result.repeat)}` +
        (result.person !== undefined ? `, person ${ms(result.person)}, reading ${ms(result.reading)}, tap ${ms(result.tap)}, Data page ${ms(result.data)}` : '') +
        (result.offline !== undefined ? `, offline ${ms(result.offline)}` : '') +
        (result.answer !== undefined ? `, answer page ${ms(result.answer)}` : '') + '\n');
    }
  }

  const repeatBy = [...new Set(Object.values(results).flat().map((r) => r.repeatBy))].join(' / ');
  const steps = [
    ['first visit ready (People list drawn)', 'first'],
    ['  (the wasm fully loaded at)', 'firstWasm'],
    [`repeat visit ready (${repeatBy})`, 'repeat'],
    ['  (the wasm fully loaded at)', 'repeatWasm'],
    ['repeat visit ready, offline', 'offline'],
    ['click a person → their page drawn', 'person'],
    ['`Take a reading` → its page drawn', 'reading'],
    ['tap an answer → in local storage', 'tap'],
    ['`Data` → the Data page and its storage figures drawn', 'data'],
    ["answer page first visit (a person's phone)", 'answer'],
  ];
  const cell = (list, key) => {
    const xs = list.map((r) => r[key]).filter((x) => x !== undefined);
    if (xs.length === 0) return '—';
    return xs.length === 1 ? ms(xs[0]) : `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  };
  const cols = PROFILES.map((p) => p.name);
  const rows = steps.map(([label, key]) => [label, ...cols.map((c) => cell(results[c], key))]);
  const widths = [0, ...cols.map((_, i) => i + 1)].map((i) => Math.max(...[['step', ...cols][i], ...rows.map((r) => r[i])].map((s) => s.length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log('');
  console.log(`median${args.runs > 1 ? ' (min–max)' : ''} of ${args.runs} run${args.runs === 1 ? '' : 's'}:`);
  console.log(line(['step', ...cols]));
  for (const r of rows) console.log(line(r));
  const wasm = results[cols[0]][0].wasm;
  if (wasm) {
    console.log(`wasm on the first visit: ${(wasm.encoded / 1024).toFixed(0)} KB transferred, ${(wasm.decoded / 1024).toFixed(0)} KB decoded` +
      (wasm.encoded === wasm.decoded ? ' (served uncompressed)' : ''));
  }
  const report = await reportPages(browser, server);
  console.log(`the demo's busiest person's printed report (${report.name}): ${report.pages} A4 page${report.pages === 1 ? '' : 's'}`);
  const requests = [...new Set(Object.values(results).flat().map((r) => r.repeatRequests))];
  console.log(`requests reaching the server on a repeat visit: ${requests.join('; ')}`);
  if (!hasServiceWorker) console.log('offline repeat visit: not measured (this build has no service worker)');
} catch (error) {
  failed = true;
  console.error(`bench: FAIL: ${error.message}`);
} finally {
  await browser.close();
  server.stop();
}
console.log(`bench: ${failed ? 'failed' : 'done'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
