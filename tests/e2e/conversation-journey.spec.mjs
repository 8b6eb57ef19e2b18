// The work with a person: the guided first conversation (with a reload half-way), an
// unplanned outcome, and the 3-month review, each shown on their page and kept over a reload.
import { test, expect, samplePerson, todayInBrowser, addMonths, ukDate } from './fixtures.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { ConversationPage } from './pages/ConversationPage.mjs';
import { CaseProgress } from './pages/CaseProgress.mjs';
import { UnplannedPage } from './pages/UnplannedPage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';

const TOOK_PART = 'Alex, his brother Sam, and Jo (key worker)';
const NOW = 'Lives alone since January. Eats ready meals; has not been out since the winter.';
const ASPIRATIONS = ['To cook for my grandchildren again', 'To feel part of my street'];
const IMAGINED = {
  changed: 'More confident, out most days',
  behaviour: 'Cooks from scratch; chats with neighbours',
  difference: 'We helped him plan and took him the first few times',
};
const COOK = {
  words: 'I cook a hot meal for myself twice a week',
  domain: 'Independence',
  steps: 'Plan meals with Jo; buy a slow cooker',
  howWeKnow: 'Alex tells us what he cooked; fewer ready meals',
  levels: {
    '-2': 'Only ready meals',
    '-1': 'Cooks once a fortnight',
    0: 'Cooks twice a week',
    1: 'Cooks most days',
    2: 'Cooks for family too',
  },
};
// Reads like a service delivered: the app should prompt to reword it.
const OUTPUT_WORDS = 'Attend a weekly group at the community centre';
const FRIENDS = {
  words: 'I see friends at the café every week',
  domain: 'Social connection',
  longer: true,
  carer: true,
};
const FRIENDS_REWORDED = 'I meet friends at the café and at the library';
const WALK = 'I walk to the shops on my own';
const UNPLANNED_NOTE = 'Made a new friend at the café, who invited him to the lunch club.';

