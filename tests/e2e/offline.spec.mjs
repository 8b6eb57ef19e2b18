// Offline and installable: after one visit the app works with no connection, a new
// deployment is offered with `Reload` (never forced), Chromium finds it installable, and a
// sub-path build works offline too.
//
// Each test serves its own copy with scripts/serve-dist.mjs on a free port, so that it can
// stop the server (offline means no server at all, not only the browser's emulation) or
// change the files it serves. The sub-path copy is dist-subpath/ (scripts/test.sh builds it:
// `DIST=dist-subpath scripts/build.sh /outcome-focus/`).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, samplePerson, watchPage } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';
import { Shell } from './pages/Shell.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const serveScript = path.join(root, 'scripts', 'serve-dist.mjs');
const pwaScript = path.join(root, 'scripts', 'pwa.mjs');
// E2E_DIST / E2E_DIST_SUBPATH test other builds than dist/ and dist-subpath/.
const dist = path.resolve(process.env.E2E_DIST ?? path.join(root, 'dist'));
const distSubpath = path.resolve(process.env.E2E_DIST_SUBPATH ?? path.join(root, 'dist-subpath'));

// A service worker and one app are the same at any width: the desktop project is enough.
test.skip(({ isMobile }) => isMobile, 'runs on the desktop project only');

