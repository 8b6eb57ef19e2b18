// What people type is shown as text, never run as markup.
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

test('names that look like HTML are shown as the literal text', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await addPerson(page, samplePerson({ name: IMG, keyWorker: '<b>bold</b>', needs: SCRIPT }));
  const person = new PersonPage(page);
  await expect(person.detail('Key worker')).toHaveText('<b>bold</b>');
  await expect(person.main).toContainText(SCRIPT);
  await addPerson(page, samplePerson({ name: SCRIPT }));

  await person.followNav('People');
  await expect(people.personLink(IMG)).toBeVisible();
  await expect(people.personLink(IMG)).toHaveText(IMG);
  await expect(people.personLink(SCRIPT)).toHaveText(SCRIPT);
  await expect(people.personItem(IMG)).toContainText('Key worker: <b>bold</b>');

  await people.personLink(IMG).click();
  await expect(person.heading(IMG)).toHaveText(IMG);
  await person.editLink.click();
  await expect(PersonFormPage.edit(page).name).toHaveValue(IMG);

  await person.followNav('People');
  await people.personLink(SCRIPT).click();
  await expect(person.heading(SCRIPT)).toHaveText(SCRIPT);

  await page.reload();
  await expect(person.heading(SCRIPT)).toBeVisible();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const main = page.getByRole('main');
  await expect(main.locator('img[src="x"]')).toHaveCount(0);
  await expect(main.locator('script')).toHaveCount(0);
  await expect(main.locator('b', { hasText: /^bold$/ })).toHaveCount(0);
});
