// Stored data: a damaged value is kept and reported, a full store loses nothing, and
// two tabs see each other's writes.
import { test, expect, samplePerson, watchPage, fillStorage, emptyFillers } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

const DAMAGED_KEY = 'outcome-focus/person/p-broken';
const DAMAGED_VALUE = '{"schema":1,"saved_at":';

test('a damaged stored value is reported, kept as it is, and the app still works', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DAMAGED_KEY, DAMAGED_VALUE]);
  await page.reload();
  await expect(people.heading).toBeVisible();

  await expect(people.storageReport).toBeVisible();
  await expect(people.storageReport.getByRole('heading', { name: 'Some stored data could not be read' })).toBeVisible();
  await expect(people.storageReport).toContainText(DAMAGED_KEY);
  // The contract's words are "kept exactly as it is"; "kept each of these exactly as it is"
  // says the same.
  await expect(people.storageReport).toContainText(/kept\b.*\bexactly as it is/);

  const alex = samplePerson();
  await addPerson(page, alex);
  await new PersonPage(page).followNav('People');
  await expect(people.personLink(alex.name)).toBeVisible();
  await page.reload();
  await expect(people.personLink(alex.name)).toBeVisible();
  await expect(people.storageReport).toContainText(DAMAGED_KEY);

  const stored = await people.storedEntries();
  expect(stored[DAMAGED_KEY]).toBe(DAMAGED_VALUE);
});

test('when storage is full, saving says so, keeps what was typed, and works once there is room', async ({ page }) => {
  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  const alex = samplePerson();
  await form.fill(alex);

  const fillers = await fillStorage(page);

  expect(fillers).toBeGreaterThan(0);

  await form.save();
  await expect(form.alert('Storage is full')).toBeVisible();
  await expect(page).toHaveURL(/\/people\/new$/);
  await form.expectValues(alex);
  expect(Object.keys(await form.storedEntries('outcome-focus/person/'))).toEqual([]);

  await emptyFillers(page);
  await form.save();
  const person = new PersonPage(page);
  await expect(person.heading(alex.name)).toBeVisible();
  await person.followNav('People');
  const people = new PeoplePage(page);
  await expect(people.personLink(alex.name)).toBeVisible();
  await page.reload();
  await expect(people.personLink(alex.name)).toBeVisible();
});

test('a person added in one tab shows in another without a reload', async ({ context, pageProblems }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watchPage(one, pageProblems);
  watchPage(two, pageProblems);
  const peopleOne = new PeoplePage(one);
  const peopleTwo = new PeoplePage(two);
  await peopleOne.goto();
  await peopleTwo.goto();
  await expect(peopleTwo.emptyState).toBeVisible();

  const alex = samplePerson();
  await addPerson(one, alex);

  await expect(peopleTwo.personLink(alex.name)).toBeVisible();
  await expect(peopleTwo.personItem(alex.name)).toContainText(`Key worker: ${alex.keyWorker}`);
  await expect(peopleTwo.emptyState).toHaveCount(0);
});
