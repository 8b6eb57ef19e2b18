// The guided first conversation's checks: problems are shown before moving on, input is never
// lost, an unfinished conversation can be discarded, and a problem found on saving is
// announced. Plus the "Due for review" list and what people type shown as text.
import { test, expect, samplePerson, todayInBrowser, addDays, addMonths, daysBetween, ukDate } from './fixtures.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { ConversationPage } from './pages/ConversationPage.mjs';
import { CaseProgress } from './pages/CaseProgress.mjs';

/** Adds a person and opens "Start a conversation" from their page. */
async function startConversation(page, person = samplePerson()) {
  await new PeoplePage(page).goto();
  const path = await addPerson(page, person);
  await new CaseProgress(page).startConversationLink.click();
  const wizard = new ConversationPage(page);
  await expect(wizard.heading(person.name)).toBeVisible();
  await wizard.expectStep(1);
  return { path, wizard };
}

test('Next with a problem shows it, keeps what was typed and focuses the step', async ({ page }) => {
  const { wizard } = await startConversation(page);
  const today = await todayInBrowser(page);

  await test.step('step 1: the date is checked', async () => {
    await wizard.tookPart.fill('Alex and Jo');
    for (const [date, message] of [
      ['', 'Enter the date of the conversation.'],
      ['2024-03-04', 'The conversation cannot be before the referral date.'],
      [addDays(today, 1), "The conversation's date cannot be in the future."],
    ]) {
      await wizard.date.fill(date);
      await wizard.nextButton.click();
      await expect(wizard.errorSummary).toContainText(message);
      await expect(wizard.stepHeading('Now')).toBeFocused();
      await wizard.expectStep(1);
      await expect(wizard.date).toHaveAttribute('aria-invalid', 'true');
      await expect(wizard.date).toHaveAccessibleDescription(message);
      await expect(wizard.tookPart).toHaveValue('Alex and Jo');
      await expect(wizard.date).toHaveValue(date);
    }
    await wizard.date.fill('2024-03-05');
    await wizard.nextTo(2);
    await expect(wizard.errorSummary).toHaveCount(0);
    await wizard.backTo(1);
    await expect(wizard.date).toHaveValue('2024-03-05');
    await expect(wizard.date).not.toHaveAttribute('aria-invalid', 'true');
    await wizard.nextTo(2);
    await wizard.nextTo(3);
    await wizard.nextTo(4);
  });

  await test.step('step 4: the words, the target date and the levels are checked', async () => {
    const o = wizard.outcome(1);
    await o.howWeKnow.fill('She tells us');
    await wizard.nextButton.click();
    const wordsMessage = "Write outcome 1 in the person's own words, or remove it.";
    await expect(wizard.errorSummary).toContainText(wordsMessage);
    await expect(wizard.stepHeading('Outcomes')).toBeFocused();
    await wizard.expectStep(4);
    await expect(o.words).toHaveAttribute('aria-invalid', 'true');
    await expect(o.words).toHaveAccessibleDescription(new RegExp(wordsMessage.replace(/[.]/g, '\\.')));
    await expect(o.howWeKnow).toHaveValue('She tells us');

    await o.words.fill('I go to the shops on my own');
    await o.targetDate.fill('2024-03-04');
    await o.levelsToggle.click();
    await o.level(-2).fill('Never goes out');
    await wizard.nextButton.click();
    await expect(wizard.errorSummary).toContainText('The target date of outcome 1 must be after the conversation.');
    await expect(wizard.errorSummary).toContainText('Describe all five levels of outcome 1, or leave them all empty.');
    await expect(wizard.errorSummary).not.toContainText(wordsMessage);
    await expect(o.words).not.toHaveAttribute('aria-invalid', 'true');
    await expect(o.targetDate).toHaveAttribute('aria-invalid', 'true');
    await expect(o.levelsError).toBeVisible();
    await expect(o.level(-2)).toHaveValue('Never goes out');
    // The levels are a named group; the ones still empty say what they need.
    await expect(o.group.getByRole('group', { name: 'Goal-attainment levels (optional)', exact: true })).toBeVisible();
    await expect(o.level(-2)).not.toHaveAttribute('aria-invalid', 'true');
    for (const x of [-1, 0, 1, 2]) {
      await expect(o.level(x)).toHaveAttribute('aria-invalid', 'true');
      await expect(o.level(x)).toHaveAccessibleDescription('Describe this level too, or leave all five empty.');
    }
    // Each problem in the list is a link to its field.
    await wizard.errorSummary.getByRole('link', { name: 'The target date of outcome 1 must be after the conversation.' }).click();
    await expect(o.targetDate).toBeFocused();
    await expect(o.words).toHaveValue('I go to the shops on my own');

    await o.targetDate.fill(addMonths(today, 2));
    await o.level(-2).fill('');
    await wizard.nextTo(5);
    await expect(wizard.errorSummary).toHaveCount(0);
  });
});

