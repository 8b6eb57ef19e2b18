// The People page: the page frame, the empty state, search as you type, status filter, the
// order, and all three kept in the address.
import { test, expect, samplePerson, todayInBrowser, addMonths, addDays } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test('every page has the header, main navigation, skip link and footer', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.homeLink).toBeVisible();
  await people.openMenu();
  await expect(people.peopleNavLink).toBeVisible();
  await expect(people.addPersonNavLink).toBeVisible();
  await expect(people.main).toHaveAttribute('id', 'main');
  await expect(people.skipLink).toHaveAttribute('href', '#main');
  await expect(people.footer).toContainText('Your data is stored only in this browser on this device.');

  await people.followNav('Add person');
  const form = PersonFormPage.add(page);
  await expect(form.heading).toBeVisible();
  await expect(form.footer).toContainText('Your data is stored only in this browser on this device.');
  await form.homeLink.click();
  await expect(people.heading).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('with nobody stored, the People list says what the app is for and offers Add a person and Try the demo', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.emptyState).toHaveText(
    'Outcome Focus helps you and the people you support agree personal outcomes in their own words ' +
      'and see, card by card, how their lives change. Everything stays in this browser: no account, no server.',
  );
  await expect(people.list).toHaveCount(0);
  await expect(people.sort).toHaveCount(0);
  await expect(people.tryDemoLink).toHaveAttribute('href', '/demo');
  // Answers sent back from a phone can arrive before anyone is added here.
  await expect(people.main.getByRole('link', { name: 'Receive answers', exact: true })).toBeVisible();
  await people.addFirstPersonLink.click();
  await expect(page).toHaveURL(/\/people\/new$/);
  await expect(PersonFormPage.add(page).heading).toBeVisible();
  await page.goBack();
  await people.tryDemoLink.click();
  await expect(page).toHaveURL(/\/demo$/);
});

test('on a first visit to a phone, what the app is for is on the first screen, above where the records are kept', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const people = new PeoplePage(page);
  await people.goto();
  const notice = page.getByRole('region', { name: 'Your records stay on this device' });
  await expect(notice).toBeVisible();
  await expect(people.emptyState).toBeInViewport();
  await expect(people.addFirstPersonLink).toBeInViewport();
  const lead = await people.emptyState.boundingBox();
  const kept = await notice.boundingBox();
  expect(lead.y + lead.height, 'the two sentences end before the notice begins').toBeLessThanOrEqual(kept.y);
});

test('search filters by name or key worker as you type, and the filter by status', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await addPerson(page, samplePerson({ name: 'Alex P', keyWorker: 'Jo Smith' }));
  await addPerson(page, samplePerson({ name: 'Bea Q', keyWorker: 'Priya K' }));
  await addPerson(page, samplePerson({ name: 'Chris R', keyWorker: 'Jo Smith' }));
  // Close Bea's case (her page is open after she is found through the list).
  await people.followNav('People');
  await people.personLink('Bea Q').click();
  const person = new PersonPage(page);
  await person.closeCaseButton.click();
  await expect(person.reopenCaseButton).toBeVisible();
  await person.followNav('People');
  await expect(people.heading).toBeVisible();

  await test.step('status filter', async () => {
    expect(await people.chosenFilter()).toBe('Open cases');
    await expect(people.personLink('Alex P')).toBeVisible();
    await expect(people.personLink('Chris R')).toBeVisible();
    await expect(people.personLink('Bea Q')).toHaveCount(0);
    await expect(people.count).toContainText(/Showing 2 of 3\b/);

    await people.showOnly('Closed cases');
    await expect(people.personLink('Bea Q')).toBeVisible();
    await expect(people.list.getByRole('listitem')).toHaveCount(1);
    await expect(people.count).toContainText(/Showing 1 of 3\b/);

    await people.showOnly('All cases');
    await expect(people.list.getByRole('listitem')).toHaveCount(3);
    await expect(people.count).toContainText(/Showing 3 of 3\b/);
  });

  await test.step('search as you type', async () => {
    await people.search.pressSequentially('bea', { delay: 30 });
    await expect(people.list.getByRole('listitem')).toHaveCount(1);
    await expect(people.personLink('Bea Q')).toBeVisible();
    await expect(people.count).toContainText(/Showing 1 of 3\b/);

    await people.search.fill('');
    await people.search.pressSequentially('jo smi', { delay: 30 });
    await expect(people.list.getByRole('listitem')).toHaveCount(2);
    await expect(people.personLink('Alex P')).toBeVisible();
    await expect(people.personLink('Chris R')).toBeVisible();

    await people.search.fill('zzz');
    await expect(people.noMatches).toBeVisible();
    await expect(people.personLink('Alex P')).toHaveCount(0);

    await people.search.fill('');
    await expect(people.list.getByRole('listitem')).toHaveCount(3);
  });

  await test.step('search and status filter together', async () => {
    await people.showOnly('Open cases');
    await people.search.fill('Priya');
    await expect(people.noMatches).toBeVisible();
    await people.showOnly('Closed cases');
    await expect(people.personLink('Bea Q')).toBeVisible();
  });
});

