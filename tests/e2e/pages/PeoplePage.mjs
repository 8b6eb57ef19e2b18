import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The People page at "/": the list of people, search, status filter, empty state.
export class PeoplePage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'People', exact: true });
    this.addPersonLink = this.main.getByRole('link', { name: 'Add person', exact: true });
    this.search = this.main.getByRole('searchbox', { name: 'Search by name or key worker' });
    this.show = this.main.getByRole('combobox', { name: 'Show', exact: true });
    this.count = page.getByRole('status').filter({ hasText: /Showing \d+ of \d+/ });
    this.list = this.main.getByRole('list', { name: 'People', exact: true });
    this.emptyState = this.main.getByText(/^Outcome Focus helps you and the people you support/);
    this.addFirstPersonLink = this.main.getByRole('link', { name: 'Add a person', exact: true });
    this.tryDemoLink = this.main.getByRole('link', { name: 'Try the demo', exact: true });
    this.sort = this.main.getByRole('combobox', { name: 'Sort by', exact: true });
    this.noMatches = this.main.getByText(/No one matches/);
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /** The link to a person's page; its accessible name is exactly their name. */
  personLink(name) {
    return this.list.getByRole('link', { name, exact: true });
  }

  /** The list item of a person. */
  personItem(name) {
    // `has` is queried inside each list item, so it starts from the page, not from main.
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Choose "Open cases", "Closed cases" or "All cases". */
  async showOnly(label) {
    await this.show.selectOption({ label });
  }

  /** The label of the chosen status filter. */
  async chosenFilter() {
    return this.show.evaluate((el) => el.selectedOptions[0]?.textContent.trim());
  }

  /** The names of the people listed, in order. */
  async listedNames() {
    if ((await this.list.count()) === 0) return [];
    return this.list.getByRole('listitem').getByRole('link').allTextContents();
  }
}
