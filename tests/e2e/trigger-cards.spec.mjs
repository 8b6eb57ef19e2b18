// Trigger cards: built-in decks are read only and can be copied; an own deck's cards and
// scale can be edited and stay edited; decks go out and come back in as files; a bad file
// changes nothing; a card with ratings can only be retired.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, samplePerson } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { PersonPage } from './pages/PersonPage.mjs';
import { ReadingPage } from './pages/ReadingPage.mjs';
import { TriggerCardsPage } from './pages/TriggerCardsPage.mjs';
import { DeckPage } from './pages/DeckPage.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name) => fs.readFileSync(path.join(here, '..', 'fixtures', 'schema-3', name), 'utf8');
const DECKS_KEY = 'outcome-focus/decks';
const ADULTS = 'Personal outcomes (adults)';

async function copyBuiltIn(page, name) {
  const cards = new TriggerCardsPage(page);
  await cards.goto();
  await cards.deckLink(ADULTS).click();
  const deck = new DeckPage(page);
  await expect(deck.heading(ADULTS)).toBeVisible();
  await deck.copyName.fill(name);
  await deck.copyButton.click();
  await expect(deck.heading(name)).toBeVisible();
  return deck;
}

test('built-in decks are listed and read only', async ({ page }) => {
  const cards = new TriggerCardsPage(page);
  await cards.goto();
  await expect(cards.builtInList.getByRole('link', { name: ADULTS })).toBeVisible();
  await expect(cards.builtInList.getByRole('link', { name: 'Children and young people' })).toBeVisible();
  await cards.deckLink(ADULTS).click();
  const deck = new DeckPage(page);
  await expect(deck.heading(ADULTS)).toBeVisible();
  await expect(deck.card('I feel safe at home')).toBeVisible();
  await expect(deck.cards.getByRole('button')).toHaveCount(0);
  await expect(deck.addForm).toHaveCount(0);
  await expect(deck.saveScale).toHaveCount(0);
  await expect(deck.copyButton).toBeVisible();
  await expect(deck.exportButton).toBeVisible();
});

test('copy a deck, rename it, edit its cards and scale; it is all there after a reload', async ({ page }) => {
  const deck = await copyBuiltIn(page, 'Our adults deck');
  await expect(deck.statusMessage('Copied the deck')).toBeVisible();

  await deck.deckName.fill('Getting out and about');
  await deck.saveDetails.click();
  await expect(deck.heading('Getting out and about')).toBeVisible();

  await deck.addCard({ statement: 'I use the bus on my own', domain: 'Independence', emoji: '🚌' });
  await deck.reword('I sleep well', 'I sleep well most nights');
  const before = await deck.statements();
  const wasAbove = before[before.indexOf('I use the bus on my own') - 1];
  await deck.cardButton('I use the bus on my own', 'up').click();
  await expect(deck.cardButton('I use the bus on my own', 'up')).toBeFocused();
  await deck.cardButton('I feel safe at home', 'Remove').click();
  await expect(deck.statusMessage('Card removed.')).toBeVisible();
  await expect(deck.card('I feel safe at home')).toHaveCount(0);

  await deck.addPoint.click();
  await deck.point(6).fill('Every single day');
  await deck.point(1).fill('Never');
  await deck.saveScale.click();
  await expect(deck.statusMessage('Scale saved.')).toBeVisible();

  // A refused edit keeps what was typed.
  await deck.point(2).fill('');
  await deck.saveScale.click();
  await expect(deck.point(2)).toHaveAttribute('aria-invalid', 'true');
  await expect(deck.point(2)).toHaveAccessibleDescription(/Point 2 of the scale has no label/);
  await expect(deck.point(2)).toBeFocused();
  await expect(deck.point(2)).toHaveValue('');

  await page.reload();
  await expect(deck.heading('Getting out and about')).toBeVisible();
  const after = await deck.statements();
  expect(after.indexOf('I use the bus on my own')).toBe(after.indexOf(wasAbove) - 1);
  expect(after).toContain('I sleep well most nights');
  expect(after).not.toContain('I feel safe at home');
  await expect(deck.point(1)).toHaveValue('Never');
  await expect(deck.point(6)).toHaveValue('Every single day');
  await expect(deck.point(2)).toHaveValue('A little true');
});

