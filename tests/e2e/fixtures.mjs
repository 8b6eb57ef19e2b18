// The `test` every spec uses: Playwright's, plus a check that the page raised no
// uncaught error (a Rust panic surfaces as one) and logged no console error.
// A test that expects a console error lists it: test.use({ allowedConsoleErrors: [/re/] }).
import { test as base, expect } from '@playwright/test';

export { expect };

/** Collects uncaught errors and console errors of a page into `problems`. */
export function watchPage(page, problems, allowed = []) {
  page.on('pageerror', (err) => problems.push(`uncaught error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (!allowed.some((re) => re.test(text))) problems.push(`console error: ${text}`);
  });
}

export const test = base.extend({
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, pageProblems, allowedConsoleErrors }, use) => {
    watchPage(page, pageProblems, allowedConsoleErrors);
    await use(page);
  },
  // Runs after every test (auto), once all pages it watched are done.
  _noPageProblems: [
    async ({ pageProblems }, use) => {
      await use();
      expect(pageProblems, 'errors raised or logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export async function todayInBrowser(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** A person with every field filled; `overrides` changes some. */
export function samplePerson(overrides = {}) {
  return {
    name: 'Alex P',
    referralDate: '2024-03-05',
    referralText: 'Referred 5 March 2024',
    keyWorker: 'Jo Smith',
    carer: 'Sam (brother)',
    needs: 'Lives alone since January. Wants to get out more and cook again.',
    ...overrides,
  };
}