test('first conversation with two outcomes, an unplanned outcome, and the 3-month review', async ({ page }) => {
  test.setTimeout(90_000);
  const alex = samplePerson();
  const people = new PeoplePage(page);
  const wizard = new ConversationPage(page);
  const progress = new CaseProgress(page);
  let path;
  let today;
  // On a phone too, no page of the journey scrolls sideways.
  const expectNoSideScroll = async (what) => expect(await progress.scrollsHorizontally(), what).toBe(false);

  await test.step('add a person: their page offers the first conversation', async () => {
    await people.goto();
    path = await addPerson(page, alex);
    today = await todayInBrowser(page);
    await expect(progress.nextReview).toContainText('After the first conversation.');
    await expect(progress.whatMatters).toContainText('Not recorded yet: the first conversation asks.');
    await expect(progress.outcomes).toContainText('No outcomes agreed yet.');
    await expect(progress.startReviewLink).toHaveCount(0);
    await expect(progress.startConversationLink).toHaveAttribute('href', `${path}/conversation`);
  });

  await test.step('step 1, Now: the date is today and the needs come from the record', async () => {
    await progress.startConversationLink.click();
    await expect(page).toHaveURL(`${path}/conversation`);
    await expect(wizard.heading(alex.name)).toBeVisible();
    await wizard.expectStep(1);
    await expect(wizard.backButton).toHaveCount(0);
    await expect(wizard.date).toHaveValue(today);
    await expect(wizard.presentation).toHaveValue(alex.needs);
    await wizard.tookPart.fill(TOOK_PART);
    await wizard.presentation.fill(NOW);
    await wizard.nextTo(2);
    await expect(wizard.stepHeading('What matters')).toBeFocused();
  });

  await test.step('step 2, What matters: add, and remove one', async () => {
    await wizard.whatMatters(1).fill(ASPIRATIONS[0]);
    await wizard.addWhatMattersButton.click();
    await wizard.whatMatters(2).fill(ASPIRATIONS[1]);
    await wizard.addWhatMattersButton.click();
    await wizard.whatMatters(3).fill('Typed by mistake');
    await wizard.removeWhatMattersButton(3).click();
    await expect(wizard.whatMatters(3)).toHaveCount(0);
    await expect(wizard.whatMatters(2)).toHaveValue(ASPIRATIONS[1]);
    await wizard.nextTo(3);
  });

  await test.step('step 3, Imagine it has gone well', async () => {
    await wizard.changed.fill(IMAGINED.changed);
    await wizard.behaviour.fill(IMAGINED.behaviour);
    await wizard.difference.fill(IMAGINED.difference);
    await wizard.nextTo(4);
  });

  await test.step('step 4, Outcomes: the first one, with goal-attainment levels', async () => {
    const cook = wizard.outcome(1);
    await expect(cook.domain).toHaveValue('Independence');
    await expect(cook.shortTerm).toBeChecked();
    await expect(cook.targetDate).toHaveValue(addMonths(today, 3));
    await expect(cook.person).toBeChecked();
    await expect(cook.worker).toBeChecked();
    await expect(cook.carer).not.toBeChecked();
    await wizard.fillOutcome(1, COOK);
    await expect(cook.warning).toHaveCount(0);
  });

  await test.step('reload half-way: the draft is offered, and resuming keeps everything', async () => {
    await page.reload();
    await expect(wizard.heading(alex.name)).toBeVisible();
    await expect(wizard.resumeMessage(alex.name, 4)).toBeVisible();
    await expect(wizard.discardButton).toBeVisible();
    await wizard.resumeButton.click();
    await wizard.expectStep(4);
    const cook = wizard.outcome(1);
    await expect(cook.words).toHaveValue(COOK.words);
    await expect(cook.domain).toHaveValue(COOK.domain);
    await expect(cook.steps).toHaveValue(COOK.steps);
    await expect(cook.howWeKnow).toHaveValue(COOK.howWeKnow);
    await cook.levelsToggle.click();
    for (const x of [-2, -1, 0, 1, 2]) await expect(cook.level(x)).toHaveValue(COOK.levels[x]);
    await wizard.backTo(3);
    await expect(wizard.changed).toHaveValue(IMAGINED.changed);
    await wizard.backTo(2);
    await expect(wizard.whatMatters(1)).toHaveValue(ASPIRATIONS[0]);
    await expect(wizard.whatMatters(2)).toHaveValue(ASPIRATIONS[1]);
    await wizard.backTo(1);
    await expect(wizard.tookPart).toHaveValue(TOOK_PART);
    await expect(wizard.presentation).toHaveValue(NOW);
    await wizard.nextTo(2);
    await wizard.nextTo(3);
    await wizard.nextTo(4);
    await expect(wizard.outcome(1).words).toHaveValue(COOK.words);
  });

  await test.step('a second outcome worded like a service shows the rewording prompt', async () => {
    await wizard.addOutcomeButton.click();
    const second = wizard.outcome(2);
    await wizard.fillOutcome(2, { ...FRIENDS, words: OUTPUT_WORDS });
    await expect(second.warning).toBeVisible();
    await expect(wizard.outcome(1).warning).toHaveCount(0);
    // Choosing the longer term moves the default target date to a year on.
    await expect(second.targetDate).toHaveValue(addMonths(today, 12));
    await expect(second.carer).toBeChecked();
    // An outcome added by mistake can be removed.
    await wizard.addOutcomeButton.click();
    await wizard.outcome(3).words.fill('Typed by mistake');
    await wizard.outcome(3).removeButton.click();
    await expect(wizard.outcome(3).group).toHaveCount(0);
    await expect(wizard.outcome(2).words).toHaveValue(OUTPUT_WORDS);
    await expectNoSideScroll('step 4 with two outcomes');
  });

  await test.step('step 5, Check: the warning is on the output-like outcome only', async () => {
    await wizard.nextTo(5);
    await expect(wizard.check(1).group).toHaveAccessibleName(`Outcome 1: ${COOK.words}`);
    await expect(wizard.check(2).group).toHaveAccessibleName(`Outcome 2: ${OUTPUT_WORDS}`);
    await expect(wizard.check(2).warning).toBeVisible();
    await expect(wizard.check(1).warning).toHaveCount(0);

    // Reword it as a change in the person's life: the warning goes.
    await wizard.backTo(4);
    await wizard.outcome(2).words.fill(FRIENDS.words);
    await expect(wizard.outcome(2).warning).toHaveCount(0);
    await wizard.nextTo(5);
    await expect(wizard.check(2).group).toHaveAccessibleName(`Outcome 2: ${FRIENDS.words}`);
    await expect(wizard.check(2).warning).toHaveCount(0);
    for (const n of [1, 2]) {
      for (const key of ['personCentred', 'realistic', 'wellbeing', 'collaborative', 'measurable']) {
        await wizard.check(n).quality(key).check();
        await expect(wizard.check(n).quality(key)).toBeChecked();
      }
    }
  });

  await test.step('step 6, Summary: everything on one page', async () => {
    await wizard.nextTo(6);
    await expect(wizard.summary('Date')).toHaveText(ukDate(today));
    await expect(wizard.summary('Who took part')).toHaveText(TOOK_PART);
    await expect(wizard.summary('Now')).toHaveText(NOW);
    await expect(wizard.summary('What matters').getByRole('listitem')).toHaveText(ASPIRATIONS);
    await expect(wizard.summary('How the person has changed')).toHaveText(IMAGINED.changed);
    await expect(wizard.summary('What behaviour is different')).toHaveText(IMAGINED.behaviour);
    await expect(wizard.summary('The difference we made')).toHaveText(IMAGINED.difference);
    await expect(wizard.summaryOutcomesHeading).toHaveText('Outcomes (2)');
    const [first, second] = [wizard.summaryOutcomes().nth(0), wizard.summaryOutcomes().nth(1)];
    await expect(wizard.summaryOutcomes()).toHaveCount(2);
    await expect(first).toContainText(COOK.words);
    await expect(first).toContainText(
      `Independence · Short term (up to 3 months) · target ${ukDate(addMonths(today, 3))} · worked on by the person and the worker`,
    );
    await expect(first).toContainText(`How we will know: ${COOK.howWeKnow}`);
    await expect(second).toContainText(FRIENDS.words);
    await expect(second).toContainText(
      `Social connection · Longer term (beyond 3 months) · target ${ukDate(addMonths(today, 12))} · worked on by`,
    );
    await expect(wizard.nextButton).toHaveCount(0);
    await expectNoSideScroll('the summary');
  });

  await test.step('save: their page shows the baseline, aspirations, outcomes and next review', async () => {
    await wizard.saveButton.click();
    await expect(page).toHaveURL(path);
    await expect(progress.heading(alex.name)).toBeVisible();
    await expect(progress.statusMessage('First conversation saved: this is the baseline.')).toBeVisible();
    await expect(progress.aspirations()).toHaveText(ASPIRATIONS);
    const cook = progress.outcome(COOK.words);
    await expect(cook.status('Working')).toBeVisible();
    await expect(cook.detail('Term')).toHaveText('Short term (up to 3 months)');
    await expect(cook.detail('Domain')).toHaveText('Independence');
    await expect(cook.detail('Target date')).toHaveText(ukDate(addMonths(today, 3)));
    await expect(cook.detail('How we will know')).toHaveText(COOK.howWeKnow);
    const friends = progress.outcome(FRIENDS.words);
    await expect(friends.status('Working')).toBeVisible();
    await expect(friends.detail('Term')).toHaveText('Longer term (beyond 3 months)');
    await expect(friends.detail('Domain')).toHaveText('Social connection');
    await expect(progress.nextReview).toContainText(ukDate(addMonths(today, 3)));
    await expect(progress.nextReview).toContainText('Scheduled');
    const baseline = progress.timelineEntry('First conversation (baseline)');
    await expect(baseline).toContainText(ukDate(today));
    await expect(baseline).toContainText(`Took part: ${TOOK_PART}`);
    // One outcome has levels: the baseline counts it at −2, T = 50 + 10·(−2)/1 = 30.
    await expect(progress.tScoreRows()).toHaveCount(1);
    await expect(progress.tScoreRows().first().getByRole('cell')).toHaveText([`${ukDate(today)} (baseline)`, '30.0']);
    await expect(progress.startReviewLink).toHaveAttribute('href', `${path}/review`);
    await expect(progress.startConversationLink).toHaveCount(0);
    await expectNoSideScroll('the person page after the conversation');
  });

  await test.step('record an unplanned outcome: it goes in the timeline', async () => {
    await progress.recordUnplannedLink.click();
    await expect(page).toHaveURL(`${path}/unplanned`);
    const unplanned = new UnplannedPage(page);
    await expect(unplanned.heading).toBeVisible();
    await expect(unplanned.date).toHaveValue(today);
    await expect(unplanned.domain).toHaveValue('');
    await unplanned.fill({ direction: 'Positive', note: UNPLANNED_NOTE, changesThePlan: true, domain: 'Social connection' });
    await unplanned.saveButton.click();
    await expect(page).toHaveURL(path);
    await expect(
      progress.statusMessage('Unplanned outcome recorded. It changes the plan: start a review to update the outcomes.'),
    ).toBeVisible();
    const entry = progress.timelineEntry('Unplanned outcome: positive');
    await expect(entry).toContainText(ukDate(today));
    await expect(entry).toContainText(UNPLANNED_NOTE);
    await expect(entry).toContainText('Domain: Social connection.');
    await expect(entry).toContainText('This changes the plan.');
  });

  await test.step('the 3-month review: statuses, views, levels, a rewording and a new outcome', async () => {
    await progress.startReviewLink.click();
    await expect(page).toHaveURL(`${path}/review`);
    const review = new ReviewPage(page);
    await expect(review.heading).toBeVisible();
    await expect(review.history).toHaveText(`First conversation on ${ukDate(today)}.`);
    await expect(review.date).toHaveValue(today);
    await review.tookPart.fill('Alex and Jo');
    const cook = review.outcome(COOK.words);
    await expect(cook.statusRadio('Working')).toBeChecked();
    await expect(cook.level).toBeVisible();
    await expect(review.outcome(FRIENDS.words).level).toHaveCount(0);
    await review.reviewOutcome(COOK.words, {
      status: 'Achieved',
      personView: 'Much better',
      personSays: 'I cooked a roast for Sam',
      workerView: 'A bit better',
      workerSays: 'Cooks most days now',
      helped: 'The slow cooker',
      gotInTheWay: 'A bad cold in February',
      weContributed: 'Meal planning each week',
      didNotWork: 'The recipe app',
      level: 1,
    });
    await expect(cook.levelRadio(1)).toBeChecked();
    await review.reviewOutcome(FRIENDS.words, {
      personView: 'About the same',
      personSays: 'The café closes early',
      workerView: 'A bit worse',
      workerSays: 'Goes out less in the cold',
      reworded: FRIENDS_REWORDED,
    });
    await review.addOutcomeButton.click();
    const walk = review.newOutcome(1);
    await expect(walk.words).toBeFocused();
    await expect(walk.targetDate).toHaveValue(addMonths(today, 3));
    await walk.words.fill(WALK);
    await walk.domain.selectOption({ label: 'Health and wellbeing' });
    await expectNoSideScroll('the review page');
    await review.saveButton.click();
    await expect(page).toHaveURL(path);
    await expect(progress.statusMessage('Review saved.')).toBeVisible();
  });

  const expectEverything = async () => {
    await expect(progress.heading(alex.name)).toBeVisible();
    await expect(progress.aspirations()).toHaveText(ASPIRATIONS);
    // Current outcomes first, then those that have ended.
    await expect(progress.outcomeWords()).toHaveText([FRIENDS_REWORDED, WALK, COOK.words]);
    await expect(progress.outcome(COOK.words).status('Achieved')).toBeVisible();
    await expect(progress.outcome(FRIENDS_REWORDED).status('Working')).toBeVisible();
    await expect(progress.outcome(FRIENDS_REWORDED).detail('Term')).toHaveText('Longer term (beyond 3 months)');
    await expect(progress.outcome(WALK).status('Working')).toBeVisible();
    await expect(progress.outcome(WALK).detail('Domain')).toHaveText('Health and wellbeing');
    await expect(progress.outcome(WALK).detail('Term')).toHaveText('Short term (up to 3 months)');
    await expect(progress.outcome(FRIENDS.words).card).toHaveCount(0);
    // The next review is 6 months after this one.
    await expect(progress.nextReview).toContainText(ukDate(addMonths(today, 6)));
    const reviewed = progress.timelineEntry('3-month review');
    await expect(reviewed).toContainText(ukDate(today));
    await expect(reviewed).toContainText('Took part: Alex and Jo');
    await expect(reviewed.getByRole('listitem').filter({ hasText: COOK.words })).toContainText(
      'Status: Achieved; the person: Much better; the worker: A bit better; level +1',
    );
    const reworded = reviewed.getByRole('listitem').filter({ hasText: FRIENDS_REWORDED });
    await expect(reworded).toContainText('Status: Working; the person: About the same; the worker: A bit worse');
    await expect(reworded).toContainText(`Reworded from “${FRIENDS.words}”`);
    await expect(progress.timelineEntry('First conversation (baseline)')).toBeVisible();
    await expect(progress.timelineEntry('Unplanned outcome: positive')).toContainText(UNPLANNED_NOTE);
    // The review scored the one outcome with levels at +1: T = 50 + 10·1/1 = 60.
    await expect(progress.tScoreRows()).toHaveCount(2);
    await expect(progress.tScoreRows().nth(0).getByRole('cell')).toHaveText([`${ukDate(today)} (baseline)`, '30.0']);
    await expect(progress.tScoreRows().nth(1).getByRole('cell')).toHaveText([ukDate(today), '60.0']);
    await expect(progress.startReviewLink).toBeVisible();
    await expect(progress.startConversationLink).toHaveCount(0);
    await expectNoSideScroll('the person page after the review');
  };

  await test.step('their page shows the review: statuses, timeline and T-score', expectEverything);

  await test.step('after a reload everything is still there', async () => {
    await page.reload();
    await expectEverything();
    await expect(progress.statusMessage('Review saved.')).toHaveCount(0);
  });
});

