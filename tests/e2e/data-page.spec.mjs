// The Data page: export → wipe → import gives the same data, a bad file changes nothing,
// the preview says what a merge would change, Replace downloads first, and wiping the device
// leaves other sites' keys alone.
import { readFileSync } from 'node:fs';
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { DataPage } from './pages/DataPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonFormPage } from './pages/PersonFormPage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';

async function twoPeople(page) {
  await page.goto('/');
  const alex = await addPerson(page, samplePerson({ name: 'Alex P' }));
  const bo = await addPerson(page, samplePerson({ name: 'Bo <b>bold</b>', keyWorker: 'Sam' }));
  return { alex, bo };
}

test('export, wipe, import gives identical data', async ({ page }) => {
  await twoPeople(page);
  const data = new DataPage(page);
  await data.followNav('Data');
  await expect(data.heading).toBeVisible();
  await expect(data.lastBackup).toHaveText('Last backup: never.');
  const before = await data.records();
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);

  const file = await data.exportBackup();
  expect(file.name).toMatch(/^outcome-focus-backup-\d{4}-\d{2}-\d{2}-schema-3-v\d+\.\d+\.\d+\.json$/);
  await expect(data.lastBackup).toHaveText('Last backup: today.');
  // Counted as people and their readings, not as stored records.
  await expect(data.statusMessage(`Backup saved as ${file.name}: 2 people, with 0 readings.`)).toBeVisible();
  const parsed = JSON.parse(file.text);
  expect(parsed.format).toBe('outcome-focus-backup');
  expect(parsed.records).toEqual(before);

  await data.wipe();
  await expect(data.statusMessage('This device was wiped')).toBeVisible();
  expect(await data.storedEntries('outcome-focus/')).toEqual({});

  await data.choose(file.text);
  await expect(data.previewList('New people')).toContainText('Alex P');
  await expect(data.previewList('New people')).toContainText('Bo <b>bold</b>');
  await expect(data.preview).toContainText(/Exported on .* by Outcome Focus [\d.]+: 2 people, with 0 readings\./);
  await data.mergeButton.click();
  await expect(data.statusMessage('Backup merged. It held 2 people, with 0 readings.')).toBeVisible();
  expect(await data.records()).toEqual(before);

  await page.reload();
  const people = new PeoplePage(page);
  await people.followNav('People');
  await expect(people.personLink('Alex P')).toBeVisible();
  await expect(people.personLink('Bo <b>bold</b>')).toBeVisible();
});

const fixture = (name) => readFileSync(new URL(`../fixtures/schema-3/${name}`, import.meta.url), 'utf8');

test('a backup is described by what it holds: people, conversations, readings and decks', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, [
    ['outcome-focus/index', fixture('index.json')],
    ['outcome-focus/person/p-mhw3k2x1a9', fixture('person-with-readings.json')],
    ['outcome-focus/decks', fixture('decks.json')],
  ]);
  const data = new DataPage(page);
  await data.goto();
  const file = await data.exportBackup();
  await expect(data.statusMessage(`Backup saved as ${file.name}: 1 person, with 2 conversations, 4 readings and 1 deck.`)).toBeVisible();
  await data.choose(file.text);
  await expect(data.preview).toContainText(': 1 person, with 2 conversations, 4 readings and 1 deck.');
  await expect(data.preview).not.toContainText('records');
});

const MALFORMED = [
  ['not JSON', () => 'this is not a backup', /not JSON text/],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /cut short/],
  ['another JSON file', () => '{"name": "a deck"}', /not an Outcome Focus backup/],
  ['from a newer schema', (good) => good.replace('"schema": 3', '"schema": 99'), /newer version of Outcome Focus/],
  ['with wrong types', (good) => good.replace('"records": {', '"records": {"outcome-focus/person/p-x": 42,'), /damaged/],
  [
    'with duplicate ids',
    (good) => {
      const records = JSON.parse(good).records;
      const [key, text] = Object.entries(records).find(([k]) => k.startsWith('outcome-focus/person/'));
      const twice = `"${key}": ${JSON.stringify(text)}, "${key}": ${JSON.stringify(text)}`;
      return good.replace('"records": {', `"records": {${twice},`);
    },
    /twice/,
  ],
];

test('a malformed backup file gets a clear message and changes nothing', async ({ page }) => {
  // Seven files, one of them 26 MB: longer than one journey.
  test.slow();
  await twoPeople(page);
  const data = new DataPage(page);
  await data.goto();
  const good = (await data.exportBackup()).text;
  const before = await data.allStored();
  for (const [what, make, message] of MALFORMED) {
    await data.choose(make(good), `${what}.json`);
    await expect(data.fileError, what).toHaveText(message);
    await expect(data.fileError, what).toContainText('Nothing was changed.');
    await expect(data.preview, what).toHaveCount(0);
    expect(await data.allStored(), what).toEqual(before);
  }
  // Absurdly big: refused before it is even read.
  await data.choose(' '.repeat(26 * 1024 * 1024), 'huge.json');
  await expect(data.fileError).toContainText('far bigger than any Outcome Focus backup');
  expect(await data.allStored()).toEqual(before);
});

