// A person's report on paper: a year of the demo's busiest person fits on at most 4 A4
// pages, with what helped and what got in the way, both views, and every chart's text at
// 9 pt (12 CSS pixels) or more on paper. Printing lays the page out the same whatever the
// screen, so this runs on the desktop project only.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { DemoPage } from './pages/DemoPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ProgressPage } from './pages/ProgressPage.mjs';

// The demo's busiest person: the largest record (3 outcomes, 5 outcome reviews, an unplanned
// outcome, 6 readings of the adults' 15-card deck by the person and the worker over a year).
const BUSIEST = 'Ravi P.';
// A4 is 210 mm across; the report's @page margins (14 mm each side, style/app.css) leave
// 182 mm for the page's content: 688 CSS pixels at 96 to the inch.
const PAPER_CONTENT_WIDTH = 688;
// 9 pt in CSS pixels (a point is 1/72 inch, a CSS pixel 1/96).
const NINE_POINTS = 12;

test.skip(({ isMobile }) => isMobile, 'printing lays the report out the same from any screen');

/** The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test("the demo's busiest person's report prints on at most 4 A4 pages, readable, with what helped and both views", async ({ page }) => {
  test.setTimeout(90_000);
  const demo = new DemoPage(page);
  await demo.goto();
  await demo.startButton.click();
  const people = new PeoplePage(page);
  await people.personLink(BUSIEST).click();
  await expect(new PersonPage(page).heading(BUSIEST)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Print report' }).click();
  const report = new ProgressPage(page);
  await expect(report.main.getByRole('heading', { level: 1, name: `Report: ${BUSIEST}` })).toBeVisible();

  // What each review said helped and got in the way, dated, under each outcome.
  const outcomes = report.main.getByRole('region', { name: 'Outcomes', exact: true });
  const said = (term) => outcomes.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) });
  for (const term of ['What helped', 'What got in the way']) {
    expect(await said(term).count(), `outcomes with "${term}"`).toBeGreaterThanOrEqual(2);
    const first = said(term).first().locator('xpath=following-sibling::dd[1]').getByRole('listitem').first();
    await expect(first).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}: \S/);
  }
  // Both views: of each outcome, and of each card (the two-views table and every reading).
  await expect(said("The person's view").first()).toBeVisible();
  await expect(said("The worker's view").first()).toBeVisible();
  const twoViews = report.figure('Two views: the person and the worker').getByRole('table');
  await expect(twoViews.getByRole('columnheader', { name: 'The person', exact: true })).toBeVisible();
  await expect(twoViews.getByRole('columnheader', { name: 'The worker', exact: true })).toBeVisible();
  const everyReading = report.main.getByRole('table', { name: /: every reading/ });
  await expect(everyReading.getByRole('columnheader', { name: /The person$/ }).first()).toBeVisible();
  await expect(everyReading.getByRole('columnheader', { name: /The worker$/ }).first()).toBeVisible();
  await expectNoViolations(page, 'the report of the busiest person in the demo');

  const pdf = await page.pdf({ format: 'A4' });
  const pages = pageCount(pdf);
  console.log(`${BUSIEST}'s report: ${pages} A4 pages`);
  expect(pages, 'A4 pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'A4 pages').toBeLessThanOrEqual(4);

  // On paper: the page's content as wide as A4 between the margins.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PAPER_CONTENT_WIDTH, height: 1000 });
  for (const term of ['What helped', 'What got in the way', "The person's view", "The worker's view"]) {
    await expect(said(term).first()).toBeVisible();
  }
  await expect(twoViews.getByRole('columnheader', { name: 'The person', exact: true })).toBeVisible();
  await expect(everyReading).toBeVisible();
  // Each chart printed: its name, how many text elements it draws, and the smallest of them
  // as printed (the font size times the SVG's scale on the page).
  const charts = await report.main.getByRole('figure').evaluateAll((figures) =>
    figures
      .map((figure) => ({ figure, svg: figure.querySelector('svg') }))
      .filter(({ svg }) => svg && svg.getBoundingClientRect().width > 0)
      .map(({ figure, svg }) => {
        const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '');
        const printed = texts.map((t) => {
          const m = t.getScreenCTM();
          return Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        });
        return {
          name: figure.querySelector('h3, h4')?.textContent ?? '?',
          texts: texts.length,
          smallest: Math.min(...printed),
        };
      }),
  );
  console.log(charts.map((c) => `${c.name}: ${c.texts} texts, smallest ${c.smallest.toFixed(1)} px`).join('\n'));
  // The star chart, progress over time, goal attainment and outcome statuses are printed.
  expect(charts.length, 'charts on paper').toBeGreaterThanOrEqual(4);
  for (const chart of charts) {
    expect(chart.texts, `${chart.name}: text drawn`).toBeGreaterThan(0);
    expect(chart.smallest, `${chart.name}: smallest text on paper, CSS px`).toBeGreaterThanOrEqual(NINE_POINTS);
  }
});
