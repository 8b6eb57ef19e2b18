// A person's progress in charts: readings taken through the app come back as charts whose
// captions say the finding in words and whose tables hold the numbers entered; Download
// SVG saves the picture; the printable report holds the same; user text in a chart is text.
import { readFileSync } from 'node:fs';
import { test, expect, samplePerson, todayInBrowser, addMonths } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
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
  // Built-in adults' deck, 5 points, "Not at all" scores 1 … "Always" 5; "I feel lonely" is
  // reverse-scored. The baseline skips the first card, so it cannot be compared.
  await takeReading(page, 'The person', 'A little', { date: addMonths(today, -3), skip: 'I can get to the shops on my own' });
  await takeReading(page, 'The worker', 'Sometimes');
  await takeReading(page, 'The person', 'Mostly');

  const progress = new ProgressPage(page);
  await progress.openFromPerson(alex.name);
  const star = progress.figure(/^Star chart/);
  await expect(progress.respondent).toHaveValue('person');
  await expect(progress.caption(star)).toHaveText(
    '13 of 15 cards improved since the baseline; 0 stayed the same; 1 got worse; 1 could not be compared (skipped or not said)',
  );
  await expect(progress.picture(star)).toHaveAccessibleName(/^13 of 15 cards improved/);
  await expect(star.locator('svg')).toHaveCount(1);
  await expect(star.locator('svg title')).toHaveText(/^Star chart of Personal outcomes \(adults\)/);
  expect(await progress.row(star, 'I can get to the shops on my own')).toEqual(['–', '4', 'Cannot compare']);
  expect(await progress.row(star, 'I have people I can talk to')).toEqual(['2', '4', 'Up 2 points']);
  expect(await progress.row(star, 'I feel lonely')).toEqual(['4', '2', 'Down 2 points']);

  const svg = await progress.downloadSvg(star);
  expect(svg.name).toMatch(/^p-[a-z0-9]+-star-chart-built-in-adult-person\.svg$/);
  expect(svg.text).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  expect(svg.text).toContain('<title>Star chart of Personal outcomes (adults): 13 of 15 cards improved');

  // The worker has one reading: no picture yet, and the caption says why.
  await progress.respondent.selectOption('worker');
  await expect(progress.caption(star)).toHaveText('One reading so far: the chart compares once there is a second');
  await expect(progress.picture(star)).toHaveCount(0);
  expect(await progress.row(star, 'I have people I can talk to')).toEqual(['–', '3', 'First reading']);

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
  await addPerson(page, alex);
  await takeReading(page, 'The person', 'A little', { date: addMonths(today, -3) });
  await takeReading(page, 'The person', 'All of the time');

  await new PersonPage(page).main.getByRole('link', { name: 'Print report' }).click();
  const report = new ProgressPage(page);
  await expect(report.main.getByRole('heading', { level: 1, name: `Report: ${alex.name}` })).toBeVisible();
  for (const section of ['What matters to them', 'Outcomes', 'Unplanned outcomes', 'Trigger cards: Personal outcomes (adults)', 'Every reading']) {
    await expect(report.main.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(report.main.getByText(alex.keyWorker, { exact: true })).toBeVisible();
  const table = report.main.getByRole('table', { name: /Personal outcomes \(adults\): every reading/ });
  const shops = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'I can get to the shops on my own' }) });
  expect((await shops.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual(['2', '5']);
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
  await expect(star.locator('svg text').filter({ hasText: '<script>__pwned=2</script>' })).toHaveCount(1);
  await expect(progress.main.getByRole('heading', { level: 2, name: `Trigger cards: ${deck.name}` })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
