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
    // Hand-over asks for an optional PIN first.
    this.handOverDialog = page.getByRole('dialog', { name: 'Hand the device to the person?' });
    this.pinToSet = this.handOverDialog.getByRole('textbox', { name: 'PIN to give back (4 digits)' });
    this.confirmHandOver = this.handOverDialog.getByRole('button', { name: 'Hand over', exact: true });
    this.cancelHandOver = this.handOverDialog.getByRole('button', { name: 'Cancel', exact: true });
    this.giveBackButton = this.main.getByRole('button', { name: 'Give back', exact: true });
    // Without a PIN, Give back asks for a confirmation.
    this.giveBackDialog = page.getByRole('dialog', { name: 'Give the device back to the worker?' });
    this.confirmGiveBack = this.giveBackDialog.getByRole('button', { name: 'Yes, give it back' });
    // With a PIN, it asks for the PIN.
    this.pinDialog = page.getByRole('dialog', { name: 'Type the PIN to give the device back' });
    this.pinToGiveBack = this.pinDialog.getByRole('textbox', { name: 'PIN (4 digits)' });
    this.giveItBack = this.pinDialog.getByRole('button', { name: 'Give it back', exact: true });
    this.forgottenPin = this.pinDialog.getByRole('button', { name: 'Forgotten the PIN?' });
    this.giveBackWithoutPin = this.pinDialog.getByRole('button', { name: 'Give back without the PIN' });
    // Where the handed-over cards cannot be shown: no names, a way back, Give back.
    this.handedOverHeading = this.main.getByRole('heading', { level: 1, name: 'This device has been handed over' });
    this.backToQuestions = this.main.getByRole('link', { name: 'Back to the questions' });
    this.nextButton = this.main.getByRole('button', { name: 'Next', exact: true });
    // The bar at the bottom of a phone's card; a wide screen has one per card, named by it.
    this.skipButton = this.main.getByRole('button', { name: 'Skip', exact: true });
    // "Finish" in a phone's bar on the last card, "Finish the reading" on a wide screen.
    this.finishButton = this.main.getByRole('button', { name: /^Finish( the reading)?$/ });
    this.moveOn = this.main.getByRole('checkbox', { name: 'Move on to the next card after each answer' });
    this.thanksHeading = this.main.getByRole('heading', { level: 2, name: 'Thank you' });
    this.summaryHeading = this.main.getByRole('heading', { level: 2, name: 'Summary' });
    this.progress = this.main.getByText(/^Card \d+ of \d+ · \d+ answered/);
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

  /** `Keep answering` in one of the give-back dialogs. */
  keepAnswering(dialog) {
    return dialog.getByRole('button', { name: 'Keep answering' });
  }

  /** Hands the device over (tapping where the screen takes touch), with a PIN if given,
   * and waits until the menu is gone. */
  async handOver({ pin } = {}) {
    const press = async (locator) => ((await this.hasTouch()) ? locator.tap() : locator.click());
    await press(this.handOverButton);
    await expect(this.handOverDialog).toBeVisible();
    if (pin !== undefined) await this.pinToSet.fill(pin);
    await press(this.confirmHandOver);
    await expect(this.handOverDialog).toBeHidden();
    await expect(this.nav).toHaveCount(0);
    await expect(this.giveBackButton).toBeVisible();
  }

  /** Gives the device back with `pin` and waits for the whole app. */
  async giveBackWith(pin) {
    await this.giveBackButton.click();
    await expect(this.pinDialog).toBeVisible();
    await this.pinToGiveBack.fill(pin);
    await this.giveItBack.click();
    await expect(this.nav).toBeVisible();
  }

  /** Whether this page takes touch (the phone project). */
  async hasTouch() {
    return this.page.evaluate(() => 'ontouchstart' in window || navigator.maxTouchPoints > 0);
  }

  /** The cards on screen (one on a phone, all on a wide screen). */
  cards() {
    // A card is a group of radio buttons; its folded note is a group too, without them.
    return this.main.getByRole('group').filter({ has: this.page.getByRole('radio') });
  }

  /** Answers every card still on screen with `label`: on a wide screen every card listed;
   * on a phone card by card, waiting for the move to the next card when "Move on" is ticked
   * and pressing Next when it is not. The card whose statement is `skip` is skipped
   * instead. Stops after `stopAfter` answers (once the card has moved on). */
  async answerAll(label, { stopAfter = Infinity, skip } = {}) {
    let answered = 0;
    const cards = this.cards();
    if ((await cards.count()) > 1) {
      for (const card of await cards.all()) {
        if (answered >= stopAfter) break;
        const statement = (await card.locator('legend').innerText()).trim();
        if (statement === skip) {
          await this.main.getByRole('button', { name: `Skip this card: ${skip}`, exact: true }).click();
          continue;
        }
        await card.getByRole('radio', { name: label, exact: true }).check();
        answered++;
      }
      return answered;
    }
    for (;;) {
      const [, at, of] = (await this.progress.textContent()).match(/^Card (\d+) of (\d+)/).map(Number);
      const card = cards.first();
      const statement = (await card.locator('legend').innerText()).trim();
      let waitForMove = true;
      if (statement === skip) {
        await this.skipButton.click();
      } else {
        if (answered >= stopAfter) return answered;
        // A click, not `check`: a tap on the answer already chosen moves on too.
        await card.getByRole('radio', { name: label, exact: true }).click();
        // Pinned to this card by its statement, hidden or not: the page may already have
        // moved on to the next card (whose `first()` group is another one) by the time this
        // looks, on a slow machine.
        const answeredCard = this.main.getByRole('group', { name: statement, exact: true, includeHidden: true });
        await expect(answeredCard.getByRole('radio', { name: label, exact: true, includeHidden: true })).toBeChecked();
        answered++;
        waitForMove = await this.moveOn.isChecked();
      }
      if (at >= of) return answered;
      if (!waitForMove) await this.nextButton.click();
      // The next card is on screen once the statement has changed.
      await expect(cards.first().locator('legend')).not.toHaveText(statement, { useInnerText: true });
      await expect(this.progress).toHaveText(new RegExp(`^Card ${at + 1} of ${of}`));
      if (answered >= stopAfter) return answered;
    }
  }
}