test('opening a conversation and leaving without typing leaves no draft to resume', async ({ page }) => {
  const alex = samplePerson();
  const { wizard } = await startConversation(page, alex);
  await page.reload();
  await wizard.expectStep(1);
  await expect(wizard.resumeButton).toHaveCount(0);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/draft/')));
  expect(stored).toEqual([]);
});

test('an unfinished conversation can be discarded, after a confirmation', async ({ page }) => {
  const alex = samplePerson();
  const { wizard } = await startConversation(page, alex);
  await wizard.tookPart.fill('Alex and Jo');
  await wizard.nextTo(2);
  await wizard.whatMatters(1).fill('To cook again');

  await page.reload();
  await expect(wizard.resumeMessage(alex.name, 2)).toBeVisible();
  await wizard.discardButton.click();
  await expect(wizard.discardQuestion).toBeVisible();
  await expect(wizard.resumeButton).toHaveCount(0);

  // Cancel goes back to the choice; nothing is lost.
  await wizard.cancelDiscardButton.click();
  await expect(wizard.discardQuestion).toHaveCount(0);
  await expect(wizard.resumeButton).toBeVisible();

  await wizard.discardButton.click();
  await wizard.confirmDiscardButton.click();
  await wizard.expectStep(1);
  await expect(wizard.tookPart).toHaveValue('');
  await expect(wizard.presentation).toHaveValue(alex.needs);
  await wizard.nextTo(2);
  await expect(wizard.whatMatters(1)).toHaveValue('');
  await expect(wizard.resumeButton).toHaveCount(0);
});

/**
 * Gets a conversation to its Summary, then makes it unsaveable the way a user can: the
 * person's referral date is edited to after the conversation's date, and the draft resumed.
 */
async function summaryThatCannotBeSaved(page) {
  const alex = samplePerson();
  const { path, wizard } = await startConversation(page, alex);
  await wizard.date.fill('2024-06-01');
  await wizard.tookPart.fill('Alex and Jo');
  await wizard.nextTo(2);
  await wizard.nextTo(3);
  await wizard.nextTo(4);
  await wizard.outcome(1).words.fill('I go to the shops on my own');
  await wizard.nextTo(5);
  await wizard.nextTo(6);

  await page.goto(`${path}/edit`);
  const edit = PersonFormPage.edit(page);
  await expect(edit.heading).toBeVisible();
  await edit.referralDate.fill('2024-07-01');
  await edit.save();
  const progress = new CaseProgress(page);
  await expect(progress.detail('Referral date')).toHaveText('1 July 2024');
  await progress.startConversationLink.click();
  await expect(wizard.resumeMessage(alex.name, 6)).toBeVisible();
  await wizard.resumeButton.click();
  await wizard.expectStep(6);
  await wizard.saveButton.click();
  return { path, wizard };
}

const BEFORE_REFERRAL = 'The conversation cannot be before the referral date.';

test('Save with a problem lists it on the summary and keeps the conversation', async ({ page }) => {
  const { path, wizard } = await summaryThatCannotBeSaved(page);
  await expect(wizard.summaryProblems).toContainText(BEFORE_REFERRAL);
  await expect(wizard.stepHeading('Summary')).toBeFocused();
  await expect(page).toHaveURL(`${path}/conversation`);
  await expect(wizard.summary('Who took part')).toHaveText('Alex and Jo');

  // The problem links to its step; fixing it there lets the conversation be saved.
  await wizard.summaryProblems.getByRole('button', { name: 'Go to Now', exact: true }).click();
  await wizard.expectStep(1);
  await expect(wizard.stepHeading('Now')).toBeFocused();
  await expect(wizard.tookPart).toHaveValue('Alex and Jo');
  await wizard.date.fill('2024-07-02');
  for (const n of [2, 3, 4, 5, 6]) await wizard.nextTo(n);
  await wizard.saveButton.click();
  const progress = new CaseProgress(page);
  await expect(progress.statusMessage('First conversation saved: this is the baseline.')).toBeVisible();
  await expect(progress.timelineEntry('First conversation (baseline)')).toContainText('2 July 2024');
});

// When "Save conversation" finds a problem, it is announced like every other form's problems.
test('a problem found on saving is announced as an alert', async ({ page }) => {
  const { wizard } = await summaryThatCannotBeSaved(page);
  await expect(wizard.summaryProblems).toContainText(BEFORE_REFERRAL);
  await expect(page.getByRole('alert').filter({ hasText: BEFORE_REFERRAL })).toBeVisible({ timeout: 2_000 });
});

