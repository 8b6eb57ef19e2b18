// Readings belong to conversations: the baseline with the first conversation, then one with
// the 3-month review, whose summary shows the change since the baseline.
import { test, expect, samplePerson, todayInBrowser, addMonths, ukDate } from './fixtures.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';

async function readingFor(page, conversation, respondent, answer) {
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await expect(reading.heading).toBeVisible();
  const which = reading.main.getByRole('group', { name: 'Which conversation is it part of?' });
  await which.getByRole('radio', { name: conversation, exact: true }).check();
  await reading.start(respondent);
  await reading.answerAll(answer);
  await reading.finishButton.click();
  await expect(reading.summaryHeading).toBeVisible();
  return reading;
}

test('a baseline reading with the first conversation, and a review reading that shows the change', async ({ page }) => {
  test.setTimeout(90_000);
  await new PeoplePage(page).goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -6) });
  const path = await addPerson(page, alex);
  const words = 'I go to the shops on my own';
  const first = addMonths(today, -3);
  await holdFirstConversation(page, { name: alex.name, date: first, outcomes: [{ words }] });

  let reading = await readingFor(page, `First conversation (baseline), ${ukDate(first)}`, 'The person', 'A little true');
  await expect(reading.main.getByText(/This is the first time the person has answered these cards/)).toBeVisible();
  await reading.backToPerson.click();

  const review = new ReviewPage(page);
  await review.goto(path);
  await review.reviewOutcome(words, { status: 'Working' });
  await review.saveButton.click();
  await expect(new PersonPage(page).heading(alex.name)).toBeVisible();

  reading = await readingFor(page, `3-month review, ${ukDate(today)}`, 'The person', 'Mostly true');
  // The reading's own date (today by default) is the baseline's date, whatever the
  // conversation's.
  await expect(reading.main.getByText(`Compared with the first reading on ${ukDate(today)}: up 26 points`)).toBeVisible();
  await expect(reading.main.getByText('Change: Up 2 points').first()).toBeVisible();
});
