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

  /** Fills the setup form: who answers (deck: the first, date: today), then starts. */
  async start(respondent) {
    await this.main.getByRole('radio', { name: respondent, exact: true }).check();
    await this.startButton.click();
    await expect(this.finishButton.or(this.nextButton).first()).toBeVisible();
  }

  /** The cards on screen (one on a phone, all on a wide screen). */
  cards() {
    return this.main.getByRole('group');
  }

  /** Answers every card still on screen with `label`, moving on with Next on a phone. */
  async answerAll(label, { stopAfter = Infinity } = {}) {
    let answered = 0;
    for (;;) {
      const cards = this.cards();
      const n = await cards.count();
      for (let i = 0; i < n && answered < stopAfter; i++) {
        await cards.nth(i).getByRole('radio', { name: label, exact: true }).check();
        answered++;
      }
      if (answered >= stopAfter || !(await this.nextButton.isVisible())) return answered;
      await this.nextButton.click();
    }
  }
}