test('the T-score of a review counts every outcome with levels: +1 and −1 give 50.0', async ({ page }) => {
  test.setTimeout(60_000);
  const levels = (what) => ({
    '-2': `${what}: never`,
    '-1': `${what}: rarely`,
    0: `${what}: weekly`,
    1: `${what}: most days`,
    2: `${what}: every day`,
  });
  const A = { words: 'I go for a walk in the park', levels: levels('Walks') };
  const B = { words: 'I phone my sister', levels: levels('Phones') };
  await new PeoplePage(page).goto();
  const path = await addPerson(page, samplePerson({ name: 'Dee S' }));
  const today = await todayInBrowser(page);
  const progress = new CaseProgress(page);
  await holdFirstConversation(page, { name: 'Dee S', outcomes: [A, B] });
  // Two outcomes at −2: T = 50 + 10·(−4)/√(0.7·2 + 0.3·4) = 25.19…
  await expect(progress.tScoreRows().first().getByRole('cell')).toHaveText([`${ukDate(today)} (baseline)`, '25.2']);

  const review = new ReviewPage(page);
  await review.goto(path);
  await review.reviewOutcome(A.words, { level: 1 });
  await review.reviewOutcome(B.words, { level: -1 });
  await review.saveButton.click();
  await expect(progress.statusMessage('Review saved.')).toBeVisible();
  await expect(progress.tScoreRows()).toHaveCount(2);
  await expect(progress.tScoreRows().nth(1).getByRole('cell')).toHaveText([ukDate(today), '50.0']);
  const reviewed = progress.timelineEntry('3-month review');
  await expect(reviewed.getByRole('listitem').filter({ hasText: A.words })).toContainText('level +1');
  await expect(reviewed.getByRole('listitem').filter({ hasText: B.words })).toContainText('level \u22121');
});
