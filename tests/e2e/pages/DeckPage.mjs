import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// One deck's page at "/cards/<id>": its cards and their actions, the card forms, the scale,
// the name and notice, copying and exporting.
export class DeckPage extends Shell {
  constructor(page) {
    super(page);
    this.cards = this.main.getByRole('list', { name: 'Cards' });
    this.addForm = this.main.getByRole('form', { name: 'Add a card' });
    this.copyName = this.main.getByLabel('Name of the copy');
    this.copyButton = this.main.getByRole('button', { name: 'Copy deck' });
    this.deckName = this.main.getByLabel('Deck name');
    this.saveDetails = this.main.getByRole('button', { name: 'Save name' });
    this.addPoint = this.main.getByRole('button', { name: 'Add a point' });
    this.removePoint = this.main.getByRole('button', { name: 'Remove the highest point' });
    this.saveScale = this.main.getByRole('button', { name: 'Save scale' });
    this.exportButton = this.main.getByRole('button', { name: 'Export deck as a file' });
  }

  heading(name) {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  /** A scale point's label field, counted from 1. */
  point(n) {
    return this.main.getByLabel(new RegExp(`^Point ${n}( \\(|$)`));
  }

  /** The list item of a card, by its statement. */
  card(statement) {
    return this.cards.getByRole('listitem').filter({ hasText: statement });
  }

  /** A button acting on a card: "Edit", "Remove", "Retire", "Restore", "up" or "down". */
  cardButton(statement, action) {
    const name = action === 'up' || action === 'down' ? `Move '${statement}' ${action}` : `${action} '${statement}'`;
    return this.cards.getByRole('button', { name, exact: true });
  }

  /** The statements in the deck's order. */
  async statements() {
    return this.cards.getByRole('listitem').evaluateAll((items) =>
      items.map((li) => li.querySelector('.card-statement span:last-child').textContent),
    );
  }

  async addCard({ statement, domain, emoji = '', reverse = false }) {
    await this.addForm.getByLabel('Statement').fill(statement);
    await this.addForm.getByRole('radio', { name: domain, exact: true }).check();
    await this.addForm.getByLabel('Emoji (optional)').fill(emoji);
    if (reverse) await this.addForm.getByRole('checkbox').check();
    await this.addForm.getByRole('button', { name: 'Add card' }).click();
    await expect(this.card(statement)).toBeVisible();
  }

  async reword(statement, newStatement) {
    await this.cardButton(statement, 'Edit').click();
    const form = this.main.getByRole('form', { name: `Edit '${statement}'` });
    await form.getByLabel('Statement').fill(newStatement);
    await form.getByRole('button', { name: 'Save card' }).click();
    await expect(this.card(newStatement)).toBeVisible();
  }
}
