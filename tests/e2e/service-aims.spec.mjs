// Aims and targets: the worked example in one click, an aim added with a target on readings
// and one on outcome statuses, checked field by field, edited, deleted, and kept.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';

const main = (page) => page.getByRole('main');

test('aims are added, checked, edited, deleted and kept', async ({ page }) => {
  await page.goto('/service/aims');
  await expect(page.getByRole('heading', { level: 1, name: 'Aims and targets' })).toBeVisible();
  await expectNoViolations(page, 'the aims page, empty');

  // The worked example, ready to adapt.
  await page.getByRole('button', { name: 'Add the example aims' }).click();
  await expect(page.getByRole('status')).toHaveText('The example aims were added.');
  const first = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Aim 1: Support children to improve their educational attainment' }) });
  await expect(first).toContainText('60% of people improve by at least 1 point on “I go to school most days” (Children and young people), the person\'s view');
  await expect(first).toContainText('40% of people improve by at least 1 point on “I like who I am” (Children and young people), the person\'s view');
  await expect(page.getByRole('heading', { name: 'Aim 2: Help people reach the outcomes they set' })).toBeVisible();

  // A new aim: nothing filled in is refused, every problem named and linked.
  await page.getByRole('button', { name: 'Add an aim' }).click();
  const form = page.getByRole('form', { name: 'Add an aim' });
  const targetOne = form.getByRole('group', { name: 'Target 1', exact: true });
  await targetOne.getByRole('textbox', { name: 'Share of people to reach (%)' }).fill('0');
  await form.getByRole('button', { name: 'Save aim' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Write the aim: what the service sets out to do, in a sentence.');
  await expect(summary).toContainText('Target 1: enter the share to reach as a whole percentage from 1 to 100.');
  await expect(targetOne.getByRole('textbox', { name: 'Share of people to reach (%)' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the aim form with problems');

  await form.getByRole('textbox', { name: 'The aim' }).fill('Help adults feel <safe> at home');
  await targetOne.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'Personal outcomes (adults)' });
  await targetOne.getByRole('combobox', { name: 'Card, domain or total' }).selectOption({ label: 'Card: I feel safe at home' });
  await targetOne.getByRole('group', { name: 'Whose view' }).getByRole('radio', { name: 'The worker' }).check();
  await targetOne.getByRole('textbox', { name: 'Improvement that counts (points)' }).fill('2');
  await targetOne.getByRole('textbox', { name: 'Share of people to reach (%)' }).fill('55');
  await form.getByRole('button', { name: 'Add a target on outcome statuses' }).click();
  const targetTwo = form.getByRole('group', { name: 'Target 2', exact: true });
  await targetTwo.getByRole('combobox', { name: 'Which outcomes' }).selectOption({ label: 'Longer-term outcomes' });
  await targetTwo.getByRole('checkbox', { name: 'Partly achieved' }).uncheck();
  await targetTwo.getByRole('textbox', { name: 'Share of outcomes to reach (%)' }).fill('40');
  await form.getByRole('button', { name: 'Save aim' }).click();
  await expect(page.getByRole('status')).toHaveText('Aim saved: Help adults feel <safe> at home');
  const third = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Aim 3: Help adults feel <safe> at home' }) });
  await expect(third).toContainText('55% of people improve by at least 2 points on “I feel safe at home” (Personal outcomes (adults)), the worker\'s view');
  await expect(third).toContainText('40% of longer-term outcomes achieved');

  // Kept after a reload; edited; deleted after a confirmation.
  await page.reload();
  await expect(third).toBeVisible();
  await page.getByRole('button', { name: 'Edit aim 3' }).click();
  const edit = page.getByRole('form', { name: 'Edit aim 3' });
  await expect(edit.getByRole('textbox', { name: 'The aim' })).toHaveValue('Help adults feel <safe> at home');
  await edit.getByRole('button', { name: 'Remove target 2' }).click();
  await expect(edit.getByRole('group', { name: 'Target 2', exact: true })).toHaveCount(0);
  await edit.getByRole('button', { name: 'Save aim' }).click();
  await expect(third).not.toContainText('longer-term');

  await page.getByRole('button', { name: 'Delete aim 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this aim?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete aim' }).click();
  await expect(page.getByRole('status')).toHaveText('Aim deleted: Support children to improve their educational attainment');
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Aim \d: / })).toHaveText([
    'Aim 1: Help people reach the outcomes they set',
    'Aim 2: Help adults feel <safe> at home',
  ]);
  await expectNoViolations(page, 'the aims page with aims');
});
