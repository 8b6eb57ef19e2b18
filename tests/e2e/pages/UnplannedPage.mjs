import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// "Record an unplanned outcome" (/people/<id>/unplanned): a change nobody planned.
export class UnplannedPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Record an unplanned outcome', exact: true });
    this.date = this.main.getByRole('textbox', { name: 'Date', exact: true });
    this.direction = this.main.getByRole('group', { name: 'Was it a positive or a negative change?', exact: true });
    this.positive = this.direction.getByRole('radio', { name: 'Positive', exact: true });
    this.negative = this.direction.getByRole('radio', { name: 'Negative', exact: true });
    this.note = this.main.getByRole('textbox', { name: 'What happened', exact: true });
    this.changesThePlan = this.main.getByRole('checkbox', { name: 'This changes the plan', exact: true });
    this.domain = this.main.getByRole('combobox', { name: 'Domain (optional)', exact: true });
    this.saveButton = this.main.getByRole('button', { name: 'Save', exact: true });
    this.cancelLink = this.main.getByRole('link', { name: 'Cancel', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async goto(path) {
    await this.page.goto(`${path}/unplanned`);
    await expect(this.heading).toBeVisible();
  }

  /** Fills the form: `direction` is "Positive" or "Negative". */
  async fill({ date, direction, note, changesThePlan, domain }) {
    if (domain !== undefined) await this.domain.selectOption(domain);
    if (date !== undefined) await this.date.fill(date);
    if (direction === 'Positive') await this.positive.check();
    if (direction === 'Negative') await this.negative.check();
    if (note !== undefined) await this.note.fill(note);
    if (changesThePlan) await this.changesThePlan.check();
  }
}
