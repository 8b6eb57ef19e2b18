// Hand-over that stays handed over (issue 15): on a phone held by the person, a hand-over
// protected by a PIN resists Back, a typed address, a reload and a new tab; a wrong PIN keeps
// the cards; a tab already open hides its page behind a neutral screen; without a PIN the
// focused choice is `Keep answering`; a forgotten PIN gives back after a visible wait. Every
// new state is checked with axe.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, samplePerson, watchPage } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';

const NAME = samplePerson().name;
const here = path.dirname(fileURLToPath(import.meta.url));
const singleFile = pathToFileURL(path.resolve(here, '..', '..', 'dist', 'outcome-focus.html')).href;
const MARK = 'outcome-focus-hand-over';

/** Adds a person, opens their reading page and starts a reading by the person. Returns the
 * reading page and the person's path. */
async function startReading(page) {
  await new PeoplePage(page).goto();
  const personPath = await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await reading.start('The person');
  return { reading, personPath };
}

/** What a handed-over page must show: the cards with `Give back`, and nothing else of the
 * app: no menu, no name, no People list. */
async function expectOnlyTheCards(page) {
  const reading = new ReadingPage(page);
  await expect(reading.giveBackButton).toBeVisible();
  await expect(reading.progress).toBeVisible();
  await expect(reading.nav).toHaveCount(0);
  await expect(reading.header).toHaveCount(0);
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expect(new PeoplePage(page).heading).toHaveCount(0);
}

const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
];

for (const viewport of SIZES) {
  test.describe(`on a ${viewport.width}×${viewport.height} touch screen`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('a PIN-protected hand-over resists Back, a typed address, a reload and a new tab, and only the right PIN gives back', async ({ page, pageProblems }, info) => {
      test.skip(info.project.name !== 'phone', 'a touch-screen journey');
      const { reading, personPath } = await startReading(page);
      const cardsPath = `${personPath}/reading`;

      await reading.handOverButton.tap();
      await expect(reading.handOverDialog).toBeVisible();
      await expectNoViolations(page, 'the hand-over dialog');
      await reading.pinToSet.fill('2468');
      await reading.confirmHandOver.tap();
      await expectOnlyTheCards(page);
      const mark = await page.evaluate((key) => localStorage.getItem(key), MARK);
      expect(mark).not.toContain('2468');
      await reading.cards().first().getByRole('radio', { name: 'Mostly true', exact: true }).check();
      await expect(reading.progress).toHaveText(/1 answered/);

      // Back.
      await page.goBack();
      await expectOnlyTheCards(page);
      expect(new URL(page.url()).pathname).toBe(cardsPath);

      // Typed addresses: the People list, the person's page, the Data page.
      for (const typed of ['/', personPath, '/data']) {
        await page.goto(typed);
        await expectOnlyTheCards(page);
        expect(new URL(page.url()).pathname).toBe(cardsPath);
      }

      // A reload keeps the cards, and the answer.
      await page.reload();
      await expectOnlyTheCards(page);
      await expect(reading.progress).toHaveText(/1 answered/);

      // A new tab, at the People list.
      const other = await page.context().newPage();
      watchPage(other, pageProblems);
      await other.goto('/');
      await expectOnlyTheCards(other);
      await other.close();

      // A wrong PIN keeps the cards; `Keep answering` has the focus when the dialog opens.
      await reading.giveBackButton.tap();
      await expect(reading.pinDialog).toBeVisible();
      await expect(reading.keepAnswering(reading.pinDialog)).toBeFocused();
      await expectNoViolations(page, 'the give-back dialog asking for the PIN');
      await reading.pinToGiveBack.fill('1357');
      await reading.giveItBack.tap();
      await expect(reading.pinDialog.getByText('That PIN is not right. The cards stay here.')).toBeVisible();
      await expect(reading.pinToGiveBack).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'the give-back dialog after a wrong PIN');
      await reading.keepAnswering(reading.pinDialog).tap();
      await expect(reading.pinDialog).toBeHidden();
      await expectOnlyTheCards(page);

      // The right PIN gives back.
      await reading.giveBackButton.tap();
      await reading.pinToGiveBack.fill('2468');
      await reading.giveItBack.tap();
      await expect(reading.nav).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), MARK)).toBeNull();
      await page.goto('/');
      await expect(new PeoplePage(page).personLink(NAME)).toBeVisible();
    });
  });
}

test('a tab open when the device is handed over shows a neutral screen with no names, and follows the give-back', async ({ page, context, pageProblems }) => {
  const { reading } = await startReading(page);
  const other = await context.newPage();
  watchPage(other, pageProblems);
  const people = new PeoplePage(other);
  await people.goto();
  await expect(people.personLink(NAME)).toBeVisible();

  await reading.handOver({ pin: '2468' });
  const there = new ReadingPage(other);
  await expect(there.handedOverHeading).toBeVisible();
  await expect(other.getByText(NAME)).toHaveCount(0);
  await expect(there.nav).toHaveCount(0);
  await expect(other).toHaveTitle(/^Handed over/);
  await expectNoViolations(other, 'the neutral screen');

  // Its way back leads to the cards, never to the list.
  await there.backToQuestions.click();
  await expectOnlyTheCards(other);

  // Given back in the first tab: the other one shows the whole app again.
  await reading.giveBackWith('2468');
  await expect(there.nav).toBeVisible();
});

