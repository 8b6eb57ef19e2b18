// What every page has: header, main navigation, skip link, main, footer, and the report
// of stored data that could not be read.
import { expect } from '@playwright/test';

export class Shell {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.header = page.getByRole('banner');
    this.homeLink = this.header.getByRole('link', { name: 'Outcome Focus', exact: true });
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.peopleNavLink = this.nav.getByRole('link', { name: 'People', exact: true });
    this.addPersonNavLink = this.nav.getByRole('link', { name: 'Add person', exact: true });
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.main = page.getByRole('main');
    this.footer = page.getByRole('contentinfo');
    this.storageReport = page.getByRole('region', { name: 'Some stored data could not be read' });
  }

  /** The button that unfolds the main menu on a narrow screen (hidden on a wide one). */
  get menuButton() {
    return this.nav.getByRole('button', { name: 'Menu', exact: true });
  }

  /** Unfolds the main menu if it is folded (a narrow screen); does nothing on a wide one. */
  async openMenu() {
    await expect(this.nav).toBeVisible();
    if ((await this.menuButton.isVisible()) && (await this.menuButton.getAttribute('aria-expanded')) === 'false') {
      await this.menuButton.click();
    }
  }

  /** Follows a link of the main menu, as a person would: unfolding the menu first on a phone. */
  async followNav(name) {
    await this.openMenu();
    await this.nav.getByRole('link', { name, exact: true }).click();
  }

  /** Any role=status message with this text (e.g. "Alex P was deleted."). */
  statusMessage(text) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Any role=alert with this text. */
  alert(text) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** True when the document scrolls sideways. */
  async scrollsHorizontally() {
    return this.page.evaluate(() => {
      const el = document.scrollingElement;
      return el.scrollWidth > el.clientWidth;
    });
  }

  /** The stored keys that start with a prefix, and their values. */
  async storedEntries(prefix = 'outcome-focus/') {
    return this.page.evaluate((p) => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.startsWith(p)) out[k] = localStorage.getItem(k);
      }
      return out;
    }, prefix);
  }
}
