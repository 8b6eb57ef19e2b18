// The Add person form: errors are shown, announced and tied to their fields.
import { test, expect, samplePerson, todayInBrowser } from './fixtures.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

const NAME_ERROR = "Enter the person's name or initials.";
const DATE_ERROR = 'The referral date cannot be in the future.';

test('the referral date starts as today', async ({ page }) => {
  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  await expect(form.referralDate).toHaveAttribute('type', 'date');
  await expect(form.referralDate).toHaveValue(await todayInBrowser(page));
});

test('saving without a name shows an error tied to the name field', async ({ page }) => {
  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  await form.save();

  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(form.errorSummary).toContainText(NAME_ERROR);
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.name).toHaveAccessibleDescription(new RegExp(NAME_ERROR.replace(/[.]/g, '\\.')));
  await expect(page).toHaveURL(/\/people\/new$/);
  expect(Object.keys(await form.storedEntries('outcome-focus/person/'))).toEqual([]);

  // Fixing it lets the person be saved.
  await form.name.fill('Alex P');
  await form.save();
  await expect(new PersonPage(page).heading('Alex P')).toBeVisible();
});

test('a referral date in the future is rejected', async ({ page }) => {
  const form = PersonFormPage.add(page);
  await form.gotoAdd();
  const nextYear = new Date().getFullYear() + 1;
  const person = samplePerson({ referralDate: `${nextYear}-01-15` });
  await form.fill(person);
  await form.save();

  await expect(form.errorSummary).toBeVisible();
  await expect(form.errorSummary).toContainText(DATE_ERROR);
  await expect(form.referralDate).toHaveAttribute('aria-invalid', 'true');
  await expect(form.referralDate).toHaveAccessibleDescription(/The referral date cannot be in the future\./);
  await expect(form.name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/people\/new$/);
  await form.expectValues(person);
  expect(Object.keys(await form.storedEntries('outcome-focus/person/'))).toEqual([]);
});
