// The Learn section: contents, Previous / Next through every page, the "Outcome or output?"
// exercise done by keyboard alone, the "Write an outcome" check, presenter view and its
// shortcuts, a phone, and axe on each kind of page.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { LearnPage } from './pages/LearnPage.mjs';

// The core's LEARN_PAGES (src/domain/learn/pages.rs), in order.
const PAGES = [
  ['inputs-to-outcomes', 'Inputs, processes, outputs and outcomes'],
  ['individual-and-service-outcomes', 'Individual and service outcomes'],
  ['developing-an-outcome-focus', 'Developing an outcome focus'],
  ['monitoring', 'Monitoring outcomes'],
  ['outcome-or-output', 'Outcome or output?'],
  ['write-an-outcome', 'Write an outcome'],
];

// The core's STATEMENTS (src/domain/learn/statements.rs): the words and the answer.
const STATEMENTS = [
  ['Has a care plan', 'Output'],
  ['Feels less anxious', 'Outcome'],
  ['Photographs, a book and family-tree information', 'Input'],
  ['Attends a weekly group', 'Output'],
  ['One-to-one support', 'Process'],
  ['Is fully employed', 'Outcome'],
  ["A key worker's time, two hours a week", 'Input'],
  ["Visits to places from the person's past", 'Process'],
  ['Improved relationships', 'Outcome'],
  ['Twelve counselling sessions delivered', 'Output'],
  ['Money for bus fares', 'Input'],
  ['Interviews with family and professionals', 'Process'],
  ['Goes to the shops on their own', 'Outcome'],
  ['Has been referred to a housing adviser', 'Output'],
  ['Assessing what the person needs', 'Process'],
  ['A trained counsellor', 'Input'],
  ['Feels safe at home', 'Outcome'],
  ['A finished life story book', 'Output'],
  ['Helping the person fill in a benefits form', 'Process'],
  ['A stronger sense of who they are and where they come from', 'Outcome'],
];
const KINDS = ['Input', 'Process', 'Output', 'Outcome'];

