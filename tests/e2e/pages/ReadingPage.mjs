import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The reading page at /people/<id>/reading: setup, the cards, hand-over, the summary.
export class ReadingPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Take a reading' });
    this.startButton = this.main.getByRole('button', { name: 'Start the reading' });
    this.newReadingButton = this.main.getByRole('button', { name: 'Start a new reading' });
    this.carryOnButton = this.main.getByRole('button', { name: /^Carry on with the reading/ });
    this.handOverButton = this.main.getByRole('button', { name: 'Hand to the person' });
    this.giveBackButton = this.main.getByRole('button', { name: 'Give back' });
    this.giveBackDialog = page.getByRole('dialog', { name: 'Give the device back to the worker?' });
    this.confirmGiveBack = this.giveBackDialog.getByRole('button', { name: 'Yes, give it back' });
    this.nextButton = this.main.getByRole('button', { name: 'Next', exact: true });
    this.skipButton = this.main.getByRole('button', { name: 'Skip this card' });
    this.finishButton = this.main.getByRole('button', { name: 'Finish the reading' });
    this.summaryHeading = this.main.getByRole('heading', { level: 2, name: 'Summary' });
    this.progress = this.main.getByText(/^Card \d+ of \d+/);
    this.backToPerson = this.main.getByRole('link', { name: "Back to the person's page" });
  }

  /** Fills the setup form: who answers (deck: the first, date: today unless given as
   * YYYY-MM-DD), then starts. */
  async start(respondent, { date } = {}) {
    await this.main.getByRole('radio', { name: respondent, exact: true }).check();
    if (date) await this.main.getByLabel('Date of the reading').fill(date);
    await this.startButton.click();
    await expect(this.finishButton.or(this.nextButton).first()).toBeVisible();
  }

  /** The cards on screen (one on a phone, all on a wide screen). */
  cards() {
    return this.main.getByRole('group');
  }

  /** Answers every card still on screen with `label`, moving on with Next on a phone;
   * the card whose statement is `skip` is skipped instead (a phone then shows the next). */
  async answerAll(label, { stopAfter = Infinity, skip } = {}) {
    let answered = 0;
    for (;;) {
      const cards = this.cards();
      const n = await cards.count();
      let skippedAlone = false;
      const skipButton = skip && this.main.getByRole('button', { name: `Skip this card: ${skip}`, exact: true });
      if (skipButton && (await skipButton.isVisible())) {
        await skipButton.click();
        skippedAlone = n === 1;
      }
      for (let i = 0; i < n && answered < stopAfter && !skippedAlone; i++) {
        const card = cards.nth(i);
        if (skip && (await card.locator('legend').innerText()).trim() === skip) continue;
        await card.getByRole('radio', { name: label, exact: true }).check();
        answered++;
      }
      if (skippedAlone) continue;
      if (answered >= stopAfter || !(await this.nextButton.isVisible())) return answered;
      await this.nextButton.click();
    }
  }
}
