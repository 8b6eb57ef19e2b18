import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The `Trigger cards` page at "/cards": the built-in decks, the service's own, creating and
// importing a deck.
export class TriggerCardsPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Trigger cards' });
    this.builtInList = this.main.getByRole('list', { name: 'Built-in decks' });
    this.ownList = this.main.getByRole('list', { name: "Your service's decks" });
    this.newDeckName = this.main.getByLabel('Name of the new deck');
    this.createButton = this.main.getByRole('button', { name: 'Create deck' });
    this.deckFile = this.main.getByLabel('Deck file');
    this.importButton = this.main.getByRole('button', { name: 'Import deck' });
  }

  async goto() {
    await this.page.goto('/cards');
    await expect(this.heading).toBeVisible();
  }

  /** The link to a deck in either list; its accessible name is the deck's name. */
  deckLink(name) {
    return this.main.getByRole('link', { name, exact: true });
  }

  /** Imports a file: a path, or { name, mimeType, buffer }. */
  async importFile(file) {
    await this.deckFile.setInputFiles(file);
    await this.importButton.click();
  }
}
