// The People page: the page frame, the empty state, search as you type, status filter.
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test('every page has the header, main navigation, skip link and footer', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.homeLink).toBeVisible();
  await expect(people.peopleNavLink).toBeVisible();
  await expect(people.addPersonNavLink).toBeVisible();
  await expect(people.main).toHaveAttribute('id', 'main');
  await expect(people.skipLink).toHaveAttribute('href', '#main');
  await expect(people.footer).toContainText('Your data is stored only in this browser on this device.');

  await people.addPersonNavLink.click();
  const form = PersonFormPage.add(page);
  await expect(form.heading).toBeVisible();
  await expect(form.footer).toContainText('Your data is stored only in this browser on this device.');
  await form.homeLink.click();
  await expect(people.heading).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('with nobody stored, the empty state links to Add person', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.emptyState).toBeVisible();
  await expect(people.list).toHaveCount(0);
  await people.addFirstPersonLink.click();
  await expect(page).toHaveURL(/\/people\/new$/);
  await expect(PersonFormPage.add(page).heading).toBeVisible();
});

test('search filters by name or key worker as you type, and the filter by status', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await addPerson(page, samplePerson({ name: 'Alex P', keyWorker: 'Jo Smith' }));
  await addPerson(page, samplePerson({ name: 'Bea Q', keyWorker: 'Priya K' }));
  await addPerson(page, samplePerson({ name: 'Chris R', keyWorker: 'Jo Smith' }));
  // Close Bea's case (her page is open after she is found through the list).
  await people.peopleNavLink.click();
  await people.personLink('Bea Q').click();
  const person = new PersonPage(page);
  await person.closeCaseButton.click();
  await expect(person.reopenCaseButton).toBeVisible();
  await person.peopleNavLink.click();
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
