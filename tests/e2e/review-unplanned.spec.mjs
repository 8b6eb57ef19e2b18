// A review asks for changes nobody planned, and records them with the review.
import { test, expect, samplePerson, todayInBrowser, addMonths, addDays, ukDate } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { CaseProgress } from './pages/CaseProgress.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';

/** The fields of unplanned outcome `n` (from 1) recorded in the review. */
function unplannedInReview(page, n) {
  const group = page.getByRole('main').getByRole('group', { name: `Unplanned outcome ${n}`, exact: true });
  const direction = group.getByRole('group', { name: 'Was it a positive or a negative change?', exact: true });
  return {
    group,
    date: group.getByRole('textbox', { name: 'Date', exact: true }),
    direction: (label) => direction.getByRole('radio', { name: label, exact: true }),
    note: group.getByRole('textbox', { name: 'What happened', exact: true }),
    changesThePlan: group.getByRole('checkbox', { name: 'This changes the plan', exact: true }),
    domain: group.getByRole('combobox', { name: 'Domain (optional)', exact: true }),
    removeButton: group.getByRole('button', { name: `Remove unplanned outcome ${n}`, exact: true }),
  };
}

test('unplanned outcomes recorded in a review are checked, and join the timeline', async ({ page }) => {
  test.setTimeout(60_000);
  await new PeoplePage(page).goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -6) });
  const path = await addPerson(page, alex);
  const words = 'I go to the shops on my own';
  await holdFirstConversation(page, { name: alex.name, date: addMonths(today, -3), outcomes: [{ words }] });

  const review = new ReviewPage(page);
  await review.goto(path);
  await review.reviewOutcome(words, { status: 'Working' });
  const add = page.getByRole('button', { name: /^Record (an|another) unplanned outcome$/ });
  await expect(add).toHaveText('Record an unplanned outcome');
  await add.click();
  const first = unplannedInReview(page, 1);
  await expect(first.date).toBeFocused();
  await expect(first.date).toHaveValue(today);
  await expect(add).toHaveText('Record another unplanned outcome');
  await add.click();
  const second = unplannedInReview(page, 2);
  await second.removeButton.click();
  await expect(second.group).toHaveCount(0);
  await expect(add).toBeFocused();

  // Nothing filled in: each problem names the unplanned outcome it is in.
  await review.saveButton.click();
  await expect(review.errorSummary).toContainText(
    'Unplanned outcome 1: Choose whether the change was positive or negative.',
  );
  await expect(review.errorSummary).toContainText('Unplanned outcome 1: Write what happened.');
  await expect(first.note).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the review page with an unplanned outcome and its problems');

  await first.date.fill(addDays(today, -10));
  await first.direction('Negative').check();
  await first.note.fill('A new friend keeps asking for money');
  await first.changesThePlan.check();
  await first.domain.selectOption('Safety');
  await review.saveButton.click();

  const progress = new CaseProgress(page);
  await expect(progress.heading(alex.name)).toBeVisible();
  const entry = progress.timelineEntry('Unplanned outcome: negative');
  await expect(entry).toContainText(ukDate(addDays(today, -10)));
  await expect(entry).toContainText('A new friend keeps asking for money');
  await expect(entry).toContainText('This changes the plan.');
  await expect(entry).toContainText('Domain: Safety.');
  await page.reload();
  await expect(progress.timelineEntry('Unplanned outcome: negative')).toBeVisible();
  await expect(progress.timelineEntry('3-month review')).toBeVisible();
});
