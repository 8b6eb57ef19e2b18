// Both views compare like with like: the person's and the worker's latest readings are set
// against each other only when taken in the same conversation (or within 14 days). Readings
// months apart are shown side by side with their dates and nothing marked; readings in one
// conversation have their 2-point differences marked. On the person's page and in the
// two-views chart, each state with no accessibility violations.
import { test, expect, todayInBrowser, addMonths, daysBetween, ukDate } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { seedService, person, reading, conversation } from './pages/seed.mjs';
import { ProgressPage } from './pages/ProgressPage.mjs';

const DECK = 'Children and young people';
const TWO_VIEWS = 'Two views: the person and the worker';

/** Rae: the worker's reading at the first conversation, three months ago, and the person's
 * at today's review; they differ by 2 points or more on both cards. Sol: both readings in
 * each of the same two conversations, the latest differing by 2 points on one card. */
function people(today) {
  const first = addMonths(today, -3);
  return {
    first,
    rae: person({
      id: 'p-rae',
      name: 'Rae',
      referral: addMonths(today, -4),
      conversations: [conversation('c-1', 'FirstContact', first), conversation('c-2', 'ThreeMonthReview', today)],
      readings: [
        reading('r-1', 'Worker', first, { 'go-to-school': 1, 'like-who-i-am': 2 }, 'c-1'),
        reading('r-2', 'Person', today, { 'go-to-school': 5, 'like-who-i-am': 4 }, 'c-2'),
      ],
    }),
    sol: person({
      id: 'p-sol',
      name: 'Sol',
      referral: addMonths(today, -4),
      conversations: [conversation('c-1', 'FirstContact', first), conversation('c-2', 'ThreeMonthReview', today)],
      readings: [
        reading('r-1', 'Person', first, { 'go-to-school': 1, 'like-who-i-am': 1 }, 'c-1'),
        reading('r-2', 'Worker', first, { 'go-to-school': 5, 'like-who-i-am': 5 }, 'c-1'),
        reading('r-3', 'Person', today, { 'go-to-school': 5, 'like-who-i-am': 3 }, 'c-2'),
        reading('r-4', 'Worker', today, { 'go-to-school': 3, 'like-who-i-am': 4 }, 'c-2'),
      ],
    }),
  };
}

const readingsSection = (page) => page.getByRole('region', { name: 'Trigger-card readings' });

test('readings months apart are shown side by side, nothing is marked, and the page says why', async ({ page }) => {
  await page.goto('/');
  const today = await todayInBrowser(page);
  const { first, rae, sol } = people(today);
  await seedService(page, { people: [rae, sol], path: '/people/p-rae' });

  const section = readingsSection(page);
  await expect(section.getByRole('heading', { level: 3, name: `Both views: ${DECK}` })).toBeVisible();
  const why =
    `The person's reading (${ukDate(today)}) and the worker's (${ukDate(first)}) were taken ` +
    `${daysBetween(first, today)} days apart, not in the same conversation, so differences are not marked. ` +
    'Take both readings in the same conversation, or within 14 days of each other, to compare them.';
  await expect(section.getByText(why, { exact: true })).toBeVisible();
  // Both answers are still there, card by card; no card is marked to talk about.
  const school = section.getByRole('listitem').filter({ hasText: 'I go to school most days' });
  await expect(school.getByText('The person: Completely true')).toBeVisible();
  await expect(school.getByText('The worker: Not at all true')).toBeVisible();
  await expect(section.getByText(/talk about this/i)).toHaveCount(0);
  await expectNoViolations(page, 'both views of readings months apart');

  const progress = new ProgressPage(page);
  await progress.openFromPerson('Rae');
  const twoViews = progress.figure(TWO_VIEWS);
  await expect(progress.caption(twoViews)).toHaveText(why);
  await expect(progress.picture(twoViews)).toHaveAccessibleName(`Two views of ${DECK}: ${why}`);
  await expect(twoViews.getByText(/talk about this/i)).toHaveCount(0);
  await expect(twoViews.getByRole('table')).toHaveAccessibleName(
    `Latest ratings (score in brackets, higher is better), taken ${daysBetween(first, today)} days apart and not in the same conversation, so differences are not marked`,
  );
  await expect(twoViews.getByRole('columnheader', { name: 'To discuss' })).toHaveCount(0);
  await expect.poll(() => progress.row(twoViews, 'I go to school most days')).toEqual(['Completely true (5)', 'Not at all true (1)']);
  await expectNoViolations(page, 'the two-views chart of readings months apart');
});

test('readings in one conversation have their 2-point differences marked', async ({ page }) => {
  await page.goto('/');
  const today = await todayInBrowser(page);
  const { rae, sol } = people(today);
  await seedService(page, { people: [rae, sol], path: '/people/p-sol' });

  const section = readingsSection(page);
  await expect(section.getByRole('heading', { level: 3, name: `Both views: ${DECK}` })).toBeVisible();
  await expect(
    section.getByText(
      `The person's reading and the worker's were both taken in the same conversation, on ${ukDate(today)}, ` +
        'so differences of 2 points or more are marked to talk about.',
      { exact: true },
    ),
  ).toBeVisible();
  const school = section.getByRole('listitem').filter({ hasText: 'I go to school most days' });
  await expect(school.getByText('They differ by 2 points: talk about this.')).toBeVisible();
  const me = section.getByRole('listitem').filter({ hasText: 'I like who I am' });
  await expect(me.getByText(/talk about this/i)).toHaveCount(0);
  await expect(section.getByText(/talk about this/i)).toHaveCount(1);
  await expectNoViolations(page, 'both views of readings in one conversation');

  const progress = new ProgressPage(page);
  await progress.openFromPerson('Sol');
  const twoViews = progress.figure(TWO_VIEWS);
  await expect(progress.caption(twoViews)).toHaveText(
    /^The person and the worker differ by 2 points or more on 1 of \d+ cards: talk about this first/,
  );
  await expect(twoViews.getByRole('table')).toHaveAccessibleName('Latest ratings (score in brackets, higher is better)');
  await expect.poll(() => progress.row(twoViews, 'I go to school most days')).toEqual(['Completely true (5)', 'Somewhat true (3)', 'Talk about this']);
  await expect.poll(() => progress.row(twoViews, 'I like who I am')).toEqual(['Somewhat true (3)', 'Mostly true (4)', '']);
  await expectNoViolations(page, 'the two-views chart of readings in one conversation');
});
