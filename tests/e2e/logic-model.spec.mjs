// Logic models: the life story work example, a model set out and edited one item a line,
// problems shown and linked, kept after a reload, columns side by side on a wide screen and
// stacked on a phone, user text shown as text, no axe violations.
import { test, expect, fillStorage, emptyFillers } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { LogicModelsPage } from './pages/LogicModelsPage.mjs';

const LIFE_STORY = {
  Inputs: ['Photographs', 'A book', 'Family-tree information', 'Notes on history'],
  Processes: ['Planned sessions', 'Visits to key places', 'Interviews with family and professionals'],
  Outputs: ['A coherent life story book'],
  Outcomes: ['Improved sense of identity and origin', 'Readiness to move on'],
};

test('the life story work example is added with its four columns and its service side', async ({ page }) => {
  const models = new LogicModelsPage(page);
  await models.goto();
  await expect(models.emptyState).toBeVisible();
  await expectNoViolations(page, 'the Logic models page, empty');

  await models.addExample.click();
  await expect(models.statusMessage('The life story work example was added.')).toBeVisible();
  await expect(models.addExample).toHaveCount(0);
  await expect(models.emptyState).toHaveCount(0);
  for (const [column, items] of Object.entries(LIFE_STORY)) {
    await expect.poll(() => models.items('Life story work', column)).toEqual(items);
  }
  const side = 'Life story work: the service';
  await expect.poll(() => models.items(side, 'Outputs')).toEqual(['All children in long-term placements have a life story book']);
  await expect.poll(() => models.items(side, 'Outcomes')).toEqual(['Children are prepared for moving on', 'Matching is quicker']);
  await expect(models.model(side)).toContainText('None listed yet.');
  // The arrows are decoration: not in the accessibility tree.
  await expect(models.model('Life story work').locator('.logic-model-arrow[aria-hidden="true"]')).toHaveCount(3);
  await expectNoViolations(page, 'the Logic models page with the example');

  await page.reload();
  await expect(models.heading).toBeVisible();
  await expect.poll(() => models.items('Life story work', 'Inputs')).toEqual(LIFE_STORY.Inputs);
  await expect(models.addExample).toHaveCount(0);
});

