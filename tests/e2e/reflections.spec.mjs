// Reflections: the four questions answered and kept, dated, with the dashboard's figures as
// they stood that day (checked against figures worked out by hand for seeded records),
// problems shown and linked, newest first, kept after a reload, user text shown as text.
import { readFileSync } from 'node:fs';
import { test, expect, fillStorage } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { ReflectionsPage } from './pages/ReflectionsPage.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/schema-3/${name}`, import.meta.url), 'utf8'));

/**
 * Three people, as of 20 November 2026:
 * - A.B. (open; the stored-format fixture): first conversation 8 June, 3-month review 10
 *   September, so the next review is in March: not due. Outcomes: short-term partly achieved,
 *   longer-term working. Unplanned: one for the better (1 August), one for the worse (20
 *   August). The worker rated "I can get to the shops on my own" 2 (score) in June; a second
 *   worker reading added here rates it 4 in September: up 2 points.
 * - C.D. (open): first conversation 10 January and no review since: the 3-month review (10
 *   April) is overdue. Outcomes: short-term not achieved, longer-term achieved. One unplanned
 *   outcome for the better on 21 November: after the day, so not counted.
 * - E.F. (closed): nothing else.
 */
function seed() {
  const ab = fixture('person-with-readings.json');
  const aims = fixture('aims.json');
  const blank = (r) => r.answers.map((a) => ({ card: a.card, answer: 'Skipped' }));
  const r2 = ab.data.readings.find((r) => r.id === 'r-2');
  const r5 = { ...r2, id: 'r-5', date: '2026-09-10', conversation: 'c-2', answers: blank(r2) };
  r5.answers[0] = { card: 'shops-on-my-own', answer: { Rated: 3 } };
  ab.data.readings.push(r5);

  const cd = structuredClone(ab);
  Object.assign(cd.data, {
    id: 'p-mhw3k2x1b1',
    name: 'C.D.',
    referral_date: '2026-01-02',
    conversations: [{ ...ab.data.conversations[0], date: '2026-01-10' }],
    readings: [],
    unplanned_outcomes: [{ id: 'u-1', date: '2026-11-21', direction: 'Positive', note: 'Later', changes_the_plan: false }],
  });
  cd.data.outcomes = [
    { ...ab.data.outcomes[0], status: 'NotAchieved', agreed_on: '2026-01-10' },
    { ...ab.data.outcomes[1], status: 'Achieved', agreed_on: '2026-01-10' },
  ];
  const ef = structuredClone(cd);
  Object.assign(ef.data, {
    id: 'p-mhw3k2x1c2',
    name: 'E.F.',
    status: 'Closed',
    closed_on: '2026-05-01',
    conversations: [],
    outcomes: [],
    unplanned_outcomes: [],
  });
  const entry = (p, first, last) => ({
    id: p.data.id, name: p.data.name, key_worker: p.data.key_worker, referral_date: p.data.referral_date,
    status: p.data.status, first_contact: first, last_review: last,
  });
  const index = {
    schema: 3,
    saved_at: '2026-11-22T10:15:00Z',
    data: { people: [entry(ab, '2026-06-08', '2026-09-10'), entry(cd, '2026-01-10', null), entry(ef, null, null)] },
  };
  const entries = { 'outcome-focus/index': index, 'outcome-focus/aims': aims };
  for (const p of [ab, cd, ef]) entries[`outcome-focus/person/${p.data.id}`] = p;
  return entries;
}

async function seeded(page) {
  const reflections = new ReflectionsPage(page);
  await reflections.goto();
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, JSON.stringify(v));
  }, seed());
  await reflections.goto();
  return reflections;
}

