import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

export const STEPS = ['Now', 'What matters', 'Imagine it has gone well', 'Outcomes', 'Check', 'Summary'];

// The labels of the goal-attainment level fields of an outcome, by level: the same words as
// the review page's (with a true minus sign).
const LEVEL_LABELS = {
  '-2': '\u22122 Where things are now',
  '-1': '\u22121 Less than expected',
  0: '0 The expected outcome',
  1: '+1 More than expected',
  2: '+2 Much more than expected',
};

// The check step's qualities, as the checkboxes are named.
export const QUALITIES = {
  personCentred: 'Person-centred: in their words, about their life',
  realistic: 'Realistic',
  wellbeing: 'Wellbeing-focused',
  collaborative: 'Collaborative: who contributes is named',
  measurable: 'Measurable or visible',
};

// The warning shown under an outcome that reads like a service delivered.
export const OUTPUT_WARNING = /This reads like a service delivered, not a change in the person's life: .*Ask: “What will be different for you because of it\?”/;

// "Start a conversation" (/people/<id>/conversation): the guided first conversation, one step
// per screen, and the prompt to resume or discard an unfinished one.
export class ConversationPage extends Shell {
  constructor(page) {
    super(page);
    this.steps = this.main.getByRole('navigation', { name: 'Steps' });
    this.stepNow = this.steps.getByText(/^Step \d of 6: /);
    this.backButton = this.main.getByRole('button', { name: 'Back', exact: true });
    this.nextButton = this.main.getByRole('button', { name: 'Next', exact: true });
    this.saveButton = this.main.getByRole('button', { name: 'Save conversation', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.draftNote = this.main.getByText('Everything you type is kept as a draft in this browser until you save.');

    // Resuming an unfinished conversation.
    this.resumeButton = this.main.getByRole('button', { name: 'Resume the conversation', exact: true });
    this.discardButton = this.main.getByRole('button', { name: 'Discard it and start again', exact: true });
    this.discardQuestion = this.main.getByText(
      'Discard the unfinished conversation? Everything typed in it will be lost.',
    );
    this.confirmDiscardButton = this.main.getByRole('button', { name: 'Yes, discard it', exact: true });
    this.cancelDiscardButton = this.main.getByRole('button', { name: 'Cancel', exact: true });

    // Step 1, Now.
    this.date = this.main.getByRole('textbox', { name: 'Date of the conversation', exact: true });
    this.tookPart = this.main.getByRole('textbox', { name: 'Who took part', exact: true });
    this.presentation = this.main.getByRole('textbox', {
      name: 'What needs does the person have, and how do they present now?',
      exact: true,
    });
    // Step 2, What matters.
    this.addWhatMattersButton = this.main.getByRole('button', { name: 'Add another', exact: true });
    // Step 3, Imagine it has gone well.
    this.changed = this.main.getByRole('textbox', { name: 'How has the person changed?', exact: true });
    this.behaviour = this.main.getByRole('textbox', { name: 'What behaviour is different?', exact: true });
    this.difference = this.main.getByRole('textbox', {
      name: 'What difference did our involvement make?',
      exact: true,
    });
    // Step 4, Outcomes.
    this.addOutcomeButton = this.main.getByRole('button', { name: 'Add another outcome', exact: true });
    // Step 6, Summary.
    this.summaryOutcomesHeading = this.main.getByRole('heading', { level: 3, name: /^Outcomes \(\d+\)$/ });
    this.summaryProblems = this.main
      .getByRole('heading', { level: 3, name: 'Some things need changing before saving' })
      .locator('xpath=..');
  }

  heading(name) {
    return this.main.getByRole('heading', { level: 1, name: `Conversation with ${name}`, exact: true });
  }

  /** The heading of the step shown (it takes the focus when the step changes). */
  stepHeading(name) {
    return this.main.getByRole('heading', { level: 2, name, exact: true });
  }

  /** The region of a step, named by its heading. */
  stepRegion(name) {
    return this.main.getByRole('region', { name, exact: true });
  }

  async goto(path, name) {
    await this.page.goto(`${path}/conversation`);
    await expect(this.heading(name)).toBeVisible();
  }

  /** Checks the wizard shows step `n` (from 1), in the indicator and as the step's heading. */
  async expectStep(n) {
    const name = STEPS[n - 1];
    await expect(this.stepNow).toHaveText(`Step ${n} of 6: ${name}`);
    await expect(this.stepHeading(name)).toBeVisible();
    await expect(this.steps.getByRole('listitem').nth(n - 1)).toHaveAttribute('aria-current', 'step');
  }

  /** Next, and checks step `n` is shown. */
  async nextTo(n) {
    await this.nextButton.click();
    await this.expectStep(n);
  }

  async backTo(n) {
    await this.backButton.click();
    await this.expectStep(n);
  }

  /** The resume prompt's sentence, e.g. "… saved at step 4 of 6 (Outcomes)." */
  resumeMessage(name, n) {
    return this.main.getByText(
      `You have an unfinished conversation with ${name}, saved at step ${n} of 6 (${STEPS[n - 1]}).`,
    );
  }

  // Step 2.
  whatMatters(n) {
    return this.main.getByRole('textbox', { name: `What matters ${n}`, exact: true });
  }

  removeWhatMattersButton(n) {
    return this.main.getByRole('button', { name: `Remove what matters ${n}`, exact: true });
  }

  /** Step 4: the fields of outcome `n` (from 1), inside the group "Outcome n". */
  outcome(n) {
    const group = this.main.getByRole('group', { name: `Outcome ${n}`, exact: true });
    const who = group.getByRole('group', { name: 'Who works on it', exact: true });
    const term = group.getByRole('group', { name: 'Term', exact: true });
    return {
      group,
      words: group.getByRole('textbox', { name: "The outcome, in the person's own words", exact: true }),
      domain: group.getByRole('combobox', { name: 'Domain', exact: true }),
      term,
      shortTerm: term.getByRole('radio', { name: 'Short term (up to 3 months)', exact: true }),
      longerTerm: term.getByRole('radio', { name: 'Longer term (beyond 3 months)', exact: true }),
      targetDate: group.getByRole('textbox', { name: 'Target date', exact: true }),
      who,
      person: who.getByRole('checkbox', { name: 'The person', exact: true }),
      worker: who.getByRole('checkbox', { name: 'The worker', exact: true }),
      carer: who.getByRole('checkbox', { name: 'A carer', exact: true }),
      others: who.getByRole('textbox', { name: 'Anyone else', exact: true }),
      steps: group.getByRole('textbox', { name: 'Steps to get there', exact: true }),
      howWeKnow: group.getByRole('textbox', { name: 'How will we know?', exact: true }),
      // A <details> element: its <summary> opens it. (The group it makes has no name.)
      levelsToggle: group.getByText('Goal-attainment levels (optional)', { exact: true }),
      level: (x) => group.getByRole('textbox', { name: LEVEL_LABELS[x], exact: true }),
      levelsError: group.getByText(`Describe all five levels of outcome ${n}, or leave them all empty.`),
      warning: group.getByText(OUTPUT_WARNING),
      removeButton: group.getByRole('button', { name: `Remove outcome ${n}`, exact: true }),
    };
  }

  /** Step 4: fills in outcome `n`. `levels` maps −2…+2 to their words. */
  async fillOutcome(n, { words, domain, longer, target, carer, others, steps, howWeKnow, levels }) {
    const o = this.outcome(n);
    if (words !== undefined) await o.words.fill(words);
    if (domain !== undefined) await o.domain.selectOption({ label: domain });
    if (longer) await o.longerTerm.check();
    if (target !== undefined) await o.targetDate.fill(target);
    if (carer) await o.carer.check();
    if (others !== undefined) await o.others.fill(others);
    if (steps !== undefined) await o.steps.fill(steps);
    if (howWeKnow !== undefined) await o.howWeKnow.fill(howWeKnow);
    if (levels) {
      await o.levelsToggle.click();
      for (const x of [-2, -1, 0, 1, 2]) await o.level(x).fill(levels[x]);
    }
  }

  /** Step 5: the group of checkboxes for outcome `n`, named "Outcome n: <its words>". */
  check(n) {
    const group = this.main.getByRole('group', { name: new RegExp(`^Outcome ${n}[:(]`) });
    return {
      group,
      quality: (key) => group.getByRole('checkbox', { name: QUALITIES[key], exact: true }),
      warning: group.getByText(OUTPUT_WARNING),
    };
  }

  /** Step 6: the value shown for a term of the summary ("Date", "Who took part", "What matters"…). */
  summary(term) {
    return this.stepRegion('Summary')
      .getByRole('term')
      .filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) })
      .locator('xpath=following-sibling::*[1]');
  }

  /** Step 6: the outcomes listed, in order. */
  summaryOutcomes() {
    return this.summaryOutcomesHeading.locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  }
}
