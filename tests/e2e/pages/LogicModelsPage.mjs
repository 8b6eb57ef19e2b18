import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The Logic models page at /service/logic-model: the service's model and the pieces of work,
// each model an article of four named lists; one form at a time to add or edit a model.
export class LogicModelsPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Logic models', exact: true });
    this.emptyState = this.main.getByText(/^A logic model sets out what goes in/);
    this.addExample = this.main.getByRole('button', { name: 'Add the life story work example', exact: true });
    this.addWork = this.main.getByRole('button', { name: 'Add a piece of work', exact: true });
    this.setOutService = this.main.getByRole('button', { name: "Set out the service's logic model", exact: true });
    this.name = this.main.getByRole('textbox', { name: 'Name', exact: true });
    this.saveButton = this.main.getByRole('button', { name: 'Save', exact: true });
    this.cancelButton = this.main.getByRole('button', { name: 'Cancel', exact: true });
    this.deleteButton = this.main.getByRole('button', { name: 'Delete', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async goto() {
    await this.page.goto('/service/logic-model');
    await expect(this.heading).toBeVisible();
  }

  /** The text area of a column: "Inputs", "Processes", "Outputs", "Outcomes". */
  column(heading) {
    return this.main.getByRole('textbox', { name: heading, exact: true });
  }

  /** The model shown under this name. */
  model(name) {
    return this.main.getByRole('article', { name, exact: true });
  }

  /** The items of one column of a model, as shown. */
  async items(name, column) {
    return this.model(name).getByRole('list', { name: column, exact: true }).getByRole('listitem').allInnerTexts();
  }

  /** The four column boxes of a model, in order. */
  columnBoxes(name) {
    return this.model(name).locator('.logic-model-column');
  }

  /** Opens the form on a model shown. */
  async edit(name) {
    await this.model(name).getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    await expect(this.name).toHaveValue(name);
  }

  /** Fills the form: a name and any columns by heading, each a string of lines. */
  async fill(name, columns = {}) {
    await this.name.fill(name);
    for (const [heading, text] of Object.entries(columns)) await this.column(heading).fill(text);
  }
}
