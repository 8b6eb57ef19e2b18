import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The Learn section: /learn (contents), /learn/<slug> (a page or an exercise), the
// Presenter view toggle and the Previous / Next links.
export class LearnPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.presenterToggle = this.main.getByRole('button', { name: 'Presenter view' });
    this.pager = this.main.getByRole('navigation', { name: 'Learn pages' });
    this.nextLink = this.pager.getByRole('link', { name: /^Next: / });
    this.previousLink = this.pager.getByRole('link', { name: /^Previous: / });
    // Outcome or output?
    this.progress = this.main.getByText(/^Statement \d+ of \d+/);
    this.checkButton = this.main.getByRole('button', { name: 'Check', exact: true });
    this.nextStatement = this.main.getByRole('button', { name: /^(Next statement|See your score)$/ });
    this.feedback = this.main.getByRole('status', { name: 'Feedback' });
    this.score = this.main.getByText(/^You sorted \d+ of \d+ statements correctly\.$/);
    this.tryAgain = this.main.getByRole('button', { name: 'Try again' });
    // Write an outcome
    this.rewrite = this.main.getByLabel('Your outcome');
    this.checkOutcome = this.main.getByRole('button', { name: 'Check my outcome' });
  }

  /** Opens /learn, or /learn/<slug>. */
  async goto(slug) {
    await this.page.goto(slug ? `/learn/${slug}` : '/learn');
    await expect(this.heading).toBeVisible();
  }

  /** The radio button of an answer ("Input", "Outcome") or output to rewrite. */
  choice(name) {
    return this.main.getByRole('radio', { name, exact: true });
  }

  /** Presses Tab until `locator` has the focus (at most `limit` times). */
  async tabTo(locator, limit = 30) {
    for (let i = 0; i < limit; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(locator).toBeFocused();
  }
}
