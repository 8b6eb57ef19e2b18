// axe-core finds no WCAG 2.2 A/AA violations on the app's pages.
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

test('People page, empty and with a person', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.emptyState).toBeVisible();
  await expectNoViolations(page, 'the empty People page');

  await addPerson(page, samplePerson());
  await people.followNav('People');
  await expect(people.personLink('Alex P')).toBeVisible();
  await expectNoViolations(page, 'the People page with a person');
});

test('Add person page, also with errors shown', async ({ page }) => {
  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  await expectNoViolations(page, 'the Add person page');

  await form.referralDate.fill(`${new Date().getFullYear() + 1}-01-15`);
  await form.save();
  await expect(form.errorSummary).toBeVisible();
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the Add person page with errors');
});

test('Person page, its Edit page and the delete dialog', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  const person = new PersonPage(page);
  await expectNoViolations(page, 'a Person page');

  await person.deleteButton.click();
  await expect(person.deleteDialog('Alex P').dialog).toBeVisible();
  await expectNoViolations(page, 'the delete dialog');
  await person.deleteDialog('Alex P').cancelButton.click();

  await person.editLink.click();
  await expect(PersonFormPage.edit(page).heading).toBeVisible();
  await expectNoViolations(page, 'the Edit details page');
});

test('Reading screens: setup, a card, hand-over, the summary and both views', async ({ page }) => {
  // Two whole readings on a phone, each card's answer followed by the pause before the next,
  // and axe on six screens: more than the default 30 s on a loaded machine.
  test.setTimeout(90_000);
  const { ReadingPage } = await import('./pages/ReadingPage.mjs');
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await expect(reading.startButton).toBeVisible();
  await expectNoViolations(page, 'the reading setup form');
  await reading.start('The person');
  await expectNoViolations(page, 'a trigger card');
  await reading.handOverButton.click();
  await expect(reading.handOverDialog).toBeVisible();
  await expectNoViolations(page, 'the hand-over dialog');
  await reading.pinToSet.fill('12');
  await reading.confirmHandOver.click();
  await expect(reading.handOverDialog.getByText('Type exactly 4 digits (0 to 9) for the PIN.')).toBeVisible();
  await expectNoViolations(page, 'the hand-over dialog with its PIN refused');
  await reading.pinToSet.fill('');
  await reading.confirmHandOver.click();
  await expect(reading.giveBackButton).toBeVisible();
  await expectNoViolations(page, 'a handed-over reading');
  await reading.answerAll('Mostly true');
  await reading.finishButton.click();
  await expect(reading.thanksHeading).toBeVisible();
  await expectNoViolations(page, "the person's thank-you screen");
  await reading.giveBackButton.click();
  await expectNoViolations(page, 'the give-back dialog');
  await reading.confirmGiveBack.click();
  await expect(reading.summaryHeading).toBeVisible();
  await expectNoViolations(page, 'the reading summary');
  await reading.backToPerson.click();
  await expect(page.getByRole('heading', { name: /^Both views/ })).toBeVisible();
  await expectNoViolations(page, 'a person page with readings');
});