test('export a deck, edit the file and import it again', async ({ page }) => {
  const deck = await copyBuiltIn(page, 'Exported deck');
  const [download] = await Promise.all([page.waitForEvent('download'), deck.exportButton.click()]);
  expect(download.suggestedFilename()).toBe('exported-deck.deck.json');
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('outcome-focus-deck');
  file.deck.name = 'Imported again';
  file.deck.cards[0].statement = 'I get to the shops on my own, edited';

  const cards = new TriggerCardsPage(page);
  await cards.goto();
  await cards.importFile({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(cards.statusMessage('Imported the deck "Imported again"')).toBeVisible();
  await expect(cards.ownList.getByRole('link', { name: 'Exported deck' })).toBeVisible();
  await cards.ownList.getByRole('link', { name: 'Imported again' }).click();
  const imported = new DeckPage(page);
  await expect(imported.heading('Imported again')).toBeVisible();
  await expect(imported.card('I get to the shops on my own, edited')).toBeVisible();
});

test('a bad deck file says what is wrong and changes nothing', async ({ page }) => {
  await copyBuiltIn(page, 'Kept as it is');
  const cards = new TriggerCardsPage(page);
  await cards.goto();
  const stored = (await cards.storedEntries())[DECKS_KEY];
  expect(stored).toBeTruthy();

  await cards.importFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not json') });
  await expect(cards.alert('This is not a deck file: it is not JSON')).toBeVisible();
  await cards.importFile({
    name: 'shape.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"outcome-focus-deck","version":1,"deck":{"name":5,"cards":[]}}'),
  });
  await expect(cards.alert('Part of the deck file is not in the expected form')).toBeVisible();
  await cards.importFile({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"people":[]}') });
  await expect(cards.alert('not an Outcome Focus deck')).toBeVisible();

  expect((await cards.storedEntries())[DECKS_KEY]).toBe(stored);
  await expect(cards.ownList.getByRole('listitem')).toHaveCount(1);
});

test('a card with ratings can be retired, not deleted, and restored', async ({ page }) => {
  const cards = new TriggerCardsPage(page);
  await cards.goto();
  const person = JSON.parse(fixture('person-with-readings.json'));
  for (const reading of person.data.readings) reading.deck = 'd-mhw3k2x1ab';
  await page.evaluate(
    ([decks, p]) => {
      localStorage.setItem('outcome-focus/decks', decks);
      localStorage.setItem('outcome-focus/person/p-mhw3k2x1a9', p);
    },
    [fixture('decks.json'), JSON.stringify(person)],
  );
  await page.goto('/cards/d-mhw3k2x1ab');
  const deck = new DeckPage(page);
  await expect(deck.heading('Getting out & about <ours>')).toBeVisible();

  // Rated in the seeded reading: only Retire is offered.
  await expect(deck.cardButton('I can get to the shops on my own', 'Remove')).toHaveCount(0);
  await deck.cardButton('I can get to the shops on my own', 'Retire').click();
  await expect(deck.statusMessage('Card retired')).toBeVisible();
  await expect(deck.card('I can get to the shops on my own').getByText('Retired', { exact: true })).toBeVisible();
  // Never rated: it can be removed outright.
  await expect(deck.cardButton('I use the bus on my own', 'Remove')).toBeVisible();

  await page.reload();
  await deck.cardButton('I can get to the shops on my own', 'Restore').click();
  await expect(deck.statusMessage('Card restored')).toBeVisible();
  await expect(deck.cardButton('I can get to the shops on my own', 'Retire')).toBeVisible();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

test('both trigger-card pages have no axe violations', async ({ page }) => {
  const deck = await copyBuiltIn(page, 'Checked deck');
  await deck.cardButton('I feel lonely', 'Edit').click();
  await expectNoViolations(page, 'an own deck with a card form open');
  const cards = new TriggerCardsPage(page);
  await cards.goto();
  await cards.importFile({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await expect(cards.alert('not JSON')).toBeVisible();
  await expectNoViolations(page, 'the Trigger cards page with an error');
  await cards.deckLink(ADULTS).click();
  await expectNoViolations(page, 'a built-in deck');
});

test("a deck's question goes with its wording: frequency labels ask how often, on every card", async ({ page }) => {
  const deck = await copyBuiltIn(page, 'How often');
  await expect(deck.main.getByText('Left empty, each card asks: How true is this for you?')).toBeVisible();
  await deck.main.getByRole('button', { name: /^Use frequency wording/ }).click();
  await expect(deck.point(1)).toHaveValue('Never');
  await expect(deck.point(5)).toHaveValue('Always');
  await expect(deck.main.getByLabel('Question asked on every card (optional)')).toHaveValue('How often is this true for you?');
  await deck.saveScale.click();
  await expect(deck.statusMessage('Scale saved.')).toBeVisible();
  await page.reload();
  await expect(deck.main.getByLabel('Question asked on every card (optional)')).toHaveValue('How often is this true for you?');
  // A question too long for a phone's card is refused and what was typed stays.
  const long = 'How often, over the last few weeks and months, would you say that this is true for you?';
  await deck.main.getByLabel('Question asked on every card (optional)').fill(long);
  await deck.saveScale.click();
  await expect(deck.main.getByText('The question is too long: keep it to 80 characters or fewer.')).toBeVisible();
  await expect(deck.main.getByLabel('Question asked on every card (optional)')).toHaveValue(long);

  // A reading with the deck asks its question.
  await new PeoplePage(page).goto();
  await addPerson(page, samplePerson());
  await new PersonPage(page).main.getByRole('link', { name: 'Take a reading' }).click();
  const reading = new ReadingPage(page);
  await reading.main.getByRole('radio', { name: 'How often', exact: true }).check();
  await reading.start('The person');
  await expect(reading.main.getByText('How often is this true for you?').filter({ visible: true }).first()).toBeVisible();
  await expect(reading.cards().first().getByRole('radio', { name: 'Sometimes', exact: true })).toBeVisible();
  await expect(reading.main.getByText('How true is this for you?')).toHaveCount(0);
});
