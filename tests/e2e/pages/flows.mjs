import { expect } from '@playwright/test';
import { PersonFormPage } from './PersonFormPage.mjs';
import { PersonPage } from './PersonPage.mjs';

/**
 * Adds a person as a user would (main navigation, "Add person", fill, "Save person") and
 * waits for their page. Returns the person page's path, e.g. "/people/p-abc123".
 */
export async function addPerson(page, person) {
  const form = PersonFormPage.add(page);
  await form.addPersonNavLink.click();
  await expect(form.heading).toBeVisible();
  await form.fill(person);
  await form.save();
  await expect(new PersonPage(page).heading(person.name)).toBeVisible();
  await expect(page).toHaveURL(/\/people\/[^/]+$/);
  return new URL(page.url()).pathname;
}
