// A person's address works when opened directly and on reload (the server falls back to
// index.html; the app routes from the address).
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';

test("a person's page opens from its address and survives a reload", async ({ page }) => {
  const alex = samplePerson();
  await new PeoplePage(page).goto();
  const path = await addPerson(page, alex);

  await page.goto('/');
  const person = new PersonPage(page);
  await page.goto(path);
  await expect(person.heading(alex.name)).toBeVisible();
  await expect(person.detail('Key worker')).toHaveText(alex.keyWorker);
  await page.reload();
  await expect(person.heading(alex.name)).toBeVisible();
  await expect(person.detail('Key worker')).toHaveText(alex.keyWorker);

  await page.goto(`${path}/edit`);
  const edit = PersonFormPage.edit(page);
  await expect(edit.heading).toBeVisible();
  await edit.expectValues(alex);
});
