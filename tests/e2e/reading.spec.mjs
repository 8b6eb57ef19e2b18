// Trigger-card readings: hand-over on a phone, resume after a reload, give back, a worker
// reading, a later reading with its change summary, both views and corrections.
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';

async function openReading(page) {
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await expect(reading.heading).toBeVisible();
  return reading;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('baseline by the person in hand-over, resume, give back, worker and later readings', async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'a phone journey');
    // Three whole readings, each answer shown for a moment before the next card.
    test.setTimeout(90_000);
    await new PeoplePage(page).goto();
    const personPath = await addPerson(page, samplePerson());
    let reading = await openReading(page);
    await reading.start('The person');

    await reading.handOver();
    await expect(reading.nav).toHaveCount(0);
    await expect(reading.header).toHaveCount(0);
    await expect(reading.main.getByText('Alex P')).toHaveCount(0);

    await reading.answerAll('Mostly true', { stopAfter: 3 });
    // Each tapped answer moved on to the next card by itself.
    await expect(reading.progress).toHaveText(/^Card 4 of \d+ · 3 answered/);
    await page.reload();
    reading = new ReadingPage(page);
    await expect(reading.giveBackButton).toBeVisible();
    await expect(reading.nav).toHaveCount(0);
    await expect(reading.progress).toHaveText(/^Card 4 of \d+ · 3 answered/);
    await page.goBack();
    await expect(reading.nav).toHaveCount(0);
    await expect(reading.giveBackButton).toBeVisible();

    await reading.skipButton.click();
    await reading.answerAll('Mostly true');
    await reading.finishButton.click();
    // The person holding the device is thanked; the detail waits for the worker.
    await expect(reading.thanksHeading).toBeFocused();
    await expect(reading.main.getByText('You answered 14 of 15 cards.')).toBeVisible();
    await expect(reading.summaryHeading).toHaveCount(0);

    await reading.giveBackButton.click();
    await expect(reading.giveBackDialog).toBeVisible();
    await reading.giveBackDialog.getByRole('button', { name: 'Keep answering' }).click();
    await expect(reading.nav).toHaveCount(0);
    await reading.giveBackButton.click();
    await reading.confirmGiveBack.click();
    await expect(reading.nav).toBeVisible();
    await expect(reading.summaryHeading).toBeVisible();
    await expect(reading.main.getByText('This is the first time the person has answered these cards, so there is nothing to compare yet. Later readings will be compared with this one.')).toBeVisible();
    await expect(reading.main.getByText('Skipped', { exact: true })).toBeVisible();
    // Said once, not on every card.
    await expect(reading.main.getByText(/First reading/)).toHaveCount(0);

    await reading.backToPerson.click();
    reading = await openReading(page);
    await reading.start('The worker');
    await reading.answerAll('A little true');
    await reading.finishButton.click();
    await expect(reading.summaryHeading).toBeVisible();

    await reading.backToPerson.click();
    const person = new PersonPage(page);
    await expect(person.main.getByRole('heading', { name: 'Both views: Personal outcomes (adults)' })).toBeVisible();
    await expect(person.main.getByText(/They differ by 2 points/).first()).toBeVisible();

    reading = await openReading(page);
    await reading.start('The person');
    await reading.answerAll('Completely true');
    await reading.finishButton.click();
    await expect(reading.main.getByText(/Compared with the first reading on .*: up \d+ points in total, over the 14 cards answered both times\./)).toBeVisible();
    await expect(reading.main.getByText('Change: Up 1 point').first()).toBeVisible();
    await expect(reading.main.getByText('Change: Cannot compare')).toHaveCount(1);
    expect(new URL(page.url()).pathname).toBe(`${personPath}/reading`);
  });
});

test('a worker reading half done is offered to carry on after a reload', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  let reading = await openReading(page);
  await reading.start('The worker');
  await reading.answerAll('Somewhat true', { stopAfter: 2 });
  await page.reload();
  reading = new ReadingPage(page);
  await expect(reading.carryOnButton).toBeVisible();
  await expect(reading.newReadingButton).toBeVisible();
  await reading.carryOnButton.click();
  await expect(reading.progress).toHaveText(/· 2 answered/);
  const first = reading.cards().first();
  await expect(first.getByRole('radio', { checked: true })).toHaveCount((await reading.nextButton.isVisible()) ? 0 : 1);
});

