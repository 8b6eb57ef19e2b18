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

// Calendar dates as the app handles them: `YYYY-MM-DD` strings, counted in whole days and
// months without time zones. Months are added as chrono does it (31 January + 1 month is the
// last day of February).
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function splitIso(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

function joinIso(y, m, d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** `iso` plus `n` days (n may be negative). */
export function addDays(iso, n) {
  const { y, m, d } = splitIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return joinIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** `iso` plus `n` months (n may be negative), the day clamped to the month's last day. */
export function addMonths(iso, n) {
  const { y, m, d } = splitIso(iso);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return joinIso(year, month, Math.min(d, last));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a, b) {
  const at = (iso) => {
    const { y, m, d } = splitIso(iso);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((at(b) - at(a)) / 86_400_000);
}

/** A date as the app shows it: "5 March 2024". */
export function ukDate(iso) {
  const { y, m, d } = splitIso(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Fills local storage to the brim (big strings, then smaller ones until even one character
 * fails), so the next save finds it full; returns how many filler keys it wrote. */
export async function fillStorage(page) {
  return page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    for (;;) {
      try {
        localStorage.setItem(`filler-${n}`, chunk);
        n += 1;
      } catch (e) {
        if (e.name !== 'QuotaExceededError') throw e;
        if (chunk.length <= 1) break;
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return n;
  });
}

/** Removes what `fillStorage` wrote, so there is room again. */
export async function emptyFillers(page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
}