test('a model is set out and edited one item a line; a problem is shown, linked, and nothing typed is lost', async ({ page }) => {
  const models = new LogicModelsPage(page);
  await models.goto();
  await models.setOutService.click();
  await expect(models.main.getByRole('heading', { level: 2, name: "The service's logic model" })).toBeFocused();

  const longLine = 'x'.repeat(301);
  await models.fill('', { Inputs: `Two key workers\n${longLine}`, Outcomes: 'Children feel settled' });
  await models.saveButton.click();
  await expect(models.errorSummary).toBeFocused();
  await expect(models.errorSummary).toContainText('Name the logic model: the service, or the piece of work.');
  const lineProblem = 'Inputs: keep each line to 300 characters or fewer.';
  await expect(models.errorSummary).toContainText(lineProblem);
  await expect(models.name).toHaveAttribute('aria-invalid', 'true');
  await expect(models.column('Inputs')).toHaveAttribute('aria-invalid', 'true');
  await expect(models.column('Inputs')).toHaveAccessibleDescription(/Inputs: keep each line to 300 characters or fewer\./);
  await expect(models.column('Outcomes')).not.toHaveAttribute('aria-invalid', 'true');
  await models.errorSummary.getByRole('link', { name: lineProblem }).click();
  await expect(models.column('Inputs')).toBeFocused();
  await expect(models.column('Inputs')).toHaveValue(`Two key workers\n${longLine}`);
  await expect(models.column('Outcomes')).toHaveValue('Children feel settled');
  await expectNoViolations(page, 'the logic model form with problems');

  const name = 'Hill House <script>window.__pwned = 1</script>';
  await models.fill(name, { Inputs: '  Two key workers \n\n<img src=x onerror="window.__pwned = 2">\nA minibus\n' });
  await models.saveButton.click();
  await expect(models.statusMessage(`${name} was saved.`)).toBeVisible();
  await expect(models.heading).toBeFocused();
  await expect.poll(() => models.items(name, 'Inputs')).toEqual(['Two key workers', '<img src=x onerror="window.__pwned = 2">', 'A minibus']);
  await expect.poll(() => models.items(name, 'Outcomes')).toEqual(['Children feel settled']);
  await expect(models.model(name).getByRole('heading', { level: 3 })).toHaveText(name);
  await expect(models.main.locator('script, img')).toHaveCount(0);

  // Editing: the columns come back one item a line.
  await models.edit(name);
  await expect(models.column('Inputs')).toHaveValue('Two key workers\n<img src=x onerror="window.__pwned = 2">\nA minibus');
  await models.column('Processes').fill('Weekly sessions\nDays out');
  await models.saveButton.click();
  await expect.poll(() => models.items(name, 'Processes')).toEqual(['Weekly sessions', 'Days out']);

  // Cancel changes nothing.
  await models.edit(name);
  await models.column('Processes').fill('Something else');
  await models.cancelButton.click();
  await expect.poll(() => models.items(name, 'Processes')).toEqual(['Weekly sessions', 'Days out']);

  // A piece of work, added then deleted behind a confirmation.
  await models.addWork.click();
  await models.fill('Family time', { Outputs: 'Supervised visits' });
  await models.saveButton.click();
  await expect(models.statusMessage('Family time was added.')).toBeVisible();
  await expect.poll(() => models.items('Family time', 'Outputs')).toEqual(['Supervised visits']);
  await expect(models.model('Family time: the service')).toBeVisible();
  await models.edit('Family time');
  await models.deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete Family time?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(models.statusMessage('Family time was deleted.')).toBeVisible();
  await expect(models.model('Family time')).toHaveCount(0);

  await page.reload();
  await expect(models.heading).toBeVisible();
  await expect.poll(() => models.items(name, 'Inputs')).toEqual(['Two key workers', '<img src=x onerror="window.__pwned = 2">', 'A minibus']);
  await expect.poll(() => models.items(name, 'Processes')).toEqual(['Weekly sessions', 'Days out']);
  await expect(models.model('Family time')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('the columns sit side by side on a wide screen and stack on a phone', async ({ page }) => {
  const models = new LogicModelsPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await models.goto();
  await models.addExample.click();
  const boxes = models.columnBoxes('Life story work');
  await expect(boxes).toHaveCount(4);
  const measure = async () => {
    const all = [];
    for (let n = 0; n < 4; n++) all.push(await boxes.nth(n).boundingBox());
    return all;
  };
  let b = await measure();
  for (let n = 1; n < 4; n++) {
    expect(Math.abs(b[n].y - b[0].y), 'a row on a wide screen').toBeLessThan(1);
    expect(b[n].x, 'left to right').toBeGreaterThan(b[n - 1].x + b[n - 1].width);
  }

  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(async () => (await boxes.nth(1).boundingBox()).y).toBeGreaterThan((await boxes.nth(0).boundingBox()).y);
  b = await measure();
  for (let n = 1; n < 4; n++) {
    expect(Math.abs(b[n].x - b[0].x), 'one column on a phone').toBeLessThan(1);
    expect(b[n].y, 'top to bottom').toBeGreaterThan(b[n - 1].y + b[n - 1].height);
  }
  expect(await models.scrollsHorizontally()).toBe(false);
  await expectNoViolations(page, 'the Logic models page on a phone');
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(() => models.scrollsHorizontally()).toBe(false);
});

test('when storage is full the form stays open with what was typed, and saves once there is room', async ({ page }) => {
  const models = new LogicModelsPage(page);
  await models.goto();
  await models.addWork.click();
  await models.fill('Family time', { Inputs: 'A contact centre\nTwo workers', Outcomes: 'Children keep in touch' });
  expect(await fillStorage(page)).toBeGreaterThan(0);
  await models.saveButton.click();
  await expect(models.errorSummary).toContainText('Storage is full, so this change was not saved.');
  await expect(models.name).toHaveValue('Family time');
  await expect(models.column('Inputs')).toHaveValue('A contact centre\nTwo workers');
  await expect(models.column('Outcomes')).toHaveValue('Children keep in touch');
  expect(await models.storedEntries('outcome-focus/logic-models')).toEqual({});

  await emptyFillers(page);
  await models.saveButton.click();
  await expect(models.statusMessage('Family time was added.')).toBeVisible();
  await expect.poll(() => models.items('Family time', 'Inputs')).toEqual(['A contact centre', 'Two workers']);
});

test('a tab holding an older copy does not overwrite a newer one', async ({ page, context }) => {
  const models = new LogicModelsPage(page);
  await models.goto();
  // The form is open here while another tab saves.
  await models.addWork.click();
  await models.fill('Family time');
  const other = new LogicModelsPage(await context.newPage());
  await other.goto();
  await other.addExample.click();
  await expect(other.model('Life story work')).toBeVisible();

  await models.saveButton.click();
  await expect(models.errorSummary).toContainText('were changed in another tab or window after you opened them');
  await expect(models.name).toHaveValue('Family time');
  const stored = JSON.parse((await models.storedEntries('outcome-focus/logic-models'))['outcome-focus/logic-models']);
  expect(stored.data.pieces_of_work.map((w) => w.work.name)).toEqual(['Life story work']);
});

test('a model saved in another tab shows here while no form is open', async ({ page, context }) => {
  const models = new LogicModelsPage(page);
  await models.goto();
  const other = new LogicModelsPage(await context.newPage());
  await other.goto();
  await other.addExample.click();
  await expect(models.model('Life story work')).toBeVisible();
  await expect(models.addExample).toHaveCount(0);
});