// "Go to Now" from the Summary's problem list opens step 1 with the problem shown at its
// field, so the user need not remember what the summary said.
test('"Go to <step>" from the summary shows the problem on that step', async ({ page }) => {
  const { wizard } = await summaryThatCannotBeSaved(page);
  await wizard.summaryProblems.getByRole('button', { name: 'Go to Now', exact: true }).click();
  await wizard.expectStep(1);
  await expect(wizard.date).toHaveAttribute('aria-invalid', 'true', { timeout: 2_000 });
  await expect(wizard.date).toHaveAccessibleDescription(BEFORE_REFERRAL, { timeout: 2_000 });
});

test('the People list badges reviews due or overdue, and "Due for review" lists only them', async ({ page }) => {
  test.setTimeout(60_000);
  const people = new PeoplePage(page);
  const progress = new CaseProgress(page);
  await people.goto();
  const today = await todayInBrowser(page);
  const referral = addMonths(today, -12);
  const outcomes = [{ words: 'I go to the shops on my own' }];

  // Bea's first conversation was four months ago: her 3-month review is overdue.
  const beaDate = addMonths(today, -4);
  const beaDue = addMonths(beaDate, 3);
  const beaDays = daysBetween(beaDue, today);
  await addPerson(page, samplePerson({ name: 'Bea Q', referralDate: referral }));
  await holdFirstConversation(page, { name: 'Bea Q', date: beaDate, outcomes });
  await expect(progress.nextReview).toContainText(ukDate(beaDue));
  await expect(progress.nextReview).toContainText(`Overdue by ${beaDays} ${beaDays === 1 ? 'day' : 'days'}`);

  // Chris's was three months less a week ago: his review is due within the fortnight.
  const chrisDate = addDays(addMonths(today, -3), 7);
  await addPerson(page, samplePerson({ name: 'Chris R', referralDate: referral }));
  await holdFirstConversation(page, { name: 'Chris R', date: chrisDate, outcomes });
  await expect(progress.nextReview).toContainText(ukDate(addMonths(chrisDate, 3)));
  await expect(progress.nextReview).toContainText('Due');

  // Dana's was today; Eli has not had one.
  await addPerson(page, samplePerson({ name: 'Dana T', referralDate: referral }));
  await holdFirstConversation(page, { name: 'Dana T', outcomes });
  await expect(progress.nextReview).toContainText('Scheduled');
  await addPerson(page, samplePerson({ name: 'Eli U', referralDate: referral }));

  await people.followNav('People');
  await expect(people.heading).toBeVisible();
  await expect(people.personItem('Bea Q')).toContainText('Review overdue');
  await expect(people.personItem('Chris R')).toContainText('Review due');
  await expect(people.personItem('Dana T')).not.toContainText('Review');
  await expect(people.personItem('Eli U')).not.toContainText('Review');

  await expect(people.show.getByRole('option')).toHaveText(['Open cases', 'Closed cases', 'All cases', 'Due for review']);
  await people.showOnly('Due for review');
  await expect(people.personLink('Bea Q')).toBeVisible();
  await expect(people.personLink('Chris R')).toBeVisible();
  await expect(people.personLink('Dana T')).toHaveCount(0);
  await expect(people.personLink('Eli U')).toHaveCount(0);
  await expect(people.count).toContainText('Showing 2 of 4 people');
});

test('an outcome and an aspiration that look like HTML are shown as text and run nothing', async ({ page }) => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(1)</script>';
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const alex = samplePerson();
  const { wizard } = await startConversation(page, alex);
  await wizard.nextTo(2);
  await wizard.whatMatters(1).fill(SCRIPT);
  await wizard.nextTo(3);
  await wizard.nextTo(4);
  await wizard.outcome(1).words.fill(IMG);
  await wizard.nextTo(5);
  await expect(wizard.check(1).group).toHaveAccessibleName(`Outcome 1: ${IMG}`);
  await wizard.nextTo(6);
  await expect(wizard.summary('What matters').getByRole('listitem')).toHaveText([SCRIPT]);
  await expect(wizard.summaryOutcomes().first()).toContainText(IMG);
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  await expect(page.getByRole('main').locator('script')).toHaveCount(0);

  await wizard.saveButton.click();
  const progress = new CaseProgress(page);
  await expect(progress.statusMessage('First conversation saved: this is the baseline.')).toBeVisible();
  await expect(progress.aspirations()).toHaveText([SCRIPT]);
  await expect(progress.outcome(IMG).heading).toHaveText(IMG);
  await page.reload();
  await expect(progress.outcome(IMG).heading).toHaveText(IMG);
  await expect(progress.aspirations()).toHaveText([SCRIPT]);
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  await expect(page.getByRole('main').locator('script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
