// A review is kept as a draft on every change: leaving the page, a reload or a lost tab
// loses nothing typed, the next visit offers to resume it or discard it, and saving the
// review clears it.
import { test, expect, samplePerson, todayInBrowser, addMonths, ukDate } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';

const SHOPS = 'I go to the shops on my own';
const FRIENDS = 'I see my friends every week';

/** A person whose first conversation agreed two outcomes, three months ago. */
async function personReadyForReview(page) {
  const people = new PeoplePage(page);
  await people.goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -4) });
  const path = await addPerson(page, alex);
  await holdFirstConversation(page, { name: alex.name, date: addMonths(today, -3), outcomes: [{ words: SHOPS }, { words: FRIENDS }] });
  return { alex, path, today, people };
}

const draftKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/review-draft/')));

test('a review left half-way comes back as it was typed, and saving it clears the draft', async ({ page }) => {
  test.setTimeout(60_000);
  const { alex, path, today, people } = await personReadyForReview(page);
  const review = new ReviewPage(page);
  await review.goto(path);
  await expect(review.draftNote).toBeVisible();
  await review.tookPart.fill('Alex, Jo and <b>Mum</b>');
  await review.reviewOutcome(SHOPS, { status: 'Partly achieved', personView: 'A bit better', personSays: 'I went twice with my sister' });
  await review.reviewOutcome(FRIENDS, { helped: 'The bus pass' });
  await review.addOutcomeButton.click();
  await review.newOutcome(1).words.fill('I join the walking group');
  await expect.poll(() => draftKeys(page)).toHaveLength(1);

  // Leaving by the menu without saving, then coming back: the offer, then everything typed.
  await people.followNav('People');
  await expect(people.heading).toBeVisible();
  await page.goto(`${path}/review`);
  await expect(review.resumeMessage(alex.name)).toHaveText(`You have an unfinished review with ${alex.name}, dated ${ukDate(today)}.`);
  await expectNoViolations(page, 'the offer to resume a review');
  await review.resumeButton.click();
  await expect(review.tookPart).toHaveValue('Alex, Jo and <b>Mum</b>');
  const shops = review.outcome(SHOPS);
  await expect(shops.statusRadio('Partly achieved')).toBeChecked();
  await expect(shops.personViewRadio('A bit better')).toBeChecked();
  await expect(shops.personSays).toHaveValue('I went twice with my sister');
  await expect(review.outcome(FRIENDS).helped).toHaveValue('The bus pass');
  await expect(review.newOutcome(1).words).toHaveValue('I join the walking group');

  // A reload in the middle of typing keeps the latest change too.
  await review.outcome(FRIENDS).gotInTheWay.fill('Rain');
  await page.reload();
  await review.resumeButton.click();
  await expect(review.outcome(FRIENDS).gotInTheWay).toHaveValue('Rain');

  await review.newOutcome(1).domain.selectOption({ label: 'Health and wellbeing' });
  await review.newOutcome(1).howWeKnow.fill('She tells us about the walks');
  await review.saveButton.click();
  await expect(people.statusMessage('Review saved.')).toBeVisible();
  expect(await draftKeys(page)).toEqual([]);

  // The next review starts blank, with no offer.
  await page.goto(`${path}/review`);
  await expect(review.heading).toBeVisible();
  await expect(review.resumeButton).toHaveCount(0);
  await expect(review.tookPart).toHaveValue('');
});

test('opening a review and leaving without typing leaves no draft; a draft is discarded only after a confirmation', async ({ page }) => {
  test.setTimeout(60_000);
  const { alex, path } = await personReadyForReview(page);
  const review = new ReviewPage(page);
  await review.goto(path);
  await review.leaveLink.click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  expect(await draftKeys(page)).toEqual([]);

  await review.goto(path);
  await review.tookPart.fill('Alex and Jo');
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  await page.reload();
  await expect(review.resumeMessage(alex.name)).toBeVisible();
  await review.discardButton.click();
  await expect(review.discardQuestion).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(review.resumeButton).toBeVisible();
  expect(await draftKeys(page)).toHaveLength(1);

  await review.discardButton.click();
  await review.confirmDiscardButton.click();
  await expect(review.heading).toBeVisible();
  await expect(review.tookPart).toHaveValue('');
  expect(await draftKeys(page)).toEqual([]);
});
