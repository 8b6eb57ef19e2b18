// Two tabs editing the same person: the tab holding the older copy is told, keeps what was
// typed, and cannot overwrite the newer version saved in the other tab.
import { test, expect, watchPage } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test('a stale tab cannot silently overwrite a newer save', async ({ context, pageProblems }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watchPage(one, pageProblems);
  watchPage(two, pageProblems);
  await one.goto('/');
  const path = await addPerson(one, { name: 'Shared Record', keyWorker: 'Sam Patel' });

  // Both tabs open the Edit page of the same record.
  for (const page of [one, two]) {
    await page.goto(`${path}/edit`);
    await expect(PersonFormPage.edit(page).keyWorker).toHaveValue('Sam Patel');
  }
  const formOne = PersonFormPage.edit(one);
  await formOne.keyWorker.fill('Jo Brown');
  await formOne.save();
  await expect(new PersonPage(one).detail('Key worker')).toHaveText('Jo Brown');

  const formTwo = PersonFormPage.edit(two);
  await formTwo.keyWorker.fill('Priya Shah');
  await formTwo.save();
  await expect(two.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await expect(formTwo.keyWorker).toHaveValue('Priya Shah');

  await one.reload();
  await expect(new PersonPage(one).detail('Key worker')).toHaveText('Jo Brown');
});
