// axe on every kind of page the demo reaches, with its best-practice rules as well as WCAG
// 2.2 A/AA: the demo is what a new user and a trainer see first, with every page filled.
import { test, expect } from './fixtures.mjs';
import { ALL_TAGS, violations } from './axe.mjs';
import { DemoPage } from './pages/DemoPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';

test('every page of the demo has no axe violations, best practices included', async ({ page }) => {
  test.setTimeout(240_000);
  const demo = new DemoPage(page);
  await demo.goto();
  await demo.startButton.click();
  const people = new PeoplePage(page);
  await expect(people.personLink('Aisha K.')).toBeVisible();
  const person = new URL(await people.personLink('Aisha K.').getAttribute('href'), page.url()).pathname;

  await page.goto('/cards');
  const deck = await page.getByRole('main').locator('a[href^="/cards/"]').first().getAttribute('href');
  await page.goto('/learn');
  const lesson = await page.getByRole('main').locator('a[href^="/learn/"]').first().getAttribute('href');

  const paths = [
    '/',
    '/?sort=review&show=all',
    '/people/new',
    person,
    `${person}/edit`,
    `${person}/progress`,
    `${person}/report`,
    `${person}/conversation`,
    `${person}/review`,
    `${person}/unplanned`,
    `${person}/reading`,
    '/cards',
    deck,
    '/service',
    '/service/aims',
    '/service/logic-model',
    '/service/reflections',
    '/service/export',
    '/service/dashboard',
    '/service/report',
    '/learn',
    lesson,
    '/demo',
    '/data',
    '/receive',
    '/no-such-page',
  ];
  const found = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} opens`).toBeVisible();
    await demo.expectBanner();
    for (const line of await violations(page, ALL_TAGS)) found.push(`${path}: ${line}`);
  }
  // The folded menu, opened, on a phone (and the plain one on a desktop).
  await people.openMenu();
  for (const line of await violations(page, ALL_TAGS)) found.push(`the menu opened: ${line}`);
  expect(found, 'axe violations in the demo').toEqual([]);
});