test('the preview says which copy is newer, and a merge keeps the newer and loses no one', async ({ page }) => {
  const { alex, bo } = await twoPeople(page);
  const data = new DataPage(page);
  await data.goto();
  const file = await data.exportBackup();

  // Since the backup: Alex renamed here, Bo deleted here, Cy added here.
  await page.goto(`${alex}/edit`);
  const form = PersonFormPage.edit(page);
  await form.name.fill('Alex Renamed');
  await form.save();
  const person = new PersonPage(page);
  await expect(person.heading('Alex Renamed')).toBeVisible();
  await page.goto(bo);
  await person.deleteButton.click();
  const dialog = person.deleteDialog('Bo <b>bold</b>');
  await dialog.confirmButton.click();
  await addPerson(page, samplePerson({ name: 'Cy' }));

  await data.goto();
  await data.choose(file.text);
  await expect(data.previewList('New people')).toHaveText(/Bo <b>bold<\/b>/);
  await expect(data.previewList('In both')).toHaveText(/Alex P: this browser's copy is newer/);
  await expect(data.previewList('Only in this browser')).toHaveText(/Cy/);
  await expectNoViolations(page, 'the Data page with an import preview');
  await data.mergeButton.click();
  await expect(data.statusMessage('Backup merged.')).toBeVisible();

  const people = new PeoplePage(page);
  await people.goto();
  await expect.poll(async () => (await people.listedNames()).sort()).toEqual(['Alex Renamed', 'Bo <b>bold</b>', 'Cy']);
});

test('Replace downloads what is here first, asks, then puts the backup in its place', async ({ page }) => {
  await twoPeople(page);
  const data = new DataPage(page);
  await data.goto();
  const file = await data.exportBackup();
  const backedUp = JSON.parse(file.text).records;
  await addPerson(page, samplePerson({ name: 'Di' }));

  await data.goto();
  await data.choose(file.text);
  await expect(data.previewList('Only in this browser')).toHaveText(/Di/);
  const current = await data.exportBackup(() => data.replaceButton.click());
  expect(Object.values(JSON.parse(current.text).records).some((t) => t.includes('"Di"'))).toBe(true);
  await expect(data.replaceDialog).toBeVisible();
  await data.confirmReplace.click();
  await expect(data.statusMessage('replaced by the backup')).toBeVisible();
  expect(await data.records()).toEqual(backedUp);
});

test('wiping the device removes every app key and nothing else', async ({ page }) => {
  await twoPeople(page);
  const data = new DataPage(page);
  await data.goto();
  await page.evaluate(() => {
    localStorage.setItem('another-app/settings', 'keep me');
    localStorage.setItem('outcome-focusing', 'not ours either');
    // A demo a tab closed without leaving: fictional, but still the app's, so it goes too.
    localStorage.setItem('outcome-focus-demo/index', '{"schema":3,"saved_at":"2026-11-22T09:00:00Z","data":{"people":[]}}');
  });
  await data.wipe('wipe it');
  await expect(data.alert('Type WIPE in capitals')).toBeVisible();
  expect(Object.keys(await data.records()).length).toBeGreaterThan(0);

  await data.wipe();
  await expect(data.statusMessage('This device was wiped')).toBeVisible();
  const left = await data.allStored();
  expect(left).toEqual({ 'another-app/settings': 'keep me', 'outcome-focusing': 'not ours either' });

  // As new: nobody listed, and the first-use notice is back.
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.emptyState).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your records stay on this device' })).toBeVisible();
});

test('the Data page shows the space used at once, measures the limit only when asked, asks to keep the data, and has no axe violations', async ({ page }) => {
  const data = new DataPage(page);
  await data.goto();
  // Not measured yet: the usual limit, said to be a guess, and the browser's estimate.
  await expect(data.storageUse).toHaveText(/^The records use \d+(\.\d)? (KB|MB) of about 10\.0 MB that browsers usually allow for them \(\d+%\)\.$/);
  await expect(data.meter).toBeVisible();
  expect(Number(await data.meter.getAttribute('max'))).toBe(5 * 1024 * 1024);
  await expect(data.deviceSpace).toHaveText(/^The device has room to spare \(the browser offers this site \d+(\.\d)? (MB|GB) in all\)/);
  await expect(data.persistence).toHaveText(/browser/);
  await expect(data.persistence).not.toHaveText(/Asking/);
  await expectNoViolations(page, 'the Data page');

  await data.measureButton.click();
  await expect(data.statusMessage(/^Measured: this browser allows \d+\.\d MB for the records\.$/)).toBeVisible();
  await expect(data.storageUse).toHaveText(/^The records use \d+(\.\d)? (KB|MB) of the \d+\.\d MB this browser allows for them \(\d+%\)\.$/);
  const limit = Number(await data.meter.getAttribute('max'));
  console.log(`measured local-storage limit: ${limit} UTF-16 code units`);
  expect(limit).toBeGreaterThan(1_000_000);
  expect(await data.probeKeys()).toEqual([]);
  await expect(data.measuring).toHaveCount(0);
  await expectNoViolations(page, 'the Data page after measuring');

  // Remembered: the next visit shows the measured limit without measuring again.
  await data.goto();
  await expect(data.storageUse).toHaveText(/ of the \d+\.\d MB this browser allows for them /);
  expect(Number(await data.meter.getAttribute('max'))).toBe(limit);
});

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the Data page and its import preview do not scroll sideways', async ({ page }) => {
    await page.goto('/');
    await addPerson(page, samplePerson({ name: 'Maximilian Featherstonehaugh-Cholmondeley-Worthington' }));
    const data = new DataPage(page);
    await data.goto();
    await expect(data.storageUse).toHaveText(/^The records use /);
    expect(await data.scrollsHorizontally(), 'Data page scrolls sideways').toBe(false);
    const file = await data.exportBackup();
    await data.choose(file.text);
    await expect(data.previewList('In both')).toBeVisible();
    expect(await data.scrollsHorizontally(), 'Data page with a preview scrolls sideways').toBe(false);
    for (const button of [data.exportButton, data.mergeButton, data.replaceButton, data.wipeButton, data.measureButton]) {
      const box = await button.boundingBox();
      expect(box.height, 'touch target height').toBeGreaterThanOrEqual(44);
    }
  });
});