test('the contents link to every Learn page', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto();
  await expect(learn.heading).toHaveText('Learn');
  await expect(page).toHaveTitle('Learn – Outcome Focus');
  for (const [slug, title] of PAGES) {
    await expect(learn.main.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/learn/${slug}`);
  }
  for (const [, title] of PAGES) {
    await learn.goto();
    await learn.main.getByRole('link', { name: title, exact: true }).click();
    await expect(learn.heading).toHaveText(title);
    await expect(page).toHaveTitle(`${title} – Outcome Focus`);
  }
});

test('Next and Previous step through every page in order, and back to the contents', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto();
  await expect(learn.previousLink).toHaveCount(0);
  for (const [slug, title] of PAGES) {
    await expect(learn.nextLink).toHaveAccessibleName(`Next: ${title}`);
    await learn.nextLink.click();
    await expect(learn.heading).toHaveText(title);
    await expect(page).toHaveURL(`/learn/${slug}`);
  }
  await expect(learn.nextLink).toHaveAccessibleName('Next: Contents');
  for (const [, title] of [...PAGES].reverse().slice(1)) {
    await learn.previousLink.click();
    await expect(learn.heading).toHaveText(title);
  }
  await expect(learn.previousLink).toHaveAccessibleName('Previous: Contents');
  await learn.previousLink.click();
  await expect(learn.heading).toHaveText('Learn');
  // The address can be opened directly, and an unknown page says so.
  await learn.goto('no-such-page');
  await expect(learn.heading).toHaveText('Learn page not found');
});

test('the life story example shows the person and the service side', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('inputs-to-outcomes');
  const child = learn.main.getByRole('list', { name: 'Life story work', exact: true });
  const service = learn.main.getByRole('list', { name: 'Life story work: the service' });
  await expect(child.getByRole('heading', { level: 3 })).toHaveText(['Inputs', 'Processes', 'Outputs', 'Outcomes']);
  await expect(child).toContainText('Photographs');
  await expect(child).toContainText('A coherent life story book');
  await expect(child).toContainText('Improved sense of identity and origin');
  await expect(service).toContainText('All children in long-term placements have a life story book');
  await expect(service).toContainText('Matching is quicker');
  // Four steps side by side on a wide screen, one under another on a phone.
  const tops = await child.locator(':scope > li').evaluateAll((steps) => steps.map((s) => Math.round(s.getBoundingClientRect().top)));
  expect(tops).toHaveLength(4);
  if (page.viewportSize().width >= 640) expect(new Set(tops).size).toBe(1);
  else expect([...tops].sort((a, b) => a - b)).toEqual(tops);
});

test('Outcome or output? can be done by keyboard alone, to the score', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('outcome-or-output');
  await expect(learn.progress).toHaveText(/^Statement 1 of 20/);
  // Two answered wrongly on purpose: the score must count exactly the rest.
  const wrong = { 1: 'Output', 4: 'Input' };
  await learn.tabTo(learn.choice('Input'));
  for (const [i, [words, answer]] of STATEMENTS.entries()) {
    await expect(learn.progress).toHaveText(new RegExp(`^Statement ${i + 1} of 20`));
    await expect(learn.main.getByRole('group', { name: `Is “${words}” an input, a process, an output or an outcome?` })).toBeVisible();
    const given = wrong[i] ?? answer;
    await expect(learn.choice('Input')).toBeFocused();
    // Space picks the first answer, each Down arrow the next one.
    await page.keyboard.press('Space');
    for (let k = 0; k < KINDS.indexOf(given); k++) await page.keyboard.press('ArrowDown');
    await expect(learn.choice(given)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(learn.checkButton).toBeFocused();
    await page.keyboard.press('Enter');
    const article = { Input: 'an input', Process: 'a process', Output: 'an output', Outcome: 'an outcome' }[answer];
    const opening = given === answer ? 'Right' : 'Not quite';
    await expect(learn.feedback).toHaveText(new RegExp(`^${opening}: it is ${article} because .+\\.$`));
    await expect(learn.nextStatement).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(learn.score).toHaveText('You sorted 18 of 20 statements correctly.');
  await expect(learn.main.getByRole('heading', { name: 'Your score' })).toBeFocused();
  const missed = learn.main.getByRole('listitem').filter({ hasText: /you said/ });
  await expect(missed).toHaveCount(2);
  await expect(missed.nth(0)).toContainText('“Feels less anxious”: you said an output; it is an outcome because');
  await expect(missed.nth(1)).toContainText('“One-to-one support”: you said an input; it is a process because');
  await page.keyboard.press('Tab');
  await expect(learn.tryAgain).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(learn.progress).toHaveText(/^Statement 1 of 20 · Score so far: 0 of 0/);
  await expect(learn.choice('Input')).toBeFocused();
});

test('Check without an answer asks for one', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('outcome-or-output');
  await learn.checkButton.click();
  await expect(learn.feedback).toContainText('Choose input, process, output or outcome');
  await expect(learn.progress).toHaveText(/^Statement 1 of 20/);
  await learn.choice('Output').check();
  await learn.checkButton.click();
  await expect(learn.feedback).toContainText('Right: it is an output because a care plan');
  await expect(learn.progress).toContainText('Score so far: 1 of 1');
});

test('the exercise keeps its place while the learner looks at another page', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('outcome-or-output');
  for (const answer of ['Output', 'Input']) {
    await learn.choice(answer).check();
    await learn.checkButton.click();
    await learn.nextStatement.click();
  }
  await expect(learn.progress).toHaveText(/^Statement 3 of 20 · Score so far: 1 of 2/);
  await learn.previousLink.click();
  await expect(learn.heading).toHaveText('Monitoring outcomes');
  await learn.nextLink.click();
  await expect(learn.progress).toHaveText(/^Statement 3 of 20 · Score so far: 1 of 2/);
  // Memory only: a reload starts again.
  await page.reload();
  await expect(learn.progress).toHaveText(/^Statement 1 of 20 · Score so far: 0 of 0/);
});

test('Write an outcome flags an output-like rewrite and accepts a good outcome', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('write-an-outcome');
  await expect(learn.choice('Attends a weekly group')).toBeChecked();
  await learn.choice('Has a care plan').check();
  await expect(learn.main.getByText('The output: “Has a care plan”')).toBeVisible();

  await learn.checkOutcome.click();
  await expect(learn.feedback).toContainText('Write the outcome first');

  await learn.rewrite.fill('Receive a copy of the care plan');
  await learn.checkOutcome.click();
  await expect(learn.feedback).toContainText('This still reads like a service delivered');
  await expect(learn.feedback).toContainText('What will be different for you because of it?');

  await learn.rewrite.fill('I cook my own tea on weekdays');
  await learn.checkOutcome.click();
  await expect(learn.feedback).toContainText(
    'not ticked yet: Person-centred: in their words, about their life; Realistic; Wellbeing-focused; Collaborative: who contributes is named; Measurable or visible.',
  );
  for (const label of [
    'Person-centred: in their words, about their life',
    'Realistic',
    'Wellbeing-focused',
    'Collaborative: who contributes is named',
    'Measurable or visible',
  ]) {
    await learn.main.getByRole('checkbox', { name: label }).check();
  }
  await learn.checkOutcome.click();
  await expect(learn.feedback).toContainText('Well done: this reads like an outcome');
});

test('presenter view hides the navigation, survives moving between pages, and the shortcuts step pages', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('monitoring');
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(learn.nav).toBeVisible();
  await expect(learn.main.getByText(/Keyboard shortcuts: Right arrow or N for the next page/)).toBeVisible();

  await learn.presenterToggle.click();
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(learn.nav).toBeHidden();
  await expect(learn.footer).toBeHidden();
  const size = () => learn.heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(await size()).toBeGreaterThan(30);

  await page.keyboard.press('ArrowRight');
  await expect(learn.heading).toHaveText('Outcome or output?');
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(learn.nav).toBeHidden();
  await page.keyboard.press('n');
  await expect(learn.heading).toHaveText('Write an outcome');
  await page.keyboard.press('p');
  await expect(learn.heading).toHaveText('Outcome or output?');
  await page.keyboard.press('ArrowLeft');
  await expect(learn.heading).toHaveText('Monitoring outcomes');

  // A reload keeps it for the tab.
  await page.reload();
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(learn.nav).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(learn.nav).toBeVisible();
  await expect(learn.footer).toBeVisible();
  expect(await size()).toBeLessThan(30);
  await learn.presenterToggle.click();
  await learn.presenterToggle.click();
  await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(learn.nav).toBeVisible();
});

test('the shortcuts do nothing while typing or choosing an answer', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto('write-an-outcome');
  await learn.rewrite.click();
  await page.keyboard.type('I can pay my bills');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  await expect(learn.heading).toHaveText('Write an outcome');
  await expect(learn.rewrite).toHaveValue('I can pay my billnps');

  await learn.goto('outcome-or-output');
  await learn.choice('Input').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(learn.heading).toHaveText('Outcome or output?');
  await expect(learn.choice('Process')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(learn.choice('Input')).toBeChecked();
  await expect(learn.heading).toHaveText('Outcome or output?');
  // Away from the form, they work.
  await learn.checkButton.focus();
  await page.keyboard.press('ArrowRight');
  await expect(learn.heading).toHaveText('Write an outcome');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('nothing scrolls sideways and the life story steps stack', async ({ page }) => {
    const learn = new LearnPage(page);
    for (const presenting of [false, true]) {
      await learn.goto();
      if ((await learn.presenterToggle.getAttribute('aria-pressed')) !== String(presenting)) {
        await learn.presenterToggle.click();
      }
      expect(await learn.scrollsHorizontally(), `contents, presenting: ${presenting}`).toBe(false);
      for (const [slug] of PAGES) {
        await learn.goto(slug);
        await expect(learn.presenterToggle).toHaveAttribute('aria-pressed', String(presenting));
        expect(await learn.scrollsHorizontally(), `${slug}, presenting: ${presenting}`).toBe(false);
      }
    }
    await learn.goto('inputs-to-outcomes');
    const steps = learn.main.getByRole('list', { name: 'Life story work', exact: true }).locator('> li');
    const first = await steps.nth(0).boundingBox();
    const second = await steps.nth(1).boundingBox();
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    const toggle = await learn.presenterToggle.boundingBox();
    expect(toggle.height).toBeGreaterThanOrEqual(44);
  });
});

test('axe finds no violations on the contents, a page, both exercises and presenter view', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.goto();
  await expectNoViolations(page, 'the Learn contents');
  await learn.goto('inputs-to-outcomes');
  await expectNoViolations(page, 'a Learn page with the life story example');

  await learn.goto('outcome-or-output');
  await expectNoViolations(page, 'the Outcome or output? exercise');
  await learn.choice('Outcome').check();
  await learn.checkButton.click();
  await expect(learn.feedback).toContainText('Not quite');
  await expectNoViolations(page, 'the Outcome or output? exercise with feedback');

  await learn.goto('write-an-outcome');
  await learn.rewrite.fill('Attend the group');
  await learn.checkOutcome.click();
  await expect(learn.feedback).toContainText('still reads like a service');
  await expectNoViolations(page, 'the Write an outcome exercise with feedback');

  await learn.presenterToggle.click();
  await expect(learn.nav).toBeHidden();
  await expectNoViolations(page, 'Write an outcome in presenter view');
  await learn.goto('monitoring');
  await expectNoViolations(page, 'a Learn page in presenter view');
});
