// Issue 17: no word of a table heading, axis label or chart label is split across lines or
// cut short, and no two chart labels overlap, on the pages full of charts and tables, with
// the demo's people, at a small phone, a common phone and a laptop. Charts are drawn at the
// width the page has when it opens, so each size opens each page afresh.
import { test, expect } from './fixtures.mjs';
import { labelProblems } from './labels.mjs';
import { DemoPage } from './pages/DemoPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
// A child (the children's deck, whose cards include the longest statements) and an adult
// with every chart: both views, goal attainment, outcomes by status.
const PEOPLE = ['Aisha K.', 'Ravi P.'];

/** Starts the demo in this tab and returns the address of each person's page. */
async function startDemo(page) {
  const demo = new DemoPage(page);
  await demo.goto();
  await demo.startButton.click();
  const people = new PeoplePage(page);
  await expect(people.heading).toBeVisible();
  const addresses = [];
  for (const name of PEOPLE) {
    const href = await people.personLink(name).getAttribute('href');
    expect(href, `a link to ${name}`).toBeTruthy();
    addresses.push({ name, href });
  }
  return addresses;
}

/** Opens `address` and waits until its charts are drawn. */
async function open(page, address, heading) {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The charts of a page are drawn with it: headings and chart labels are there to check,
  // so the check can never pass on a page that drew nothing.
  await expect(page.locator('main figure').first()).toBeVisible();
  expect(await page.locator('main th').count(), `table headings on ${address}`).toBeGreaterThan(0);
  expect(await page.locator('main svg text').count(), `chart labels on ${address}`).toBeGreaterThan(0);
}

for (const size of SIZES) {
  test(`headings and chart labels read whole at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'sets its own viewport sizes');
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    const at = `${size.width}×${size.height}`;
    const people = await startDemo(page);
    const problems = [];

    await open(page, '/service/dashboard', 'Service dashboard');
    problems.push(...(await labelProblems(page, `the dashboard at ${at}`)));
    await open(page, '/service/report', /report/i);
    problems.push(...(await labelProblems(page, `the service report at ${at}`)));
    for (const { name, href } of people) {
      await open(page, `${href}/progress`, `Progress: ${name}`);
      problems.push(...(await labelProblems(page, `${name}'s progress charts at ${at}`)));
      await open(page, `${href}/report`, new RegExp(name.replace('.', '\\.')));
      problems.push(...(await labelProblems(page, `${name}'s report at ${at}`)));
    }
    expect(problems, 'labels split, cut or overlapping').toEqual([]);
    // The person's page opens too: the demo is still on (the check saw the demo's charts).
    await page.goto(people[0].href);
    await expect(new PersonPage(page).heading(people[0].name)).toBeVisible();
  });
}
