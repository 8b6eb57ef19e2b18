// The card flow a person finishes alone on a phone (issue 15): one card fills the screen
// with the question, the statement, the scale and Back / Skip / Next in view, each tapped
// answer moves on by itself, and the whole built-in deck takes at most 16 taps and no scroll.
// The keyboard only selects; Back keeps the answer; the end screen speaks to the person.
import { test, expect, samplePerson } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';

/** Opens a new reading of the built-in adults' deck by the person, handed over to them. */
async function handedOverReading(page) {
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await reading.start('The person');
  await reading.handOverButton.click();
  // The hand-over may first offer a PIN; none is needed here.
  const handOver = page.getByRole('dialog').getByRole('button', { name: 'Hand over', exact: true });
  if (await handOver.isVisible()) await handOver.click();
  await expect(reading.giveBackButton).toBeVisible();
  return reading;
}

/** Fails unless the whole of `locator` is inside the viewport. */
async function expectInView(page, locator, what) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(box.y, `${what} starts below the top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what} starts inside the left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} ends above the bottom`).toBeLessThanOrEqual(height);
  expect(box.x + box.width, `${what} ends inside the right edge`).toBeLessThanOrEqual(width);
}

for (const [width, height] of [[320, 568], [360, 740]]) {
  test(`the built-in deck is answered at ${width}×${height} by touch in 16 taps with no scroll`, async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'touch on a phone');
    // 15 cards, each checked for its place on screen before its tap, and 15 pauses.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    const reading = await handedOverReading(page);
    await expect(reading.moveOn).toBeChecked();
    const started = Date.now();
    let taps = 0;
    const total = 15;
    for (let at = 1; at <= total; at++) {
      await expect(reading.progress).toHaveText(new RegExp(`^Card ${at} of ${total}`));
      const card = reading.cards();
      await expect(card).toHaveCount(1);
      const question = reading.main.getByText('How true is this for you?').filter({ visible: true });
      await expectInView(page, question, `card ${at}'s question`);
      await expectInView(page, card.locator('legend'), `card ${at}'s statement`);
      for (const radio of await card.getByRole('radio').all()) {
        await expectInView(page, radio.locator('xpath=..'), `an answer on card ${at}`);
      }
      await expectInView(page, page.getByRole('button', { name: 'Back', exact: true }), 'Back');
      await expectInView(page, reading.skipButton, 'Skip');
      await expectInView(page, at < total ? reading.nextButton : reading.finishButton, 'Next or Finish');
      expect(await page.evaluate(() => window.scrollY), 'nothing was scrolled').toBe(0);
      // `tap` fails rather than scroll if the answer were not on screen.
      await card.getByRole('radio', { name: 'Mostly true', exact: true }).tap({ noWaitAfter: true });
      taps++;
    }
    await reading.finishButton.tap();
    taps++;
    const seconds = (Date.now() - started) / 1000;
    await expect(reading.thanksHeading).toBeVisible();
    await expect(reading.main.getByText('You answered 15 of 15 cards.')).toBeVisible();
    expect(taps).toBeLessThanOrEqual(16);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The figures for the closing note: taps, and the time a scripted run took.
    console.log(`card flow ${width}×${height}: ${taps} taps, 0 scrolls, ${seconds.toFixed(1)} s scripted`);
    await expectNoViolations(page, `the person's thank-you screen at ${width}×${height}`);
  });
}

test('arrow keys only select; a tap moves on after a pause; Back returns with the answer kept', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'moving on is on by default on a phone');
  const reading = await handedOverReading(page);
  await expectNoViolations(page, 'a handed-over card on a phone');
  const first = reading.cards();
  await first.getByRole('radio', { name: 'Not at all true', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio', { name: 'Somewhat true', exact: true })).toBeChecked();
  // Longer than the pause: the keyboard user is still on the first card.
  await page.waitForTimeout(1500);
  await expect(reading.progress).toHaveText(/^Card 1 of 15 · 1 answered/);
  await expect(first.getByRole('radio', { name: 'Somewhat true', exact: true })).toBeFocused();

  await first.getByRole('radio', { name: 'Mostly true', exact: true }).tap();
  await expect(reading.progress).toHaveText(/^Card 2 of 15/);
  await page.getByRole('button', { name: 'Back', exact: true }).tap();
  await expect(reading.progress).toHaveText(/^Card 1 of 15 · 1 answered/);
  await expect(reading.cards().getByRole('radio', { name: 'Mostly true', exact: true })).toBeChecked();

  // Switched off for this reading, a tap only selects and Next moves on.
  await reading.moveOn.uncheck();
  await reading.cards().getByRole('radio', { name: 'Completely true', exact: true }).tap();
  await page.waitForTimeout(1500);
  await expect(reading.progress).toHaveText(/^Card 1 of 15/);
  await reading.nextButton.tap();
  await expect(reading.progress).toHaveText(/^Card 2 of 15/);
});

test('on a wide screen every card is listed and a click does not move anything on', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the wide layout');
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await reading.start('The worker');
  await expect(reading.moveOn).not.toBeChecked();
  await expect(reading.cards()).toHaveCount(15);
  await expect(reading.main.getByText('How true is this for you?')).toHaveCount(15);
  await reading.answerAll('Somewhat true');
  await reading.finishButton.click();
  await expect(reading.summaryHeading).toBeFocused();
  await expect(reading.main.getByText('This is the first time the worker has answered these cards, so there is nothing to compare yet. Later readings will be compared with this one.')).toBeVisible();
  await expect(reading.main.getByText(/^Change:/)).toHaveCount(0);
  await expectNoViolations(page, "the worker's summary of a first reading");
});