test('without a PIN, Give back opens on Keep answering: Enter keeps the cards', async ({ page }) => {
  const { reading } = await startReading(page);
  await reading.handOver();
  await reading.giveBackButton.click();
  await expect(reading.giveBackDialog).toBeVisible();
  await expect(reading.keepAnswering(reading.giveBackDialog)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reading.giveBackDialog).toBeHidden();
  await expectOnlyTheCards(page);

  await reading.giveBackButton.click();
  await reading.confirmGiveBack.click();
  await expect(reading.nav).toBeVisible();
});

test('the hand-over PIN is exactly 4 digits, and Cancel hands nothing over', async ({ page }) => {
  const { reading } = await startReading(page);
  await reading.handOverButton.click();
  await expect(reading.pinToSet).toHaveAttribute('inputmode', 'numeric');
  await expect(reading.pinToSet).toHaveAttribute('autocomplete', 'off');
  for (const bad of ['246', '24681', '24a8']) {
    await reading.pinToSet.fill(bad);
    await reading.confirmHandOver.click();
    await expect(reading.handOverDialog.getByText('Type exactly 4 digits (0 to 9) for the PIN.')).toBeVisible();
    await expect(reading.nav).toBeVisible();
  }
  await expectNoViolations(page, 'the hand-over dialog with its PIN refused');
  await reading.cancelHandOver.click();
  await expect(reading.handOverDialog).toBeHidden();
  await expect(reading.nav).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MARK)).toBeNull();
});

test('a forgotten PIN gives back only after the wait, which a reload does not restart', async ({ page }) => {
  const { reading } = await startReading(page);
  await reading.handOver({ pin: '2468' });
  await reading.giveBackButton.click();
  await reading.forgottenPin.click();
  await expect(reading.pinDialog.getByText(/^Without the PIN, the device can be given back from \d\d:\d\d\.$/)).toBeVisible();
  await expectNoViolations(page, 'the give-back dialog after Forgotten the PIN?');
  await reading.giveBackWithoutPin.click();
  await expect(reading.pinDialog.getByText(/^Not yet: without the PIN it can be given back from \d\d:\d\d\.$/)).toBeVisible();
  await reading.keepAnswering(reading.pinDialog).click();
  // The wait shows on the cards, for the worker to see.
  await expect(reading.main.getByText(/^Asked to give back without the PIN: possible from \d\d:\d\d\.$/)).toBeVisible();
  await expectOnlyTheCards(page);

  // A reload keeps the request (and does not restart its wait).
  const asked = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).forgotten_at, MARK);
  await page.reload();
  await expectOnlyTheCards(page);
  await expect(reading.main.getByText(/^Asked to give back without the PIN: possible from \d\d:\d\d\.$/)).toBeVisible();
  await reading.giveBackButton.click();
  await reading.giveBackWithoutPin.click();
  await expect(reading.pinDialog.getByText(/^Not yet/)).toBeVisible();
  await reading.keepAnswering(reading.pinDialog).click();
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).forgotten_at, MARK)).toBe(asked);

  // Once its ten minutes are over (moved back here, rather than waited), the device can be
  // given back without the PIN.
  await page.evaluate((key) => {
    const mark = JSON.parse(localStorage.getItem(key));
    mark.forgotten_at = new Date(Date.now() - 11 * 60 * 1000).toISOString();
    localStorage.setItem(key, JSON.stringify(mark));
  }, MARK);
  await page.reload();
  await expectOnlyTheCards(page);
  await reading.giveBackButton.click();
  await reading.giveBackWithoutPin.click();
  await expect(reading.nav).toBeVisible();
});

test('in the single file, a typed address (a new fragment) and a reload keep the cards', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: the file is the same at any size');
  await page.goto(singleFile);
  // Every file:// page shares one storage in Chromium: start from nothing.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(new PeoplePage(page).heading).toBeVisible();
  await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await reading.start('The person');
  await reading.handOver({ pin: '2468' });
  const cards = new URL(page.url()).hash;
  expect(cards).toMatch(/^#\/people\/[^/]+\/reading$/);

  for (const typed of ['#/', '#/data']) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, typed);
    await expectOnlyTheCards(page);
    await expect.poll(() => new URL(page.url()).hash).toBe(cards);
  }
  await page.goBack();
  await expectOnlyTheCards(page);
  await page.goto(`${singleFile}#/`);
  await expectOnlyTheCards(page);
  await page.reload();
  await expectOnlyTheCards(page);

  await reading.giveBackWith('2468');
  await expect(reading.nav).toBeVisible();
});
