// At 320 CSS pixels wide (WCAG 1.4.10 reflow) nothing scrolls sideways.
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test.use({ viewport: { width: 320, height: 640 } });

test('People, Add person and Person pages do not scroll sideways at 320px', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  expect(await people.scrollsHorizontally(), 'empty People page scrolls sideways').toBe(false);

  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  expect(await form.scrollsHorizontally(), 'Add person page scrolls sideways').toBe(false);
  await form.save();
  await expect(form.errorSummary).toBeVisible();
  expect(await form.scrollsHorizontally(), 'Add person page with errors scrolls sideways').toBe(false);

  // Long words and a long name are the usual culprits.
  const person = samplePerson({
    name: 'Maximilian Featherstonehaugh-Cholmondeley',
    keyWorker: 'Bartholomew Worthington-Smythe',
    carer: 'Wilhelmina (daughter), wilhelmina.featherstonehaugh@example.org',
    needs: 'Needs: https://example.org/a/very/long/address/that/does/not/break/anywhere/at/all ' + 'x'.repeat(80),
  });
  await addPerson(page, person);
  const personPage = new PersonPage(page);
  expect(await personPage.scrollsHorizontally(), 'Person page scrolls sideways').toBe(false);

  await personPage.followNav('People');
  await expect(people.personLink(person.name)).toBeVisible();
  expect(await people.scrollsHorizontally(), 'People page with a person scrolls sideways').toBe(false);
});
