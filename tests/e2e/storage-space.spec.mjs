// The Data page's storage figures with a large caseload: opening the page fills nothing (the
// space used is counted, the limit is the usual one until measured); measuring, only when
// asked, shows its progress, can be stopped, and leaves nothing behind, even when storage
// refuses a write. How fast the page opens is measured by scripts/bench.mjs, not here.
import { test, expect } from './fixtures.mjs';
import { DataPage } from './pages/DataPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { stressCaseload } from '../../scripts/stress-caseload.mjs';

// A large caseload: a few hundred people with 12 readings of 20 cards each (about 3 M
// characters, two thirds of what local storage holds).
const PEOPLE = 300;

/** Records every local-storage write of the page: its key and the length of its value. */
function spyOnWrites() {
  window.__writes = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    window.__writes.push({ key, length: String(value).length });
    return setItem.call(this, key, value);
  };
}

/** Stores the caseload, then opens the People list with it. */
async function storeCaseload(page) {
  const now = new Date();
  const caseload = stressCaseload({ people: PEOPLE, today: now, savedAt: now.toISOString() });
  const items = [caseload.decks, ...caseload.people.map(([key, value]) => [key, value]), caseload.index(caseload.people.map((p) => p[2]))];
  await page.goto('/');
  await page.evaluate((items) => {
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, items);
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.list.getByRole('listitem')).toHaveCount(PEOPLE);
}

test('with a large caseload the Data page shows its storage figures without filling anything', async ({ page }) => {
  test.slow();
  await page.addInitScript(spyOnWrites);
  await storeCaseload(page);
  await page.evaluate(() => (window.__writes = []));

  const data = new DataPage(page);
  await data.followNav('Data');
  await expect(data.heading).toBeVisible();
  await expect(data.storageUse).toHaveText(/^The records use \d+\.\d MB of about 10\.0 MB that browsers usually allow for them \(\d+%\)\.$/);
  await expect(data.meter).toBeVisible();
  expect(Number(await data.meter.getAttribute('value'))).toBeGreaterThan(2_000_000);
  await expect(data.persistence).not.toHaveText(/Asking/);
  const writes = await page.evaluate(() => window.__writes);
  expect(writes.filter((w) => w.key.includes('probe')), 'temporary values written on opening').toEqual([]);
  expect(writes.filter((w) => w.length > 10_000), 'large values written on opening').toEqual([]);
  expect(await data.probeKeys()).toEqual([]);
});

test('measuring shows its progress, can be stopped, and leaves nothing behind', async ({ page }) => {
  // A slow storage: each temporary value takes 40 ms to write, so the measurement is seen
  // under way (the page drawing between its steps) and can be stopped.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).includes('probe')) {
        const until = performance.now() + 40;
        while (performance.now() < until);
      }
      return setItem.call(this, key, value);
    };
  });
  const data = new DataPage(page);
  await data.goto();
  await data.measureButton.click();
  await expect(data.measuring).toBeVisible();
  await expect(data.statusMessage('Measuring the space left…')).toBeVisible();
  await expect(data.measureButton).toBeDisabled();
  await expect.poll(async () => Number(await data.measuring.getAttribute('value'))).toBeGreaterThan(0);
  await data.stopMeasuringButton.click();
  await expect(data.statusMessage('Measuring stopped. Nothing was changed.')).toBeVisible();
  await expect(data.measuring).toHaveCount(0);
  expect(await data.probeKeys()).toEqual([]);
  await expect(data.storageUse).toHaveText(/ of about 10\.0 MB that browsers usually allow /);
  expect(await page.evaluate(() => localStorage.getItem('outcome-focus-storage-limit'))).toBeNull();
  await expect(data.measureButton).toBeEnabled();
});

test('a write refused for another reason than lack of room stops the measurement and leaves nothing behind', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    let probes = 0;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).includes('probe') && ++probes === 4) {
        throw new DOMException('The disk could not be written.', 'InvalidStateError');
      }
      return setItem.call(this, key, value);
    };
  });
  const data = new DataPage(page);
  await data.goto();
  await data.measureButton.click();
  await expect(data.statusMessage(/^The space left could not be measured \(InvalidStateError: The disk could not be written\.\)\. Nothing was changed/)).toBeVisible();
  expect(await data.probeKeys()).toEqual([]);
  await expect(data.storageUse).toHaveText(/ of about 10\.0 MB that browsers usually allow /);
});
