// A self-assessment on the person's own phone, with no server: the worker (1280×800) sends an
// invitation, the person (a second browser context at 360×740 with touch) opens its link,
// answers with a reload half-way, and sends the answers back; the worker adds them once, by
// the return link and, for a second invitation, by the typed return code. The QR codes shown
// decode (jsQR, from npm) to the links beside them; the phone keeps nothing unless asked; axe
// on every new screen.
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test, expect, todayInBrowser, ukDate } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { seedService, person } from './pages/seed.mjs';

const DECK = 'Personal outcomes (adults)';
const CARDS = 15;

/** The QR code in `figure` (a locator of its image), decoded from a screenshot. */
async function decodeQr(image) {
  const png = PNG.sync.read(await image.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'the QR code decodes').not.toBeNull();
  return found.data;
}

/** The phone: a second browser, as a person's own phone would be. */
async function phone(browser, baseURL) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  return { context, page: await context.newPage() };
}

/** The person's keys on the phone. */
const phoneKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('outcome-focus')));

/** Sends an invitation from Sam's page; returns its link. */
async function sendInvitation(page) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Send to their phone', exact: true }).click();
  await main.getByLabel('Deck').selectOption({ label: DECK });
  await main.getByRole('radio', { name: 'First name only', exact: true }).check();
  await main.getByRole('button', { name: 'Make the invitation', exact: true }).click();
  const field = main.getByLabel('Invitation link', { exact: true });
  await expect(field).toHaveValue(/\/answer\/#i\d+$/);
  const link = await field.inputValue();
  expect(await decodeQr(main.getByRole('img', { name: 'QR code of the invitation link' }))).toBe(link);
  return link;
}

/** On the phone: taps `label` on each card from the one shown up to card `last`, skipping
 * the statement `skip`, and writing `note` on card `noteOn`. */
async function answer(page, { upTo, label = 'Mostly true', skip, note, noteOn }) {
  const main = page.getByRole('main');
  const progress = main.getByText(/^Card \d+ of \d+/);
  for (;;) {
    const [, at] = (await progress.textContent()).match(/^Card (\d+) of/).map(Number);
    if (at > upTo) return;
    const card = main.getByRole('group').filter({ has: page.getByRole('radio') });
    const statement = (await card.locator('legend').innerText()).trim();
    if (at === noteOn) {
      await main.getByText('Add a note', { exact: true }).filter({ visible: true }).tap();
      await main.getByLabel('Note (optional)').filter({ visible: true }).fill(note);
    }
    if (statement === skip) {
      await main.getByRole('button', { name: 'Skip', exact: true }).tap();
    } else {
      await card.getByRole('radio', { name: label, exact: true }).tap();
      const pinned = main.getByRole('group', { name: statement, exact: true, includeHidden: true });
      // Moves on by itself after a short pause on a phone, except after the last card.
      if (at === CARDS) {
        await expect(pinned.getByRole('radio', { name: label, exact: true })).toBeChecked();
        return;
      }
    }
    await expect(progress).toHaveText(new RegExp(`^Card ${at + 1} of`));
  }
}

test.describe.configure({ mode: 'serial' });

