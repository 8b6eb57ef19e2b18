// axe-core finds no WCAG 2.2 A/AA violations in the work with a person: every step of the
// first conversation (also with problems shown, and the resume and discard prompts), the
// unplanned-outcome page, the review page, and the person's page showing their progress.
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { ConversationPage } from './pages/ConversationPage.mjs';
import { CaseProgress } from './pages/CaseProgress.mjs';
import { UnplannedPage } from './pages/UnplannedPage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';

const LEVELS = {
  '-2': 'Never goes out',
  '-1': 'Goes out once a month',
  0: 'Goes out weekly',
  1: 'Goes out most days',
  2: 'Goes out every day',
};
const OUTCOME = { words: 'I go to the shops on my own', levels: LEVELS };

/** Adds a person and opens the first conversation with them, at step 1. */
async function startConversation(page) {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new CaseProgress(page).startConversationLink.click();
  const wizard = new ConversationPage(page);
  await wizard.expectStep(1);
  return wizard;
}

test('conversation steps 1 to 4, also with problems shown', async ({ page }) => {
  const wizard = await startConversation(page);
  await expectNoViolations(page, 'step 1, Now');
  await wizard.date.fill('');
  await wizard.nextButton.click();
  await expect(wizard.errorSummary).toBeVisible();
  await expect(wizard.date).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'step 1 with a problem');
  await wizard.date.fill('2024-06-01');

  await wizard.nextTo(2);
  await wizard.whatMatters(1).fill('To go out again');
  await wizard.addWhatMattersButton.click();
  await expectNoViolations(page, 'step 2, What matters');

  await wizard.nextTo(3);
  await expectNoViolations(page, 'step 3, Imagine it has gone well');

  await wizard.nextTo(4);
  await expectNoViolations(page, 'step 4, Outcomes');
  const first = wizard.outcome(1);
  await first.levelsToggle.click();
  await first.level(-2).fill(LEVELS[-2]);
  await wizard.nextButton.click();
  await expect(wizard.errorSummary).toBeVisible();
  await expect(first.words).toHaveAttribute('aria-invalid', 'true');
  await expect(first.levelsError).toBeVisible();
  await expectNoViolations(page, 'step 4 with problems');
});

test('conversation steps 5 and 6, and the resume and discard prompts', async ({ page }) => {
  const wizard = await startConversation(page);
  await wizard.nextTo(2);
  await wizard.nextTo(3);
  await wizard.nextTo(4);
  await wizard.fillOutcome(1, OUTCOME);
  await wizard.addOutcomeButton.click();
  await wizard.outcome(2).words.fill('Receive a care plan');
  await expect(wizard.outcome(2).warning).toBeVisible();
  await expectNoViolations(page, 'step 4 with two outcomes, one worded like a service');

  await wizard.nextTo(5);
  await expect(wizard.check(2).warning).toBeVisible();
  await expectNoViolations(page, 'step 5, Check');

  await wizard.nextTo(6);
  await expectNoViolations(page, 'step 6, Summary');

  await page.reload();
  await expect(wizard.resumeButton).toBeVisible();
  await expectNoViolations(page, 'the prompt to resume the conversation');
  await wizard.discardButton.click();
  await expect(wizard.discardQuestion).toBeVisible();
  await expectNoViolations(page, 'the confirmation before discarding');
  await wizard.cancelDiscardButton.click();
  await wizard.resumeButton.click();
  await wizard.expectStep(6);
});

test('the unplanned-outcome page, also with problems shown', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new CaseProgress(page).recordUnplannedLink.click();
  const unplanned = new UnplannedPage(page);
  await expect(unplanned.heading).toBeVisible();
  await expectNoViolations(page, 'the unplanned-outcome page');
  await unplanned.saveButton.click();
  await expect(unplanned.errorSummary).toBeVisible();
  await expect(unplanned.note).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the unplanned-outcome page with problems');
});

test('the review page, with levels, an added outcome, and problems shown', async ({ page }) => {
  await new PeoplePage(page).goto();
  const path = await addPerson(page, samplePerson());
  await holdFirstConversation(page, { name: 'Alex P', outcomes: [OUTCOME] });
  const review = new ReviewPage(page);
  await new CaseProgress(page).startReviewLink.click();
  await expect(page).toHaveURL(`${path}/review`);
  await expect(review.heading).toBeVisible();
  await expect(review.outcome(OUTCOME.words).level).toBeVisible();
  await expectNoViolations(page, 'the review page');

  await review.addOutcomeButton.click();
  await expect(review.newOutcome(1).words).toBeFocused();
  await review.saveButton.click();
  await expect(review.errorSummary).toBeVisible();
  await expect(review.newOutcome(1).words).toHaveAttribute('aria-invalid', 'true');
  await expect(review.newOutcome(1).domain).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the review page with an added outcome and problems');
});

test('the person page with progress: outcomes, goal attainment and timeline', async ({ page }) => {
  await new PeoplePage(page).goto();
  const path = await addPerson(page, samplePerson());
  const progress = new CaseProgress(page);
  await holdFirstConversation(page, {
    name: 'Alex P',
    aspirations: ['To go out again'],
    outcomes: [OUTCOME, { words: 'I phone my sister every Sunday' }],
  });
  await expectNoViolations(page, 'the person page after the first conversation');

  const unplanned = new UnplannedPage(page);
  await unplanned.goto(path);
  await unplanned.fill({ direction: 'Negative', note: 'A neighbour is asking for money' });
  await unplanned.saveButton.click();
  await expect(progress.timelineEntry('Unplanned outcome: negative')).toBeVisible();

  const review = new ReviewPage(page);
  await review.goto(path);
  await review.reviewOutcome(OUTCOME.words, { status: 'Partly achieved', personView: 'A bit better', level: 0 });
  await review.reviewOutcome('I phone my sister every Sunday', { status: 'Not achieved' });
  await review.saveButton.click();
  await expect(progress.statusMessage('Review saved.')).toBeVisible();
  await expect(progress.tScoreRows()).toHaveCount(2);
  await expect(progress.tScoreRows().nth(1).getByRole('cell').nth(1)).toHaveText('50.0');
  await expectNoViolations(page, 'the person page with a review, ended outcomes and T-scores');
});
