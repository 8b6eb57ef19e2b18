// The main journey: add a person, find them, edit, close, reopen and delete their case.
import { test, expect, samplePerson } from './fixtures.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test('add a person, edit, close, reopen and delete their case', async ({ page }) => {
  const alex = samplePerson();
  const people = new PeoplePage(page);
  const person = new PersonPage(page);

  await test.step('add a person with every field filled', async () => {
    await people.goto();
    await expect(people.emptyState).toBeVisible();
    await people.addFirstPersonLink.click();
    const form = PersonFormPage.add(page);
    await expect(form.heading).toBeVisible();
    await form.fill(alex);
    await form.save();
    await expect(person.heading(alex.name)).toBeVisible();
    await expect(page).toHaveURL(/\/people\/[^/]+$/);
    await expect(person.status).toHaveText(/Open/);
    await expect(person.detail('Referral date')).toContainText('5 March 2024');
    await expect(person.detail('Key worker')).toHaveText(alex.keyWorker);
    await expect(person.detail('Carer')).toHaveText(alex.carer);
    await expect(person.needsHeading).toBeVisible();
    await expect(person.main).toContainText(alex.needs);
  });
  const personPath = new URL(page.url()).pathname;

  await test.step('they are in the People list, also after a reload', async () => {
    await person.followNav('People');
    await expect(people.heading).toBeVisible();
    await expect(people.personLink(alex.name)).toBeVisible();
    await expect(people.personLink(alex.name)).toHaveAttribute('href', personPath);
    const item = people.personItem(alex.name);
    await expect(item).toContainText(`Key worker: ${alex.keyWorker}`);
    await expect(item).toContainText(alex.referralText);
    await expect(item).toContainText('Open');
    await expect(people.count).toContainText(/Showing 1 of 1\b/);
    await page.reload();
    await expect(people.personLink(alex.name)).toBeVisible();
  });

  await test.step('open their page and edit the key worker', async () => {
    await people.personLink(alex.name).click();
    await expect(person.heading(alex.name)).toBeVisible();
    await expect(page).toHaveURL(personPath);
    await person.editLink.click();
    await expect(page).toHaveURL(`${personPath}/edit`);
    const edit = PersonFormPage.edit(page);
    await expect(edit.heading).toBeVisible();
    await edit.expectValues(alex);
    await edit.keyWorker.fill('Priya K');
    await edit.save();
    await expect(page).toHaveURL(personPath);
    await expect(person.heading(alex.name)).toBeVisible();
    await expect(person.detail('Key worker')).toHaveText('Priya K');
    await expect(person.detail('Carer')).toHaveText(alex.carer);
  });

  await test.step('close the case: gone from "Open cases", shown in "All cases"', async () => {
    await person.closeCaseButton.click();
    await expect(person.status).toHaveText(/Closed/);
    await expect(person.reopenCaseButton).toBeVisible();
    await expect(person.closeCaseButton).toHaveCount(0);
    await person.followNav('People');
    await expect(people.heading).toBeVisible();
    expect(await people.chosenFilter()).toBe('Open cases');
    await expect(people.noMatches).toBeVisible();
    await expect(people.personLink(alex.name)).toHaveCount(0);
    await people.showOnly('All cases');
    await expect(people.personLink(alex.name)).toBeVisible();
    await expect(people.personItem(alex.name)).toContainText('Closed');
    await expect(people.personItem(alex.name)).toContainText('Key worker: Priya K');
    await people.showOnly('Closed cases');
    await expect(people.personLink(alex.name)).toBeVisible();
  });

  await test.step('reopen the case', async () => {
    await people.personLink(alex.name).click();
    await expect(person.heading(alex.name)).toBeVisible();
    await person.reopenCaseButton.click();
    await expect(person.status).toHaveText(/Open/);
    await expect(person.closeCaseButton).toBeVisible();
    await person.followNav('People');
    await people.showOnly('Open cases');
    await expect(people.personLink(alex.name)).toBeVisible();
    await people.personLink(alex.name).click();
    await expect(person.heading(alex.name)).toBeVisible();
  });

  await test.step('delete: the dialog names the person; Cancel keeps them', async () => {
    await person.deleteButton.click();
    const { dialog, confirmButton, cancelButton } = person.deleteDialog(alex.name);
    await expect(dialog).toBeVisible();
    await expect(confirmButton).toBeVisible();
    await cancelButton.click();
    await expect(dialog).toBeHidden();
    await expect(person.heading(alex.name)).toBeVisible();

    await person.deleteButton.click();
    await expect(dialog).toBeVisible();
    await confirmButton.click();
    await expect(dialog).toBeHidden();
    await expect(people.heading).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(people.statusMessage(`${alex.name} was deleted.`)).toBeVisible();
    await expect(people.personLink(alex.name)).toHaveCount(0);
    await expect(people.emptyState).toBeVisible();
  });

  await test.step('the confirmation is shown once, not again on coming back', async () => {
    await people.followNav('Add person');
    await people.followNav('People');
    await expect(people.heading).toBeVisible();
    await expect(page.getByText(`${alex.name} was deleted.`)).toHaveCount(0);
  });

  await test.step('still gone after a reload, and nothing of them is stored', async () => {
    await page.reload();
    await expect(people.heading).toBeVisible();
    await expect(people.emptyState).toBeVisible();
    await expect(people.personLink(alex.name)).toHaveCount(0);
    const stored = await people.storedEntries('outcome-focus/person/');
    expect(Object.keys(stored)).toEqual([]);
  });
});
