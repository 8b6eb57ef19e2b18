import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// A person's page at /people/<id>.
export class PersonPage extends Shell {
  constructor(page) {
    super(page);
    // The case status shown as text: "Open" or "Closed" (optionally after "Status").
    this.status = this.main.getByText(/^\s*(Status:?\s*)?(Open|Closed)\s*$/).first();
    this.needsHeading = this.main.getByRole('heading', { level: 2, name: 'Needs and presentation' });
    this.editLink = this.main.getByRole('link', { name: 'Edit', exact: true });
    this.closeCaseButton = this.main.getByRole('button', { name: 'Close case', exact: true });
    this.reopenCaseButton = this.main.getByRole('button', { name: 'Reopen case', exact: true });
    this.deleteButton = this.main.getByRole('button', { name: 'Delete', exact: true });
  }

  heading(name) {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  async goto(url, name) {
    await this.page.goto(url);
    await expect(this.heading(name)).toBeVisible();
  }

  /** The value shown for a term of the details list ("Referral date", "Key worker", "Carer"). */
  detail(term) {
    return this.main
      .getByRole('term')
      .filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) })
      .locator('xpath=following-sibling::*[1]');
  }

  deleteDialog(name) {
    const dialog = this.page.getByRole('dialog', { name: `Delete ${name}?` });
    return {
      dialog,
      confirmButton: dialog.getByRole('button', { name: `Yes, delete ${name}`, exact: true }),
      cancelButton: dialog.getByRole('button', { name: 'Cancel', exact: true }),
    };
  }
}