/** Starts serve-dist on a free port; resolves to its origin and a stop function. */
async function serve(dir, base = '/') {
  const child = spawn(process.execPath, [serveScript, '--port', '0', '--dir', dir, '--base', base], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const origin = await new Promise((resolve, reject) => {
    const onData = (data) => {
      out += data;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve-dist exited (${code}): ${out}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { origin, stop };
}

/** Waits until a service worker controls the page (the first visit's worker claims it). */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'a service worker controls the page',
      timeout: 20_000,
    })
    .toBe(true);
}

/** The names of this origin's caches. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** What the page's cache version is, read from a served sw.js. */
async function cacheVersion(dir) {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  return /const CACHE = PREFIX \+ "([0-9a-f]+)"/.exec(sw)[1];
}

/** Takes a worker's reading of every card from the person's page; back on their page after. */
async function takeWorkerReading(page) {
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await expect(reading.heading).toBeVisible();
  await reading.start('The worker');
  await reading.answerAll('Mostly true');
  await reading.finishButton.click();
  await expect(reading.summaryHeading).toBeVisible();
  await reading.backToPerson.click();
}

const workerReadingLink = (page) =>
  new PersonPage(page).main.getByRole('link', { name: /^Open the reading: .*The worker/ });

test('after one visit, every page opens offline, and a person and a reading added offline stay', async ({ page, context }) => {
  test.setTimeout(90_000);
  const server = await serve(dist);
  try {
    await page.goto(`${server.origin}/`);
    await expect(new Shell(page).main.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await waitForServiceWorker(page);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);

  await page.reload();
  const shell = new Shell(page);
  await expect(shell.main.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const menu = [
    ['Trigger cards', 'Trigger cards'],
    ['Service', 'Service'],
    ['Dashboard', 'Service dashboard'],
    ['Learn', 'Learn'],
    ['Try the demo', 'Try the demo'],
    ['Data', 'Your data'],
    ['Add person', 'Add person'],
    ['People', 'People'],
  ];
  for (const [link, heading] of menu) {
    await shell.followNav(link);
    await expect(shell.main.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  }

  const alex = samplePerson();
  const personPath = await addPerson(page, alex);
  await takeWorkerReading(page);
  await expect(workerReadingLink(page)).toBeVisible();

  // Typed addresses: each a page load, answered by the service worker.
  const person = new PersonPage(page);
  await page.goto(`${server.origin}${personPath}`);
  await expect(person.heading(alex.name)).toBeVisible();
  await page.goto(`${server.origin}${personPath}/reading`);
  await expect(new ReadingPage(page).heading).toBeVisible();
  await page.goto(`${server.origin}/service/dashboard`);
  await expect(shell.main.getByRole('heading', { level: 1, name: 'Service dashboard' })).toBeVisible();
  await page.goto(`${server.origin}/learn`);
  await expect(shell.main.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();

  await page.goto(`${server.origin}${personPath}`);
  await page.reload();
  await expect(person.heading(alex.name)).toBeVisible();
  await expect(person.detail('Key worker')).toHaveText(alex.keyWorker);
  await expect(workerReadingLink(page)).toBeVisible();
  // Proof that the pages came from the worker, not a server: there is none.
  const fromWorker = await page.evaluate(() => performance.getEntriesByType('navigation')[0].workerStart > 0);
  expect(fromWorker).toBe(true);
});

test.describe('a new deployment', () => {
  let copy;
  let server;
  test.beforeEach(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), 'outcome-focus-update-'));
    await cp(dist, copy, { recursive: true });
    server = await serve(copy);
  });
  test.afterEach(async () => {
    await server?.stop();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test('is offered with Reload, runs once asked, loses nothing and removes the old cache', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${server.origin}/`);
    await waitForServiceWorker(page);
    const alex = samplePerson();
    const personPath = await addPerson(page, alex);
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    const reloadButton = page.getByRole('button', { name: 'Reload', exact: true });
    await expect(banner).toHaveCount(0);
    const oldVersion = await cacheVersion(copy);
    expect(await cacheNames(page)).toEqual([`outcome-focus:/:${oldVersion}`]);

    // Deploy: a changed page (marked, to tell which version runs), then the build's last step.
    const indexPath = path.join(copy, 'index.html');
    const html = await readFile(indexPath, 'utf8');
    await writeFile(indexPath, html.replace('</head>', '<meta name="deployment" content="second" /></head>'));
    execFileSync(process.execPath, [pwaScript, copy, '/']);
    const newVersion = await cacheVersion(copy);
    expect(newVersion).not.toBe(oldVersion);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(banner).toBeVisible();
    await expect(reloadButton).toBeVisible();
    // The offer waits for the person: nothing reloads by itself.
    const navigations = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    expect(navigations).toBe(1);
    expect(await page.locator('meta[name="deployment"]').count()).toBe(0);
    const box = await reloadButton.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expectNoViolations(page, 'the update banner');

    // Keyboard: the button is reachable and works with Enter.
    await reloadButton.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second');
    await expect(banner).toHaveCount(0);
    const person = new PersonPage(page);
    await expect(person.heading(alex.name)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(personPath);
    await expect.poll(() => cacheNames(page)).toEqual([`outcome-focus:/:${newVersion}`]);
  });
});

// The app's worker lists every built file but the answer page's (answer/), which has a worker
// of its own listing every file of that folder: a person's phone caches the small page only.
for (const [folder, notPrecached] of [['', ['sw.js', 'outcome-focus.html']], ['answer', ['sw.js']]]) {
  test(`the precache list of ${folder || 'the app'}/sw.js is every file it serves, with its content hash`, async () => {
    const root = path.join(dist, folder);
    const sw = await readFile(path.join(root, 'sw.js'), 'utf8');
    const listed = JSON.parse(/const FILES = (\{[\s\S]*?\n\});/.exec(sw)[1]);
    const built = readdirSync(root, { recursive: true })
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => statSync(path.join(root, f)).isFile() && !f.startsWith('.'))
      .filter((f) => !notPrecached.includes(f) && (folder !== '' || !f.startsWith('answer/')));
    expect(Object.keys(listed).sort()).toEqual(built.sort());
    for (const file of built) {
      const hash = createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex').slice(0, 16);
      expect(listed[file], file).toBe(hash);
    }
  });
}

// Chromium never offers to install from an incognito profile, which is what a test's
// context is: this one opens a real profile in a temporary folder.
test('Chromium finds no installability errors', async ({ playwright, launchOptions, pageProblems }) => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'outcome-focus-profile-'));
  const server = await serve(dist);
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    watchPage(page, pageProblems);
    await page.goto(`${server.origin}/`);
    await waitForServiceWorker(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ name: 'Outcome Focus', start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    const appleIcon = await page.evaluate(() => document.querySelector('link[rel="apple-touch-icon"]').href);
    for (const [src, sizes] of [...manifest.icons.map((i) => [i.src, i.sizes]), [appleIcon, '180x180']]) {
      const drawn = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, src);
      expect(drawn, src).toBe(sizes);
    }
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a sub-path build works offline after one visit', async ({ page, context }) => {
  test.setTimeout(60_000);
  expect(
    existsSync(path.join(distSubpath, 'sw.js')),
    'dist-subpath/ is built by scripts/test.sh: DIST=dist-subpath scripts/build.sh /outcome-focus/',
  ).toBe(true);
  const base = '/outcome-focus/';
  const server = await serve(distSubpath, base);
  const alex = samplePerson({ name: 'Sam Sub' });
  let personPath;
  try {
    await page.goto(`${server.origin}${base}`);
    await waitForServiceWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(
      `${server.origin}${base}`,
    );
    personPath = await addPerson(page, alex);
    expect(personPath.startsWith(`${base}people/`)).toBe(true);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);
  await page.reload();
  const person = new PersonPage(page);
  await expect(person.heading(alex.name)).toBeVisible();
  await page.goto(`${server.origin}${base}`);
  await expect(person.main.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.goto(`${server.origin}${personPath}`);
  await expect(person.heading(alex.name)).toBeVisible();
});
