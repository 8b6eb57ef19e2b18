// Staying safe: the first-use notice, the backup reminder, a full store (the edit stays, a
// banner offers a backup, saving works again once there is room) and two tabs editing
// different people.
import { test, expect, samplePerson, watchPage, fillStorage, emptyFillers } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

const welcome = (page) => page.getByRole('region', { name: 'Your records stay on this device' });
const reminder = (page) => page.getByRole('region', { name: 'Time for a backup' });
const noRoom = (page) => page.getByRole('region', { name: 'No room left in this browser' });

test('on first use a notice says where the data is kept, until dismissed', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(welcome(page)).toContainText('stored only in this browser on this device');
  await expect(welcome(page)).toContainText('clearing the browser');
  await expect(welcome(page).getByRole('link', { name: 'Data page' })).toBeVisible();
  await welcome(page).getByRole('button', { name: 'Got it' }).click();
  await expect(welcome(page)).toHaveCount(0);
  await page.reload();
  await expect(people.heading).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
});

test('after 14 days with changes since the last backup, a reminder offers a one-click export', async ({ page, context, pageProblems }) => {
  await page.goto('/');
  await addPerson(page, samplePerson());
  await page.evaluate(() => {
    const daysAgo = new Date(Date.now() - 20 * 86_400_000).toISOString();
    const notes = { last_backup: daysAgo, welcome_dismissed: true };
    localStorage.setItem('outcome-focus/device', JSON.stringify({ schema: 3, saved_at: daysAgo, data: notes }));
  });
  const people = new PeoplePage(page);
  await people.goto();
  await expect(reminder(page)).toContainText('no backup for 14 days or more');
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    reminder(page).getByRole('link', { name: /Export backup/ }).click(),
  ]);
  watchPage(popup, pageProblems);
  await expect(popup).toHaveURL(/\/data\?export=1$/);
  await expect(popup.getByText('Last backup: today.')).toBeVisible();
  // The backup is noted: the reminder is gone.
  await page.reload();
  await expect(people.heading).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
});

test('storage filled to the brim: the edit stays, a banner offers a backup, and saving works once there is room', async ({ page }) => {
  await page.goto('/');
  const path = await addPerson(page, samplePerson({ name: 'Full Store' }));
  await page.goto(`${path}/edit`);
  const form = PersonFormPage.edit(page);
  await expect(form.heading).toBeVisible();
  await form.keyWorker.fill('Kept On Screen');
  const before = await form.storedEntries();

  await fillStorage(page);

  await form.save();
  await expect(noRoom(page)).toBeVisible();
  await expect(noRoom(page)).toContainText('still on screen');
  await expect(noRoom(page).getByRole('link', { name: /Export backup/ })).toHaveAttribute('href', '/data?export=1');
  await expect(form.keyWorker).toHaveValue('Kept On Screen');
  expect(await form.storedEntries()).toEqual(before);

  await emptyFillers(page);
  await form.save();
  const person = new PersonPage(page);
  await expect(person.detail('Key worker')).toHaveText('Kept On Screen');
  await expect(noRoom(page)).toHaveCount(0);
  await page.reload();
  await expect(person.detail('Key worker')).toHaveText('Kept On Screen');
});

test('two tabs editing different people both persist', async ({ context, pageProblems }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watchPage(one, pageProblems);
  watchPage(two, pageProblems);
  await one.goto('/');
  const alex = await addPerson(one, samplePerson({ name: 'Alex Tab', keyWorker: 'Sam' }));
  const bo = await addPerson(one, samplePerson({ name: 'Bo Tab', keyWorker: 'Sam' }));

  await one.goto(`${alex}/edit`);
  await two.goto(`${bo}/edit`);
  const formOne = PersonFormPage.edit(one);
  const formTwo = PersonFormPage.edit(two);
  await expect(formOne.keyWorker).toHaveValue('Sam');
  await expect(formTwo.keyWorker).toHaveValue('Sam');
  await formOne.keyWorker.fill('Jo in tab one');
  await formTwo.keyWorker.fill('Priya in tab two');
  await formOne.save();
  await formTwo.save();
  await expect(new PersonPage(one).detail('Key worker')).toHaveText('Jo in tab one');
  await expect(new PersonPage(two).detail('Key worker')).toHaveText('Priya in tab two');

  for (const page of [one, two]) {
    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.personItem('Alex Tab')).toContainText('Jo in tab one');
    await expect(people.personItem('Bo Tab')).toContainText('Priya in tab two');
  }
  await one.goto(alex);
  await expect(new PersonPage(one).detail('Key worker')).toHaveText('Jo in tab one');
  await one.goto(bo);
  await expect(new PersonPage(one).detail('Key worker')).toHaveText('Priya in tab two');
});

test('the service settings set the days before a backup is suggested', async ({ page }) => {
  await page.goto('/');
  await addPerson(page, samplePerson());
  await page.goto('/service');
  const days = page.getByRole('textbox', { name: 'Days before a backup is suggested', exact: true });
  await expect(days).toHaveValue('14');
  await days.fill('0');
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('from 1 to 365');
  await days.fill('30');
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await page.reload();
  await expect(days).toHaveValue('30');

  await page.evaluate(() => {
    const daysAgo = new Date(Date.now() - 20 * 86_400_000).toISOString();
    const notes = { last_backup: daysAgo, welcome_dismissed: true };
    localStorage.setItem('outcome-focus/device', JSON.stringify({ schema: 3, saved_at: daysAgo, data: notes }));
  });
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.personLink(samplePerson().name)).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
});