const fixture = (name) => readFileSync(new URL(`../fixtures/schema-3/${name}`, import.meta.url), 'utf8');

/** Four people, as the stored index lists them: Ben's review is overdue,
 *  Dee's is due in a week, Ann's in two months; Cat has had no first conversation, so no review to come. */
async function seedFour(page) {
  const today = await todayInBrowser(page);
  const entry = (id, name, referral, firstContact) => ({
    id, name, key_worker: 'Jo Smith', referral_date: referral, status: 'Open',
    first_contact: firstContact, last_review: null,
  });
  const people = [
    entry('p-ann0000001', 'Ann', '2026-01-10', addMonths(today, -1)),
    entry('p-ben0000001', 'Ben', '2025-05-01', addMonths(today, -4)),
    entry('p-cat0000001', 'Cat', '2026-03-01', null),
    entry('p-dee0000001', 'Dee', '2024-12-01', addDays(addMonths(today, -3), 7)),
  ];
  // Each listed person needs a record of their own, or the list leaves them out: the stored
  // fixture's, under each id and name.
  const record = JSON.parse(fixture('person-with-readings.json'));
  const stored = [['outcome-focus/index', { schema: 3, saved_at: record.saved_at, data: { people } }]];
  for (const p of people) {
    stored.push([`outcome-focus/person/${p.id}`, { ...record, data: { ...record.data, id: p.id, name: p.name } }]);
  }
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, JSON.stringify(value));
  }, stored);
}

test('the list sorts by name, next review or referral date, kept in the address through a reload and Back', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await seedFour(page);
  await page.reload();
  await expect(people.sort).toHaveValue('name');
  expect(await people.listedNames()).toEqual(['Ann', 'Ben', 'Cat', 'Dee']);
  const historyLength = () => page.evaluate(() => history.length);
  const entries = await historyLength();

  await people.sort.selectOption({ label: 'Next review due' });
  await expect.poll(() => people.listedNames()).toEqual(['Ben', 'Dee', 'Ann', 'Cat']);
  await expect(page).toHaveURL(/\/\?sort=review$/);

  await people.sort.selectOption({ label: 'Newest referral' });
  await expect.poll(() => people.listedNames()).toEqual(['Cat', 'Ann', 'Ben', 'Dee']);
  await people.showOnly('Due for review');
  await people.search.pressSequentially('e', { delay: 30 });
  await expect.poll(() => people.listedNames()).toEqual(['Ben', 'Dee']);
  await expect(page).toHaveURL(/\/\?sort=referral&show=due&q=e$/);
  // Each choice replaced the address: no letter typed is a page to go Back to.
  expect(await historyLength()).toBe(entries);

  // A reload shows the same list.
  await page.reload();
  await expect(people.sort).toHaveValue('referral');
  await expect(people.show).toHaveValue('due');
  await expect(people.search).toHaveValue('e');
  await expect.poll(() => people.listedNames()).toEqual(['Ben', 'Dee']);

  // Away to another page, one Back comes back to the list as it was left.
  await people.followNav('Learn');
  await expect(page).toHaveURL(/\/learn$/);
  await page.goBack();
  await expect(people.heading).toBeVisible();
  await expect(people.search).toHaveValue('e');
  await expect(people.sort).toHaveValue('referral');
  await expect.poll(() => people.listedNames()).toEqual(['Ben', 'Dee']);

  // `People` in the menu is the plain list, as its address says, though the page is the same.
  await people.followNav('People');
  await expect(page).toHaveURL(/\/$/);
  await expect(people.sort).toHaveValue('name');
  await expect(people.search).toHaveValue('');
  await expect.poll(() => people.listedNames()).toEqual(['Ann', 'Ben', 'Cat', 'Dee']);
});

test('a link with ?sort=review opens the list sorted by next review', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await seedFour(page);
  await page.goto('/?sort=review');
  await expect(people.heading).toBeVisible();
  await expect(people.sort).toHaveValue('review');
  expect(await people.listedNames()).toEqual(['Ben', 'Dee', 'Ann', 'Cat']);
  await page.goto('/?sort=nonsense&show=all');
  await expect(people.sort).toHaveValue('name');
  await expect(people.show).toHaveValue('all');
  expect(await people.listedNames()).toEqual(['Ann', 'Ben', 'Cat', 'Dee']);
});