test('a reading can be completed with the keyboard alone', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  const reading = await openReading(page);
  const tabTo = async (locator) => {
    for (let i = 0; i < 80; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('could not reach the control with Tab');
  };
  await tabTo(reading.main.getByRole('radio', { name: 'Personal outcomes (adults)' }));
  await tabTo(reading.main.getByRole('radio', { name: 'The person' }));
  await page.keyboard.press('Space');
  await tabTo(reading.startButton);
  await page.keyboard.press('Enter');
  await expect(reading.finishButton.or(reading.nextButton).first()).toBeVisible();
  for (let i = 0; i < 40; i++) {
    const cards = reading.cards();
    const n = await cards.count();
    for (let k = 0; k < n; k++) {
      const radios = cards.nth(k).getByRole('radio');
      if ((await cards.nth(k).getByRole('radio', { checked: true }).count()) > 0) continue;
      await tabTo(radios.first());
      await page.keyboard.press('ArrowDown');
      await expect(radios.nth(1)).toBeChecked();
      await expect(reading.progress).not.toHaveText(/· 0 answered/);
    }
    if (!(await reading.nextButton.isVisible())) break;
    await tabTo(reading.nextButton);
    await page.keyboard.press('Enter');
  }
  await tabTo(reading.finishButton);
  await page.keyboard.press('Enter');
  await expect(reading.summaryHeading).toBeVisible();
  await expect(reading.main.getByText('Answer: A little true').first()).toBeVisible();
});

test('a finished reading is opened from the person page and corrected, with the change noted', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  let reading = await openReading(page);
  await reading.start('The person');
  await reading.answerAll('Somewhat true');
  await reading.finishButton.click();
  await reading.backToPerson.click();
  const person = new PersonPage(page);
  await person.main.getByRole('link', { name: /^Open the reading: .*The person/ }).click();
  await expect(person.main.getByRole('heading', { level: 1, name: 'Check or correct a reading' })).toBeVisible();
  reading = new ReadingPage(page);
  await reading.cards().first().getByRole('radio', { name: 'Mostly true', exact: true }).check();
  await expect(reading.main.getByRole('listitem').filter({ hasText: /changed from Somewhat true to Mostly/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: /changed from Somewhat true to Mostly/ })).toBeVisible();
  await reading.backToPerson.click();
  await expect(person.main.getByText('Finished, corrected once')).toBeVisible();
});

test('a note on a card not yet answered survives a reload, and an unfinished reading can be discarded', async ({ page }) => {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  let reading = await openReading(page);
  await reading.start('The worker');
  const statement = (await reading.cards().first().locator('legend').innerText()).trim();
  const note = reading.main.getByRole('textbox', { name: `Note (optional): ${statement}`, exact: true });
  // On a phone the note is folded away under "Add a note" so that the card fits the screen.
  const addNote = reading.main.getByText('Add a note', { exact: true }).filter({ visible: true });
  if (!(await note.isVisible())) await addNote.click();
  await note.fill('We did not get to this one');
  await note.press('Tab');
  await page.reload();
  reading = new ReadingPage(page);
  await reading.carryOnButton.click();
  // The card now counts as skipped, so a phone resumes at the next one: go back to it.
  const back = reading.main.getByRole('button', { name: 'Back', exact: true });
  if (await back.isVisible()) await back.click();
  // A card with a note shows it unfolded.
  await expect(note).toBeVisible();
  await expect(note).toHaveValue('We did not get to this one');

  await page.reload();
  const discard = reading.main.getByRole('button', { name: /^Discard the reading: / });
  await discard.click();
  await expect(reading.main.getByText('Discard this unfinished reading? Its answers will be lost.')).toBeVisible();
  await reading.main.getByRole('button', { name: 'Keep it', exact: true }).click();
  await expect(reading.carryOnButton).toBeVisible();
  await discard.click();
  await reading.main.getByRole('button', { name: 'Yes, discard it', exact: true }).click();
  await expect(reading.startButton).toBeVisible();
  await expect(reading.carryOnButton).toHaveCount(0);
  await page.reload();
  await expect(reading.startButton).toBeVisible();
});