test('a person answers on their own phone and the worker adds the answers once, by link and by code', async ({ page, browser, baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'the worker at a desk and the person on a phone, in one test');
  test.setTimeout(150_000);
  const today = await todayInBrowser(page);
  await seedService(page, { people: [person({ id: 'p-sam', name: 'Sam Patel' })], path: '/people/p-sam' });
  const worker = page.getByRole('main');

  // On 127.0.0.1 the app cannot tell a phone where to go: it says what is needed.
  await worker.getByRole('button', { name: 'Send to their phone', exact: true }).click();
  await expect(worker.getByText(/public address/).first()).toBeVisible();
  await page.goto('/service');
  // The setting refuses an address only this computer can open…
  await worker.getByLabel("This app's public address").fill(`${baseURL}/`);
  await worker.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(worker.getByRole('alert').filter({ hasText: /a phone cannot open it/ })).toBeVisible();
  // …but here the "phone" is a browser on this same machine, so the test stores it directly.
  await page.evaluate((address) => {
    const key = 'outcome-focus/settings';
    const stored = localStorage.getItem(key);
    const envelope = stored
      ? JSON.parse(stored)
      : { schema: 3, saved_at: '2026-11-01T09:00:00Z', data: { review_interval_months: 6, revision: 1 } };
    envelope.data.public_address = address;
    localStorage.setItem(key, JSON.stringify(envelope));
  }, `${baseURL}/`);
  await page.goto('/people/p-sam');
  const invitation = await sendInvitation(page);
  await expectNoViolations(page, 'the invitation on the person page');

  // The person's phone: hello, then the cards, with a reload half-way.
  const sam = await phone(browser, baseURL);
  const main = sam.page.getByRole('main');
  await sam.page.goto(invitation);
  await expect(main.getByRole('heading', { name: 'Hello Sam', exact: true })).toBeVisible();
  await expect(sam.page).toHaveURL(/\/answer\/$/);
  await expectNoViolations(sam.page, 'the answer page welcome');
  await main.getByRole('button', { name: 'Start', exact: true }).tap();
  await expectNoViolations(sam.page, 'a card on the phone');
  await answer(sam.page, { upTo: 6, skip: 'I feel lonely', note: 'The bus pass helps', noteOn: 2 });
  await sam.page.reload();
  await expect(main.getByText(/^Card 7 of 15/)).toBeVisible();
  await answer(sam.page, { upTo: CARDS, skip: 'I feel lonely' });
  await main.getByRole('button', { name: 'Finish', exact: true }).tap();
  await expect(main.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(main.getByText(/^You answered 1[34] of 15 cards\.$/)).toBeVisible();
  await expectNoViolations(sam.page, 'the end of the cards');
  await main.getByRole('button', { name: 'Send your answers back', exact: true }).tap();
  const returnField = main.getByLabel('Return link', { exact: true });
  await expect(returnField).toHaveValue(/\/#r\d+$/);
  const returnLink = await returnField.inputValue();
  expect(returnLink.startsWith(`${baseURL}/#r`)).toBe(true);
  expect(await decodeQr(main.getByRole('img', { name: 'QR code of the return link' }))).toBe(returnLink);
  await expectNoViolations(sam.page, 'sending the answers back');
  // Sealed: the phone holds the return but no answer and no note.
  const stored = await sam.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('The bus pass helps');
  await main.getByRole('button', { name: 'I have sent them: clear this phone', exact: true }).tap();
  await expect(main.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  expect(await phoneKeys(sam.page), 'the phone keeps nothing it was not asked to').toEqual([]);

  // The worker opens the return link: a preview, then the reading, once.
  await page.goto(returnLink);
  await expect(page).toHaveURL(/\/receive$/);
  await expect(worker.getByText(DECK).first()).toBeVisible();
  await expect(worker.getByText('The bus pass helps')).toBeVisible();
  await expectNoViolations(page, 'the preview of returned answers');
  await worker.getByRole('button', { name: 'Add the reading', exact: true }).click();
  await expect(page).toHaveURL(/\/people\/p-sam$/);
  const readings = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('outcome-focus/person/p-sam')).data.readings);
  let stored1 = await readings();
  expect(stored1).toHaveLength(1);
  expect(stored1[0]).toMatchObject({ respondent: 'Person', date: today, complete: true });
  expect(stored1[0].answers).toHaveLength(CARDS);
  const rated = stored1[0].answers.filter((a) => a.answer.Rated === 3);
  expect(rated.length).toBeGreaterThanOrEqual(13);
  expect(stored1[0].answers.filter((a) => a.answer === 'Skipped')).toHaveLength(CARDS - rated.length);
  expect(stored1[0].answers.find((a) => a.note === 'The bus pass helps')).toBeTruthy();

  // The same return again is refused, and changes nothing.
  await page.goto('/receive');
  await worker.getByLabel('Return link or code').fill(returnLink);
  await worker.getByRole('button', { name: 'Check the answers', exact: true }).click();
  await expect(worker.getByRole('alert').filter({ hasText: /already added on/ })).toBeVisible();
  expect(await readings()).toHaveLength(1);

  // A second invitation, answered with a copy kept, and returned by the typed code.
  await page.goto('/people/p-sam');
  const second = await sendInvitation(page);
  await sam.page.goto(second);
  await main.getByRole('button', { name: 'Start', exact: true }).tap();
  await answer(sam.page, { upTo: CARDS, label: 'Completely true' });
  await main.getByRole('button', { name: 'Finish', exact: true }).tap();
  await main.getByRole('checkbox', { name: 'Keep a copy on this phone' }).check();
  await main.getByRole('button', { name: 'Send your answers back', exact: true }).tap();
  const code = (await main.locator('.return-code').innerText()).trim();
  expect(code.length, 'a 15-card code with its spaces').toBeLessThanOrEqual(40);
  await main.getByRole('button', { name: 'I have sent them: clear this phone', exact: true }).tap();
  await main.getByRole('button', { name: 'See your answers over time', exact: true }).tap();
  await expect(main.getByRole('img', { name: /^Your answers on 1 date\./ })).toBeVisible();
  await expect(main.getByRole('table')).toContainText('Completely true: 15');
  await expectNoViolations(sam.page, 'the person\u2019s own answers over time');
  expect(await phoneKeys(sam.page)).toEqual(['outcome-focus-answers/kept']);

  // A typo is caught by the check character and named; the right code, typed loosely, adds.
  await page.goto('/receive');
  const typed = code.toLowerCase().replace(/ /g, '  ');
  const slip = typed[0] === 'a' ? `b${typed.slice(1)}` : `a${typed.slice(1)}`;
  await worker.getByLabel('Return link or code').fill(slip);
  await worker.getByRole('button', { name: 'Check the answers', exact: true }).click();
  await expect(worker.getByRole('alert').filter({ hasText: /typing mistake/ })).toBeVisible();
  await worker.getByLabel('Return link or code').fill(typed);
  await worker.getByRole('button', { name: 'Check the answers', exact: true }).click();
  await expect(worker.getByText(ukDate(today)).first()).toBeVisible();
  await worker.getByRole('button', { name: 'Add the reading', exact: true }).click();
  await expect(page).toHaveURL(/\/people\/p-sam$/);
  stored1 = await readings();
  expect(stored1).toHaveLength(2);
  expect(stored1[1].answers.every((a) => a.answer.Rated === 4)).toBe(true);
  await sam.context.close();
});

test('on a 320×568 phone a card and its buttons fit the screen with nothing scrolled', async ({ browser, baseURL }, info) => {
  test.skip(info.project.name !== 'phone', 'a phone');
  const { readFileSync } = await import('node:fs');
  const invitation = readFileSync(new URL('../fixtures/invitation-1.txt', import.meta.url), 'utf8').trim();
  const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/answer/#${invitation}`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Start', exact: true }).tap();
  const next = main.getByRole('button', { name: 'Next', exact: true });
  const nextBox = await next.boundingBox();
  expect(nextBox.y + nextBox.height).toBeLessThanOrEqual(568);
  for (const radio of await main.getByRole('radio').all()) {
    const box = await radio.locator('xpath=..').boundingBox();
    expect(box.y, 'an answer starts on screen').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'an answer ends above the buttons').toBeLessThanOrEqual(nextBox.y);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoViolations(page, 'a card at 320×568');
  await context.close();
});

test('once opened, the answer page works offline, with its own small cache', async ({ browser, baseURL }, info) => {
  test.skip(info.project.name !== 'phone', 'a phone');
  const { readFileSync } = await import('node:fs');
  const invitation = readFileSync(new URL('../fixtures/invitation-1.txt', import.meta.url), 'utf8').trim();
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/answer/#${invitation}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Hello Sam', exact: true })).toBeVisible();
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  const caches = await page.evaluate(async () => (await window.caches.keys()).join(' '));
  expect(caches).toMatch(/^outcome-focus-answer:\/answer\/:[0-9a-f]+$/);
  await context.setOffline(true);
  await page.reload();
  await expect(main.getByRole('heading', { name: 'Hello Sam', exact: true })).toBeVisible();
  await main.getByRole('button', { name: 'Start', exact: true }).tap();
  await expect(main.getByText(/^Card 1 of 15/)).toBeVisible();
  await context.close();
});