test('a reflection is kept with the figures of its day, worked out by hand', async ({ page }) => {
  const reflections = await seeded(page);
  await expect(reflections.main.getByText('No reflections are kept yet.')).toBeVisible();
  await expectNoViolations(page, 'the Reflections page, empty');

  const script = '<script>window.__pwned = 1</script>';
  await reflections.fill('2026-11-20', {
    0: 'More evening sessions',
    1: `Visits to key places ${script}`,
    3: 'A case study in the newsletter',
  });
  await reflections.saveButton.click();
  await expect(reflections.statusMessage('The reflection of 20 November 2026 was kept, with the dashboard\'s figures of that day.')).toBeVisible();
  // The form is empty again, dated today.
  await expect(reflections.answer(0)).toHaveValue('');

  const kept = reflections.reflection('20 November 2026');
  await expect(kept).toContainText('How do services need to change?More evening sessions');
  await expect(kept.getByText(`Visits to key places ${script}`, { exact: true })).toBeVisible();
  await expect(kept.getByText('Not answered')).toHaveCount(1);
  await expect(kept.locator('script')).toHaveCount(0);

  await expect.poll(() => reflections.rows('20 November 2026', 'Figures kept (up to 20 November 2026)')).toEqual([
    ['Open cases', '2'],
    ['Closed cases', '1'],
    ['Reviews due', '0'],
    ['Reviews overdue', '1'],
    ['Unplanned outcomes for the better', '1'],
    ['Unplanned outcomes for the worse', '1'],
  ]);
  const targets = (await reflections.rows('20 November 2026', 'Targets')).slice(1).map(([aim, target, ...rest]) => [aim.slice(0, 20), rest]);
  expect(targets).toEqual([
    ['Support children to ', ['Nobody to count yet', 'No data', '–', '0']],
    ['Support children to ', ['Nobody to count yet', 'No data', '–', '0']],
    // Short-term: A.B. partly achieved, C.D. not achieved.
    ['Help people reach th', ['1 of 2 (50%)', 'Not yet', '–', '2 (few: read with care)']],
    // Achieved, any term: C.D.'s longer-term; A.B.'s working outcome is not counted.
    ['Help people reach th', ['1 of 3 (33%)', 'Not yet', '–', '2 (few: read with care)']],
    // The worker's view of the shops card: A.B. up 2 points, the only one with two readings.
    ['Help people reach th', ['1 of 1 (100%)', 'Met', '+2', '1 (few: read with care)']],
  ]);
  await expectNoViolations(page, 'the Reflections page with a reflection');
  // At 320 px only the targets table scrolls, inside its own region, never the page.
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(() => reflections.scrollsHorizontally()).toBe(false);
  await expect(kept.getByRole('region', { name: 'Targets, up to 20 November 2026' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });

  // An earlier day's reflection, written now, keeps that day's figures and sorts below.
  await reflections.fill('2026-08-10', { 2: 'The school' });
  await reflections.saveButton.click();
  await expect(reflections.statusMessage('The reflection of 10 August 2026 was kept')).toBeVisible();
  await expect.poll(() => reflections.rows('10 August 2026', 'Figures kept (up to 10 August 2026)')).toEqual([
    ['Open cases', '2'],
    ['Closed cases', '1'],
    ['Reviews due', '0'],
    ['Reviews overdue', '1'],
    ['Unplanned outcomes for the better', '1'],
    ['Unplanned outcomes for the worse', '0'],
  ]);

  await page.reload();
  await expect(reflections.heading).toBeVisible();
  await expect(reflections.kept.getByRole('heading', { level: 3 })).toHaveText(['20 November 2026', '10 August 2026']);
  await expect(reflections.reflection('20 November 2026').getByText(`Visits to key places ${script}`, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('a reflection with no answer or a future date is not kept, and what was typed stays', async ({ page }) => {
  const reflections = new ReflectionsPage(page);
  await reflections.goto();
  await reflections.answer(0).fill('   ');
  await reflections.saveButton.click();
  await expect(reflections.errorSummary).toBeFocused();
  const problem = 'Answer at least one of the questions before keeping the reflection.';
  await expect(reflections.errorSummary).toContainText(problem);
  await expect(reflections.answer(0)).toHaveAttribute('aria-invalid', 'true');
  await reflections.errorSummary.getByRole('link', { name: problem }).click();
  await expect(reflections.answer(0)).toBeFocused();

  await reflections.fill('2999-01-01', { 1: 'Home visits' });
  await reflections.saveButton.click();
  const future = 'The date of the reflection cannot be in the future.';
  await expect(reflections.errorSummary).toContainText(future);
  await expect(reflections.errorSummary).not.toContainText(problem);
  await expect(reflections.date).toHaveAttribute('aria-invalid', 'true');
  await expect(reflections.date).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(reflections.answer(1)).toHaveValue('Home visits');
  await expectNoViolations(page, 'the Reflections form with a problem');
  await expect(reflections.kept).toHaveCount(0);
  expect(await reflections.storedEntries('outcome-focus/reflections')).toEqual({});
});

test('when storage is full the answers stay on screen and nothing is kept', async ({ page }) => {
  const reflections = new ReflectionsPage(page);
  await reflections.goto();
  await reflections.fill('2026-11-20', { 0: 'More evening sessions', 2: 'The school' });
  await fillStorage(page);

  await reflections.saveButton.click();
  await expect(reflections.errorSummary).toContainText('Storage is full, so this change was not saved.');
  await expect(reflections.answer(0)).toHaveValue('More evening sessions');
  await expect(reflections.answer(2)).toHaveValue('The school');
  await expect(reflections.date).toHaveValue('2026-11-20');
  await expect(reflections.kept).toHaveCount(0);
  expect(await reflections.storedEntries('outcome-focus/reflections')).toEqual({});
});

test('a reflection kept in another tab shows here, and the next one is kept beside it', async ({ page, context }) => {
  const reflections = new ReflectionsPage(page);
  await reflections.goto();
  const other = new ReflectionsPage(await context.newPage());
  await other.goto();
  await other.fill('2026-11-01', { 0: 'From the other tab' });
  await other.saveButton.click();
  await expect(other.reflection('1 November 2026')).toBeVisible();

  await expect(reflections.reflection('1 November 2026')).toContainText('From the other tab');
  await reflections.fill('2026-11-02', { 1: 'From this tab' });
  await reflections.saveButton.click();
  await expect(reflections.kept.getByRole('heading', { level: 3 })).toHaveText(['2 November 2026', '1 November 2026']);
  const stored = JSON.parse((await reflections.storedEntries('outcome-focus/reflections'))['outcome-focus/reflections']);
  expect(stored.data.reflections.map((r) => r.answers.join(''))).toEqual(['From the other tab', 'From this tab']);
});
