import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// "Add person" (/people/new) and "Edit details" (/people/<id>/edit): the same fields.
export class PersonFormPage extends Shell {
  constructor(page, { title, saveLabel }) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: title, exact: true });
    this.name = this.main.getByLabel('Name or initials', { exact: true });
    this.referralDate = this.main.getByLabel('Referral date', { exact: true });
    this.keyWorker = this.main.getByLabel('Key worker', { exact: true });
    this.carer = this.main.getByLabel('Carer (optional)', { exact: true });
    this.needs = this.main.getByLabel('Needs and presentation', { exact: true });
    this.saveButton = this.main.getByRole('button', { name: saveLabel, exact: true });
    this.cancelLink = this.main.getByRole('link', { name: 'Cancel', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  static add(page) {
    return new PersonFormPage(page, { title: 'Add person', saveLabel: 'Save person' });
  }

  static edit(page) {
    return new PersonFormPage(page, { title: 'Edit details', saveLabel: 'Save changes' });
  }

  async gotoAdd() {
    await this.page.goto('/people/new');
    await expect(this.heading).toBeVisible();
  }

  /** Types the given fields (any of name, referralDate, keyWorker, carer, needs). */
  async fill(person) {
    if (person.name !== undefined) await this.name.fill(person.name);
    if (person.referralDate !== undefined) await this.referralDate.fill(person.referralDate);
    if (person.keyWorker !== undefined) await this.keyWorker.fill(person.keyWorker);
    if (person.carer !== undefined) await this.carer.fill(person.carer);
    if (person.needs !== undefined) await this.needs.fill(person.needs);
  }

  /** Checks every given field still shows what was typed. */
  async expectValues(person) {
    if (person.name !== undefined) await expect(this.name).toHaveValue(person.name);
    if (person.referralDate !== undefined) await expect(this.referralDate).toHaveValue(person.referralDate);
    if (person.keyWorker !== undefined) await expect(this.keyWorker).toHaveValue(person.keyWorker);
    if (person.carer !== undefined) await expect(this.carer).toHaveValue(person.carer);
    if (person.needs !== undefined) await expect(this.needs).toHaveValue(person.needs);
  }

  async save() {
    await this.saveButton.click();
  }
}
