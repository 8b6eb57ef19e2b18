import { expect } from '@playwright/test';
import { PersonFormPage } from './PersonFormPage.mjs';
import { PersonPage } from './PersonPage.mjs';
import { ConversationPage } from './ConversationPage.mjs';
import { CaseProgress } from './CaseProgress.mjs';

/**
 * Adds a person as a user would (main navigation, "Add person", fill, "Save person") and
 * waits for their page. Returns the person page's path, e.g. "/people/p-abc123".
 */
export async function addPerson(page, person) {
  const form = PersonFormPage.add(page);
  await form.followNav('Add person');
  await expect(form.heading).toBeVisible();
  await form.fill(person);
  await form.save();
  await expect(new PersonPage(page).heading(person.name)).toBeVisible();
  await expect(page).toHaveURL(/\/people\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/**
 * From a person's page, holds their first conversation as briefly as a user can: "Start a
 * conversation", an optional date, aspirations and outcomes (each `{ words, levels? }` as
 * ConversationPage.fillOutcome takes them), Next through every step, "Save conversation".
 * Waits for their page again, showing the confirmation.
 */
export async function holdFirstConversation(page, { name, date, aspirations = [], outcomes = [] }) {
  const progress = new CaseProgress(page);
  await progress.startConversationLink.click();
  const wizard = new ConversationPage(page);
  await expect(wizard.heading(name)).toBeVisible();
  await wizard.expectStep(1);
  if (date !== undefined) await wizard.date.fill(date);
  await wizard.nextTo(2);
  for (const [i, words] of aspirations.entries()) {
    if (i > 0) await wizard.addWhatMattersButton.click();
    await wizard.whatMatters(i + 1).fill(words);
  }
  await wizard.nextTo(3);
  await wizard.nextTo(4);
  for (const [i, outcome] of outcomes.entries()) {
    if (i > 0) await wizard.addOutcomeButton.click();
    await wizard.fillOutcome(i + 1, outcome);
  }
  await wizard.nextTo(5);
  await wizard.nextTo(6);
  await wizard.saveButton.click();
  await expect(progress.heading(name)).toBeVisible();
  await expect(progress.statusMessage('First conversation saved: this is the baseline.')).toBeVisible();
}
