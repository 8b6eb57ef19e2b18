import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

export const QUESTIONS = [
  'How do services need to change?',
  'What has been most effective?',
  'Who do you need to communicate with?',
  'How can we share success with others?',
];

// The Reflections page at /service/reflections: the form of four questions and a date, and
// the reflections kept, newest first, each an article named by its date.
export class ReflectionsPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Reflections', exact: true });
    this.date = this.main.getByLabel('Date of the reflection', { exact: true });
    this.saveButton = this.main.getByRole('button', { name: 'Save reflection', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.kept = this.main.getByRole('article');
  }

  async goto() {
    await this.page.goto('/service/reflections');
    await expect(this.heading).toBeVisible();
  }

  /** The text area of question n (0 to 3). */
  answer(n) {
    return this.main.getByRole('textbox', { name: QUESTIONS[n], exact: true });
  }

  /** Fills the form: a date (YYYY-MM-DD) and answers by question number. */
  async fill(date, answers) {
    await this.date.fill(date);
    for (const [n, text] of Object.entries(answers)) await this.answer(Number(n)).fill(text);
  }

  /** The reflection kept for a date as shown ("20 November 2026"). */
  reflection(ukDate) {
    return this.main.getByRole('article', { name: ukDate, exact: true });
  }

  /** The rows of a table in a reflection, each as its cells' text. */
  async rows(ukDate, caption) {
    const table = this.reflection(ukDate).getByRole('table', { name: caption });
    const rows = await table.getByRole('row').all();
    const out = [];
    for (const row of rows) out.push((await row.getByRole('cell').or(row.getByRole('rowheader')).or(row.getByRole('columnheader')).allInnerTexts()).map((c) => c.trim()));
    return out;
  }
}
