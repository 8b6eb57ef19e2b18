// A person's progress in charts: readings taken through the app come back as charts whose
// captions say the finding in words and whose tables hold the numbers entered; Download
// SVG saves the picture; the printable report holds the same; user text in a chart is text.
import { readFileSync } from 'node:fs';
import { test, expect, samplePerson, todayInBrowser, addMonths, ukDate } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ProgressPage } from './pages/ProgressPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';

async function takeReading(page, respondent, answer, { date, skip } = {}) {
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await expect(reading.heading).toBeVisible();
  await reading.start(respondent, { date });
  await reading.answerAll(answer, { skip });
  await reading.finishButton.click();
  await expect(reading.summaryHeading).toBeVisible();
  await reading.backToPerson.click();
}

test('readings taken in the app are charted, with their numbers in the tables', async ({ page }) => {
  test.setTimeout(120_000);
  await new PeoplePage(page).goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -6) });
  await addPerson(page, alex);
  // Built-in adults' deck, 5 points, "Not at all true" scores 1 … "Completely true" 5; "I feel lonely" is
  // reverse-scored. The baseline skips the first card, so it cannot be compared.
  await takeReading(page, 'The person', 'A little true', { date: addMonths(today, -3), skip: 'I can get to the shops on my own' });
  await takeReading(page, 'The worker', 'Somewhat true');
  await takeReading(page, 'The person', 'Mostly true');

  const progress = new ProgressPage(page);
  await progress.openFromPerson(alex.name);
  const star = progress.figure(/^Star chart/);
  await expect(progress.respondent).toHaveValue('person');
  await expect(progress.caption(star)).toHaveText(
    '13 of 15 cards improved since the baseline; 0 stayed the same; 1 got worse; 1 could not be compared (skipped or not said)',
  );
  await expect(progress.picture(star)).toHaveAccessibleName(/^Star chart of Personal outcomes \(adults\): 13 of 15 cards improved/);
  await expect(star.locator('svg')).toHaveCount(1);
  await expect(star.locator('svg text').filter({ hasText: /^\s*Baseline, / })).toHaveCount(1);
  await expect(star.locator('svg title')).toHaveText(/^Star chart of Personal outcomes \(adults\)/);
  await expect.poll(() => progress.row(star, 'I can get to the shops on my own')).toEqual(['–', '4', 'Cannot compare']);
  await expect.poll(() => progress.row(star, 'I have people I can talk to')).toEqual(['2', '4', 'Up 2 points']);
  await expect.poll(() => progress.row(star, 'I feel lonely')).toEqual(['4', '2', 'Down 2 points']);

  const svg = await progress.downloadSvg(star);
  expect(svg.name).toMatch(/^p-[a-z0-9]+-star-chart-built-in-adult-person\.svg$/);
  expect(svg.text).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  expect(svg.text).toContain('<title>Star chart of Personal outcomes (adults): 13 of 15 cards improved');

  // Progress over time: the deck total by default, one line per respondent. The baseline
  // scored 14 cards: 13 × 2 ("A little true") + 4 (reverse-scored "I feel lonely").
  const overTime = progress.figure('Progress over time');
  await expect(progress.picture(overTime)).toBeVisible();
  await expect(progress.caption(overTime)).toContainText('The person: 30 at');
  await expect(progress.caption(overTime)).toContainText('up 28');
  const valueRows = async () => (await overTime.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').map((c) => c.trim()));
  await expect.poll(() => valueRows()).toEqual([
    [ukDate(addMonths(today, -3)), 'The person', '30', '14'],
    [ukDate(today), 'The person', '58', '15'],
    [ukDate(today), 'The worker', '45', '15'],
  ]);
  await overTime.getByLabel('Show').selectOption({ label: 'I can get to the shops on my own' });
  await expect(overTime.getByRole('heading', { level: 3 })).toHaveText('Progress over time: “I can get to the shops on my own”');
  await expect(progress.caption(overTime)).toContainText('The person: not scored at the baseline');
  await expect.poll(async () => (await valueRows()).map((r) => r[2])).toEqual(['Not scored', '4', '3']);
  await expect(overTime.locator('svg title')).toHaveText(/^Score over time for “I can get to the shops on my own”/);

  // Two views: the person's latest (Mostly, 4) and the worker's (Sometimes, 3).
  const twoViews = progress.figure('Two views: the person and the worker');
  await expect(progress.caption(twoViews)).toHaveText(/^The person and the worker agree within 1 point on every card/);
  await expect.poll(() => progress.row(twoViews, 'I have people I can talk to')).toEqual(['Mostly true (4)', 'Somewhat true (3)', '']);
  await expect(twoViews.getByText('Talk about this')).toHaveCount(0);

  // The latest reading card by card, as diverging bars.
  const cardByCard = progress.figure('Latest reading, card by card');
  await expect(progress.picture(cardByCard)).toBeVisible();
  await expect.poll(() => progress.row(cardByCard, 'I have people I can talk to')).toEqual(['4']);
  await expect.poll(() => progress.row(cardByCard, 'I feel lonely')).toEqual(['2']);

  // No conversation yet: the outcome charts say so instead of drawing.
  await expect(progress.caption(progress.figure('Outcome statuses'))).toHaveText('No conversations yet');
  await expect(progress.picture(progress.figure('Goal attainment'))).toHaveCount(0);

  // The worker has one reading: its shape alone, and the caption says why there is no
  // comparison.
  await progress.respondent.selectOption('worker');
  await expect(progress.caption(star)).toHaveText('One reading so far: the chart compares once there is a second');
  await expect(progress.picture(star)).toHaveAccessibleName(/One reading so far/);
  await expect(star.locator('svg text').filter({ hasText: /^\s*Baseline, / })).toHaveCount(0);
  await expect.poll(() => progress.row(star, 'I have people I can talk to')).toEqual(['–', '3', 'First reading']);

  await page.reload();
  await expect(progress.heading(alex.name)).toBeVisible();
  await expect(progress.caption(star)).toHaveText(/^13 of 15 cards improved/);
  await expectNoViolations(page, 'the progress page with charts');
});

