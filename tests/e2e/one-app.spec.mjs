// The practitioner's app is one app: moving between its pages, by the menu, by links and by
// Back and Forward, draws them in place and never loads the page again. A reload, which would
// lose what is only on screen, shows as a second navigation entry.
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { Shell } from './pages/Shell.mjs';

/** The navigation entries of the current document: one, unless it was loaded again. */
function navigations(page) {
  return page.evaluate(() => performance.getEntriesByType('navigation').length);
}

test('Back and Forward across five pages without a reload', async ({ page }) => {
  const alex = samplePerson({ name: 'Alex Oneapp' });
  await new PeoplePage(page).goto();
  const personPath = await addPerson(page, alex);

  await page.goto('/');
  // Marks this document: a reload would start a new one without the mark.
  await page.evaluate(() => {
    window.__sameDocument = 'yes';
  });
  const shell = new Shell(page);
  const heading = page.getByRole('heading', { level: 1 });
  const visits = [
    ['Trigger cards', '/cards'],
    ['Service', '/service'],
    ['Learn', '/learn'],
    ['Data', '/data'],
  ];
  for (const [link, path] of visits) {
    await shell.followNav(link);
    await expect(page).toHaveURL(path);
    // On a phone the menu has folded again: the link is hidden, and still marked current.
    await expect(shell.nav.getByRole('link', { name: link, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'page');
  }
  await shell.followNav('People');
  await expect(page).toHaveURL('/');
  await page.getByRole('link', { name: alex.name }).click();
  await expect(page).toHaveURL(personPath);
  await expect(new PersonPage(page).heading(alex.name)).toBeVisible();

  // Back through all of them, then Forward again.
  const history = ['/', '/cards', '/service', '/learn', '/data', '/', personPath];
  for (const path of history.slice(0, -1).reverse()) {
    await page.goBack();
    await expect(page).toHaveURL(path);
    await expect(heading).toBeVisible();
  }
  await expect(page.getByRole('link', { name: alex.name })).toBeVisible();
  for (const path of history.slice(1)) {
    await page.goForward();
    await expect(page).toHaveURL(path);
    await expect(heading).toBeVisible();
  }
  await expect(new PersonPage(page).heading(alex.name)).toBeVisible();

  expect(await page.evaluate(() => window.__sameDocument)).toBe('yes');
  expect(await navigations(page)).toBe(1);
});

test('an address typed or bookmarked opens its page, and a reload stays there', async ({ page }) => {
  // The page names the base path the app reads at start: none, at the root of this site.
  await page.goto('/');
  expect(await page.locator('meta[name="outcome-focus-base"]').getAttribute('content')).toBe('');
  await page.goto('/service/dashboard?status=closed');
  await expect(page.getByRole('heading', { level: 1, name: 'Service dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Service dashboard' })).toBeVisible();
  await expect(page).toHaveURL(/\/service\/dashboard\?.*status=closed/);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
});

test('one download holds every page: moving around fetches no more code', async ({ page }) => {
  const code = [];
  page.on('request', (request) => {
    if (/\.(wasm|js)$/.test(new URL(request.url()).pathname)) code.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const atStart = code.length;
  const shell = new Shell(page);
  for (const link of ['Add person', 'Trigger cards', 'Service', 'Dashboard', 'Learn', 'Try the demo', 'Data']) {
    await shell.followNav(link);
    // On a phone the menu has folded again: the link is hidden, and still marked current.
    await expect(shell.nav.getByRole('link', { name: link, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'page');
  }
  expect(code.length).toBe(atStart);
});
