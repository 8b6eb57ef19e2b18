// The service dashboard over a service of five children with readings, seeded in storage:
// every figure checked against values worked out by hand, the filters (kept in the
// address), the printable report, the CSV export, and accessibility.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { seedService } from './pages/seed.mjs';
import { PEOPLE, AIMS } from './pages/sampleService.mjs';

const SCHOOL_TARGET = '60% of people improve by at least 1 point on “I go to school most days” (Children and young people), the person\'s view';
const ME_TARGET = '40% of people improve by at least 1 point on “I like who I am” (Children and young people), the person\'s view';
const STATUS_TARGET = '70% of short-term outcomes achieved or partly achieved';

const target = (page, name) => page.getByRole('region', { name, exact: true });
const figure = (page, name) =>
  page.locator('.summary-figures > div').filter({ has: page.getByRole('term').getByText(name, { exact: true }) }).getByRole('definition');
const rows = async (table) => (await table.getByRole('row').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));

test('the dashboard measures each target by hand-checkable rules, under filters kept in the address', async ({ page }) => {
  await seedService(page, { people: PEOPLE, aims: AIMS, settings: { name: 'Riverside <Family> Support' }, path: '/service/dashboard' });
  await expect(page.getByRole('heading', { level: 1, name: 'Service dashboard' })).toBeVisible();
  await expect(page.getByText('Riverside <Family> Support', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Figures for' })).toHaveText('Figures for 5 of the 5 people recorded: Everyone, all dates.');
  await expect(figure(page, 'People counted')).toHaveText('5');
  await expect(figure(page, 'Open cases')).toHaveText('4');
  await expect(figure(page, 'Closed cases')).toHaveText('1');

  // User text is text: the aim's <script> is shown, never run.
  await expect(page.getByRole('heading', { level: 3, name: 'Aim 1: Support children <script>window.pwned=1</script> to improve their educational attainment' })).toBeVisible();
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();

  const school = target(page, SCHOOL_TARGET);
  await expect(school.locator('.verdict')).toHaveText('Met');
  await expect(school).toContainText('3 of 4 people (75%) improved by at least 1 point. The target is 60%.');
  // Changes -1, +1, +2, +4: the median is 1.5.
  await expect(school).toContainText('Median change from the earliest to the latest reading: +1.5 points.');
  await expect(school).toContainText('1 more with only one reading in these dates: not counted yet.');
  await expect(school).toContainText('Based on 4 people. Few people: read this with care.');
  // The latest ratings: Ava 3, Ben 3, Cal 2, Dee 5.
  const chart = school.getByRole('figure');
  await expect(chart.getByRole('img')).toBeVisible();
  await expect.poll(async () => (await rows(chart.getByRole('table')))[1]).toEqual(['I go to school most days', '0', '1', '2', '0', '1', '0']);

  const me = target(page, ME_TARGET);
  await expect(me.locator('.verdict')).toHaveText('Not yet');
  await expect(me).toContainText('1 of 4 people (25%) improved by at least 1 point. The target is 40%.');
  await expect(me).toContainText('Median change from the earliest to the latest reading: 0 points.');

  // Short-term outcomes ended: achieved, partly achieved, not achieved; Dee's is longer term.
  const statuses = target(page, STATUS_TARGET);
  await expect(statuses.locator('.verdict')).toHaveText('Not yet');
  await expect(statuses).toContainText('2 of 3 outcomes that have ended (66%) count. The target is 70%.');
  await expect(statuses).toContainText('Based on 3 people.');

  await expect.poll(() => rows(page.getByRole('table', { name: 'Outcomes by term' }))).toEqual([
    ['Term', 'Working', 'Achieved', 'Partly achieved', 'Not achieved', 'Changed', 'People'],
    ['Short term (up to 3 months)', '0', '1', '1', '1', '0', '3 (few)'],
    ['Longer term (beyond 3 months)', '1', '0', '0', '0', '0', '1 (few)'],
  ]);
  await expect.poll(() => rows(page.getByRole('table', { name: 'Unplanned outcomes by domain' }))).toEqual([
    ['Domain', 'Positive', 'Negative', 'People'],
    ['Personal development', '1', '0', '1 (few)'],
    ['No domain given', '0', '1', '1 (few)'],
    ['All domains', '1', '1', '2 (few)'],
  ]);
  await expect(page.getByRole('heading', { name: 'How the figures are worked out' })).toBeVisible();
  await expect(page.getByText(/never averaged/)).toBeVisible();
  await expectNoViolations(page, 'the service dashboard');

  // Jo's people only: Dee (Sam's, and the only closed case) drops out.
  await page.getByRole('combobox', { name: 'Key worker' }).selectOption('Jo');
  await expect(page).toHaveURL(/\/service\/dashboard\?worker=Jo$/);
  await expect(page.getByRole('status').filter({ hasText: 'Figures for' })).toHaveText('Figures for 4 of the 5 people recorded: Key worker Jo.');
  await expect(figure(page, 'Closed cases')).toHaveText('0');
  await expect(school).toContainText('2 of 3 people (66%) improved by at least 1 point.');
  await expect(school.locator('.verdict')).toHaveText('Met');
  // From June: one reading each, so nobody is counted on readings.
  await page.getByRole('textbox', { name: 'From' }).fill('2026-06-01');
  await expect(school).toContainText('Nobody has two readings to compare yet.');
  await expect(school.locator('.verdict')).toHaveText('Nobody to count yet');
  await page.getByRole('textbox', { name: 'From' }).fill('');
  await page.getByRole('combobox', { name: 'Cases' }).selectOption({ label: 'Closed cases' });
  await expect(page.getByRole('status').filter({ hasText: 'Figures for' })).toHaveText('Figures for 0 of the 5 people recorded: Key worker Jo; closed cases.');
  await page.getByRole('combobox', { name: 'Cases' }).selectOption({ label: 'Open and closed' });

  // Kept in the address: a reload shows the same figures.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Key worker' })).toHaveValue('Jo');
  await expect(target(page, SCHOOL_TARGET)).toContainText('2 of 3 people (66%) improved by at least 1 point.');

  // The printable report, under the same filters.
  await page.getByRole('link', { name: 'Print service report' }).click();
  await expect(page).toHaveURL(/\/service\/report\?worker=Jo$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside <Family> Support: service report');
  await expect(page.getByText(/^Service outcomes on .*\. Key worker Jo\.$/)).toBeVisible();
  await expect(target(page, SCHOOL_TARGET)).toContainText('2 of 3 people (66%) improved by at least 1 point.');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expectNoViolations(page, 'the service report');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page).toHaveURL(/\/service\/dashboard\?worker=Jo$/);
});

test('the CSV export has one row per rating and per outcome, opens in Excel, and runs no formula', async ({ page }) => {
  await seedService(page, { people: PEOPLE, aims: AIMS, path: '/service/dashboard' });
  await page.getByRole('link', { name: 'Export CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export CSV' })).toBeVisible();
  await expect(page.getByText('5 people recorded in this browser.')).toBeVisible();
  await expectNoViolations(page, 'the CSV export page');
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  const ratings = await download('Download ratings (CSV)');
  expect(ratings.name).toMatch(/^outcome-focus-ratings-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(ratings.text.startsWith('\uFEFF')).toBe(true);
  const lines = ratings.text.slice(1).trim().split(/\r?\n/);
  // Nine readings of two cards each.
  expect(lines).toHaveLength(1 + 18);
  expect(lines[0]).toMatch(/^person_id,/);
  expect(lines.filter((l) => l.startsWith('p-dee,'))).toHaveLength(4);

  const outcomes = await download('Download outcomes (CSV)');
  expect(outcomes.text).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
  const cells = outcomes.text.slice(1).split(/[,\n]/);
  expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);

  const changes = await download('Download unplanned outcomes (CSV)');
  expect(changes.text).toContain('Joined the <b>choir</b>');
  expect(changes.text).toContain('Personal development');
});

test('the dashboard works on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await seedService(page, { people: PEOPLE, aims: AIMS, path: '/service/dashboard' });
  await expect(target(page, SCHOOL_TARGET).locator('.verdict')).toHaveText('Met');
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((e) => !e.closest('.table-wrap, .chart-data'))
    .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`));
  expect(wide, 'elements wider than the screen').toEqual([]);
  const sideScroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideScroll).toBeLessThanOrEqual(0);
  await expectNoViolations(page, 'the dashboard at 320 px');
});