test('the printable report holds the person, outcomes, charts and every reading, on A4', async ({ page }) => {
  test.setTimeout(120_000);
  await new PeoplePage(page).goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -6) });
  const path = await addPerson(page, alex);
  const words = 'I go to the shops on my own';
  const levels = { '-2': 'Never', '-1': 'With help', 0: 'Once a week', 1: 'Twice a week', 2: 'Most days' };
  await holdFirstConversation(page, { name: alex.name, date: addMonths(today, -3), outcomes: [{ words, levels }] });
  const review = new ReviewPage(page);
  await review.goto(path);
  await review.reviewOutcome(words, {
    status: 'Partly achieved', personView: 'A bit better', personSays: 'I went twice <b>alone</b>',
    workerView: 'Much better', level: 0,
  });
  await review.saveButton.click();
  await expect(new PersonPage(page).heading(alex.name)).toBeVisible();
  await takeReading(page, 'The person', 'A little true', { date: addMonths(today, -3) });
  await takeReading(page, 'The person', 'Completely true');

  await new PersonPage(page).main.getByRole('link', { name: 'Print report' }).click();
  const report = new ProgressPage(page);
  await expect(report.main.getByRole('heading', { level: 1, name: `Report: ${alex.name}` })).toBeVisible();
  for (const section of ['What matters to them', 'Outcomes', 'Unplanned outcomes', 'Trigger cards: Personal outcomes (adults)', 'Every reading']) {
    await expect(report.main.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(report.main.getByText(alex.keyWorker, { exact: true })).toBeVisible();
  const outcome = report.main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: words }) });
  await expect(outcome.getByText('Partly achieved', { exact: true })).toBeVisible();
  await expect(outcome.getByText(`A bit better: “I went twice <b>alone</b>” (${ukDate(today)})`, { exact: true })).toBeVisible();
  await expect(outcome.getByText(`Much better (${ukDate(today)})`, { exact: true })).toBeVisible();
  // One outcome from −2 to 0: T-scores 30.0 and 50.0.
  const goals = report.figure('Goal attainment');
  await expect(report.caption(goals)).toHaveText(/went from 30\.0 .* to 50\.0 /);
  await expect(report.picture(goals)).toBeVisible();
  await expect(report.caption(report.figure('Outcome statuses'))).toHaveText(/1 partly achieved/);
  const table = report.main.getByRole('table', { name: /Personal outcomes \(adults\): every reading/ });
  const shops = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'I can get to the shops on my own' }) });
  await expect.poll(async () => (await shops.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual(['2', '5']);
  await expect(report.caption(report.figure(/^Star chart/))).toHaveText(/^15 of 15 cards improved|^14 of 15 cards improved/);
  await expectNoViolations(page, 'the printable report');

  // Printed: no navigation or buttons, and the pages are A4.
  await page.emulateMedia({ media: 'print' });
  await expect(report.nav).toBeHidden();
  await expect(report.main.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(report.main.getByRole('button', { name: /^Download SVG/ }).first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  // 595 × 842 points is A4.
  expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);
});

test('a card statement or deck name with markup is shown as text in charts, never run', async ({ page }) => {
  const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/schema-3/${name}`, import.meta.url), 'utf8'));
  const decks = fixture('decks.json');
  const person = fixture('person-with-readings.json');
  const index = fixture('index.json');
  const deck = decks.data.decks[0];
  deck.name = '<img src=x onerror="window.__pwned = 1">';
  deck.cards[0].statement = '<script>__pwned=2</script>';
  deck.cards[0].domain = '<script>__pwned=3</script>';
  // Two readings of that deck by the person, a baseline and a later one.
  const answers = (point) => deck.cards.map((c) => ({ card: c.id, answer: { Rated: point }, note: '' }));
  person.data.readings = [
    { id: 'r-1', deck: deck.id, date: '2026-06-08', respondent: 'Person', conversation: null, answers: answers(0), complete: true, corrections: [] },
    { id: 'r-2', deck: deck.id, date: '2026-09-10', respondent: 'Person', conversation: null, answers: answers(2), complete: true, corrections: [] },
  ];
  await new PeoplePage(page).goto();
  await page.evaluate(([i, p, d]) => {
    localStorage.setItem('outcome-focus/index', i);
    localStorage.setItem('outcome-focus/person/p-mhw3k2x1a9', p);
    localStorage.setItem('outcome-focus/decks', d);
  }, [JSON.stringify(index), JSON.stringify(person), JSON.stringify(decks)]);
  await page.goto('/people/p-mhw3k2x1a9/progress');
  const progress = new ProgressPage(page);
  await expect(progress.heading('A.B.')).toBeVisible();
  const star = progress.figure(/^Star chart/);
  await expect(progress.caption(star)).toHaveText(/cards improved since the baseline/);
  await expect(page.locator('figure script, figure img')).toHaveCount(0);
  await expect(star.locator('svg title')).toHaveText(`Star chart of ${deck.name}: ${await progress.caption(star).innerText()}`);
  // More than 12 cards: one spoke per domain, so the domain is drawn (and the statement is in
  // the table).
  await expect(star.locator('svg text').filter({ hasText: '<script>__pwned=3</script>' })).toHaveCount(1);
  await expect(star.getByRole('rowheader', { name: '<script>__pwned=2</script>', exact: true })).toBeVisible();
  const overTime = progress.figure('Progress over time');
  await overTime.getByLabel('Show').selectOption({ label: '<script>__pwned=2</script>' });
  await expect(overTime.locator('svg title')).toHaveText(/^Score over time for “<script>__pwned=2<\/script>”/);
  await expect(progress.main.getByRole('heading', { level: 2, name: `Trigger cards: ${deck.name}` })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // At 320 px the charts are drawn narrow (numbered spokes and a key), nothing scrolls
  // sideways, and the text is drawn at its real size.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  await expect(progress.heading('A.B.')).toBeVisible();
  expect(await progress.scrollsHorizontally()).toBe(false);
  const drawnWidth = await star.locator('svg').evaluate((svg) => svg.viewBox.baseVal.width);
  const shownWidth = await star.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  expect(drawnWidth).toBeLessThanOrEqual(320);
  expect(shownWidth / drawnWidth).toBeGreaterThan(0.9);
  await expect(star.locator('svg text').filter({ hasText: /^\s*1\s+<script>__pwned=3/ })).toHaveCount(1);
});
