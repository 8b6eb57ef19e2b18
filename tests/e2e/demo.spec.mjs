// The demonstration service: entered from the empty People list or the menu, shown with a
// banner on every page (the dashboard with a target met and one not yet among them), reset,
// and left, with the real records untouched byte for byte.
import { readFileSync } from 'node:fs';
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { DataPage } from './pages/DataPage.mjs';
import { DemoPage } from './pages/DemoPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ProgressPage } from './pages/ProgressPage.mjs';

const SCHOOL_TARGET = '60% of people improve by at least 1 point on “I go to school most days” (Children and young people), the person\'s view';
const ESTEEM_TARGET = '40% of people improve by at least 1 point on “I like who I am” (Children and young people), the person\'s view';

const fixture = (name) => readFileSync(new URL(`../fixtures/schema-3/${name}`, import.meta.url), 'utf8');

/** Real records in this browser: the stored fixtures of a person with readings. */
async function seedRealRecords(page) {
  await new PeoplePage(page).goto();
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, [
    ['outcome-focus/index', fixture('index.json')],
    ['outcome-focus/person/p-mhw3k2x1a9', fixture('person-with-readings.json')],
    ['outcome-focus/decks', fixture('decks.json')],
    ['outcome-focus/settings', fixture('settings-named.json')],
  ]);
  await page.reload();
}

test('Try the demo from the empty People list: the banner on every page, a person\'s charts, reload, leave', async ({ page }) => {
  const people = new PeoplePage(page);
  const demo = new DemoPage(page);
  await people.goto();
  await expect(people.emptyState).toBeVisible();
  await expect(demo.banner).toHaveCount(0);
  await people.main.getByRole('link', { name: 'Try the demo' }).click();
  await expect(demo.heading).toBeVisible();
  await expect(demo.resetButton).toHaveCount(0);
  await expectNoViolations(page, 'the demo page');
  await demo.startButton.click();

  await expect(people.heading).toBeVisible();
  await expect(people.statusMessage('You are in the demo')).toBeVisible();
  await demo.expectBanner();
  await expect(people.personLink('Aisha K.')).toBeVisible();
  await expect(people.personLink('Ravi P.')).toBeVisible();
  // Dated from today: some reviews are due and some overdue.
  await expect(people.list.getByText('Review overdue').first()).toBeVisible();
  await expect(people.list.getByText('Review due', { exact: true }).first()).toBeVisible();
  await expectNoViolations(page, 'the People list in the demo, with its banner');

  // The service dashboard: the seed's children's aim, counted on the four children, with
  // one target met and one not yet.
  await people.followNav('Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Service dashboard' })).toBeVisible();
  await demo.expectBanner();
  await expect(page.getByText('Riverside Family Support (demo)', { exact: true })).toBeVisible();
  const school = page.getByRole('region', { name: SCHOOL_TARGET, exact: true });
  await expect(school.locator('.verdict')).toHaveText('Met');
  await expect(school).toContainText('3 of 4 people (75%) improved by at least 1 point.');
  const esteem = page.getByRole('region', { name: ESTEEM_TARGET, exact: true });
  await expect(esteem.locator('.verdict')).toHaveText('Not yet');
  await expect(esteem).toContainText('1 of 4 people (25%) improved by at least 1 point.');

  await people.goto();
  await people.personLink('Aisha K.').click();
  await expect(new PersonPage(page).heading('Aisha K.')).toBeVisible();
  await demo.expectBanner();
  const progress = new ProgressPage(page);
  await progress.openFromPerson('Aisha K.');
  await demo.expectBanner();
  const star = progress.figure(/^Star chart/);
  await expect(progress.caption(star)).toHaveText(/improved since the baseline/);
  await expect(progress.picture(star)).toBeVisible();
  await expect(progress.figure('Goal attainment')).toBeVisible();

  // The demo is this tab's: a reload stays in it, a new tab opens the real records.
  await page.reload();
  await expect(progress.heading('Aisha K.')).toBeVisible();
  await demo.expectBanner();
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(new PeoplePage(other).emptyState).toBeVisible();
  await expect(new DemoPage(other).banner).toHaveCount(0);
  await other.close();

  await demo.bannerLeave.click();
  await expect(people.heading).toBeVisible();
  await expect(people.statusMessage('You left the demo')).toBeVisible();
  await expect(people.emptyState).toBeVisible();
  await expect(demo.banner).toHaveCount(0);
  // Nothing fictional stays on the device.
  expect(await people.storedEntries('outcome-focus-demo/')).toEqual({});
  expect(await people.storedEntries('outcome-focus/')).toEqual({});
});

test('with real records, the demo from the menu changes none of them; Reset restores a changed demo', async ({ page }) => {
  const people = new PeoplePage(page);
  const demo = new DemoPage(page);
  await seedRealRecords(page);
  await expect(people.personLink('A.B.')).toBeVisible();
  const real = await people.storedEntries('outcome-focus/');
  expect(Object.keys(real).length).toBe(4);

  await people.followNav('Try the demo');
  await expect(demo.heading).toBeVisible();
  await demo.startButton.click();
  await expect(people.personLink('Mia T.')).toBeVisible();
  await expect(people.personLink('A.B.')).toHaveCount(0);
  expect(await people.storedEntries('outcome-focus/')).toEqual(real);

  // A change in the demo goes to the demo only.
  await addPerson(page, samplePerson({ name: 'Trainee Example' }));
  await demo.expectBanner();
  await people.followNav('People');
  await expect(people.personLink('Trainee Example')).toBeVisible();
  expect(await people.storedEntries('outcome-focus/')).toEqual(real);

  // Reset from the banner's link: the demo as it was, the change gone.
  await demo.bannerReset.click();
  await expect(demo.heading).toBeVisible();
  await expect(demo.startButton).toHaveCount(0);
  await expectNoViolations(page, 'the demo page while the demo is on');
  await demo.resetButton.click();
  await expect(people.statusMessage('The demo was reset')).toBeVisible();
  await expect(people.personLink('Mia T.')).toBeVisible();
  await expect(people.personLink('Trainee Example')).toHaveCount(0);
  await demo.expectBanner();

  // Leave from the demo page (the menu names it "Demo" while it is on).
  await people.followNav('Demo');
  await demo.leaveButton.click();
  await expect(people.statusMessage('You left the demo')).toBeVisible();
  await expect(people.personLink('A.B.')).toBeVisible();
  await expect(people.personLink('Mia T.')).toHaveCount(0);
  await expect(demo.banner).toHaveCount(0);
  expect(await people.storedEntries('outcome-focus/')).toEqual(real);
  expect(await people.storedEntries('outcome-focus-demo/')).toEqual({});
});

test('in the demo, Wipe this device removes the demonstration data only', async ({ page }) => {
  const people = new PeoplePage(page);
  const demo = new DemoPage(page);
  await seedRealRecords(page);
  await expect(people.personLink('A.B.')).toBeVisible();
  const real = await people.storedEntries('outcome-focus/');
  await people.followNav('Try the demo');
  await demo.startButton.click();
  await expect(people.personLink('Mia T.')).toBeVisible();

  const data = new DataPage(page);
  await data.goto();
  await expect(data.main.getByText('You are in the demo: this removes the demonstration data only.')).toBeVisible();
  await data.wipe();
  await expect(data.statusMessage('This device was wiped')).toBeVisible();
  await expect.poll(() => people.storedEntries('outcome-focus-demo/')).toEqual({});
  expect(await people.storedEntries('outcome-focus/')).toEqual(real);
  await people.followNav('People');
  await expect(people.emptyState).toBeVisible();
  await demo.expectBanner();
});
