// The single-file edition (dist/outcome-focus.html, written by scripts/single-file.mjs)
// opened from file:// with no server: addresses in the fragment, records kept over a
// reload, Back and Forward in the page, a backup exported, and the once-only notice that
// local files share one storage in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { DataPage } from './pages/DataPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const singleFile = path.resolve(here, '..', '..', 'dist', 'outcome-focus.html');
const fileUrl = pathToFileURL(singleFile).href;
const escaped = fileUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The file's address with an in-app address in its fragment, as a pattern. */
const at = (fragment) => new RegExp(`^${escaped}#${fragment}$`);

test('the single file runs from file://: a person, a reading, reload, Back/Forward, a backup', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: the file is the same at any size');
  // A long journey with three accessibility checks: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  expect(fs.existsSync(singleFile), `${singleFile} (scripts/build.sh writes it)`).toBe(true);
  const alex = samplePerson();
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  const notice = page.getByRole('region', { name: 'Other local pages can read these records' });
  const understood = notice.getByRole('button', { name: 'I understand', exact: true });

  await test.step('opens with no server, on an empty storage', async () => {
    await page.goto(fileUrl);
    await expect(people.heading).toBeVisible();
    // Every file:// page shares one storage in Chromium: start from nothing.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(people.heading).toBeVisible();
    await expect(people.emptyState).toBeVisible();
  });

  await test.step('says once that local files share one storage', async () => {
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('every page opened from a file on this computer shares one storage');
    await expectNoViolations(page, 'the People list of the single file, with its notice');
    await understood.click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(people.heading).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  let personAddress;
  await test.step('adds a person: their address is in the fragment', async () => {
    await addPerson(page, alex);
    await expect(page).toHaveURL(at('/people/[^/]+'));
    personAddress = new URL(page.url()).hash;
    expect(new URL(page.url()).pathname).toBe(new URL(fileUrl).pathname);
  });

  await test.step('takes a reading', async () => {
    await person.main.getByRole('link', { name: 'Take a reading' }).click();
    const reading = new ReadingPage(page);
    await expect(reading.heading).toBeVisible();
    await expect(page).toHaveURL(at(`${personAddress.slice(1)}/reading`));
    await reading.start('The worker');
    await reading.answerAll('Somewhat true');
    await reading.finishButton.click();
    await expect(reading.summaryHeading).toBeVisible();
    await reading.backToPerson.click();
    await expect(person.heading(alex.name)).toBeVisible();
  });

  const readingLink = person.main.getByRole('link', { name: /^Open the reading: .*The worker/ });
  await test.step('a reload keeps the person and the reading', async () => {
    await page.reload();
    await expect(person.heading(alex.name)).toBeVisible();
    await expect(page).toHaveURL(at(personAddress.slice(1)));
    await expect(readingLink).toBeVisible();
    await expectNoViolations(page, "a person's page in the single file");
  });

  await test.step('Back and Forward move within the page, without loading it again', async () => {
    await page.evaluate(() => {
      window.stillTheSamePage = true;
    });
    await person.followNav('People');
    await expect(people.personLink(alex.name)).toBeVisible();
    await expect(page).toHaveURL(at('/'));
    await page.goBack();
    await expect(person.heading(alex.name)).toBeVisible();
    await expect(page).toHaveURL(at(personAddress.slice(1)));
    await page.goForward();
    await expect(people.personLink(alex.name)).toBeVisible();
    await expect(page).toHaveURL(at('/'));
    expect(await page.evaluate(() => window.stillTheSamePage === true)).toBe(true);
  });

  await test.step('exports a backup holding the person', async () => {
    const data = new DataPage(page);
    await data.followNav('Data');
    await expect(data.heading).toBeVisible();
    await expect(page).toHaveURL(at('/data'));
    const { name, text } = await data.exportBackup();
    expect(name).toMatch(/\.json$/);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain(alex.name);
    await expectNoViolations(page, 'the Data page of the single file');
  });
});

test('the hosted app does not show the notice about local files', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough');
  const people = new PeoplePage(page);
  await people.goto();
  await expect(people.heading).toBeVisible();
  await expect(page.getByRole('region', { name: 'Other local pages can read these records' })).toHaveCount(0);
});
