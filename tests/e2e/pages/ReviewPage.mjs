import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The five points of a view of progress, worst first.
export const VIEWS = ['Much worse', 'A bit worse', 'About the same', 'A bit better', 'Much better'];
export const STATUSES = ['Working', 'Achieved', 'Partly achieved', 'Not achieved', 'Changed'];

// How a goal-attainment level starts its radio button's name (with a true minus sign).
const LEVEL_NAMES = {
  '-2': '\u22122 Where things are now',
  '-1': '\u22121 Less than expected',
  0: '0 The expected outcome',
  1: '+1 More than expected',
  2: '+2 Much more than expected',
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "Start a review" (/people/<id>/review): one group per current outcome, and new outcomes.
export class ReviewPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Start a review', exact: true });
    this.history = this.main.getByText(/^First conversation on /);
    this.date = this.main.getByRole('textbox', { name: 'Date of the review', exact: true });
    this.tookPart = this.main.getByRole('textbox', { name: 'Who took part', exact: true });
    this.addOutcomeButton = this.main.getByRole('button', { name: /^Add (an|another) outcome$/ });
    this.saveButton = this.main.getByRole('button', { name: 'Save review', exact: true });
    this.leaveLink = this.main.getByRole('link', { name: 'Leave for now', exact: true });
    this.draftNote = this.main.getByText('Everything you type is kept as a draft in this browser until you save.');
    this.resumeButton = this.main.getByRole('button', { name: 'Resume the review', exact: true });
    this.discardButton = this.main.getByRole('button', { name: 'Discard it and start again', exact: true });
    this.discardQuestion = this.main.getByText('Discard the unfinished review? Everything typed in it will be lost.');
    this.confirmDiscardButton = this.main.getByRole('button', { name: 'Yes, discard it', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async goto(path) {
    await this.page.goto(`${path}/review`);
    await expect(this.heading).toBeVisible();
  }

  /** The offer to carry on with an unfinished review. */
  resumeMessage(name) {
    return this.main.getByText(new RegExp(`^You have an unfinished review with ${escape(name)}, dated `));
  }

  /** The fields about one current outcome, in the group named by its words. */
  outcome(words) {
    const group = this.main.getByRole('group', { name: words, exact: true });
    const status = group.getByRole('group', { name: 'Where it stands now', exact: true });
    const personView = group.getByRole('group', { name: "The person's view", exact: true });
    const workerView = group.getByRole('group', { name: "The worker's view", exact: true });
    const level = group.getByRole('group', { name: 'Goal-attainment level reached', exact: true });
    const box = (name) => group.getByRole('textbox', { name, exact: true });
    return {
      group,
      status,
      statusRadio: (label) => status.getByRole('radio', { name: label, exact: true }),
      personView,
      personViewRadio: (label) => personView.getByRole('radio', { name: label, exact: true }),
      personSays: box('What the person says'),
      workerView,
      workerViewRadio: (label) => workerView.getByRole('radio', { name: label, exact: true }),
      workerSays: box('What the worker says'),
      helped: box('What helped?'),
      gotInTheWay: box('What got in the way?'),
      weContributed: box('What did we contribute?'),
      didNotWork: box('What did not work as expected?'),
      level,
      levelRadio: (x) => level.getByRole('radio', { name: new RegExp(`^${escape(LEVEL_NAMES[x])}: `) }),
      reworded: box('New words for this outcome (optional)'),
    };
  }

  /** Fills in what was said about one current outcome. */
  async reviewOutcome(words, r) {
    const o = this.outcome(words);
    if (r.status !== undefined) await o.statusRadio(r.status).check();
    if (r.personView !== undefined) await o.personViewRadio(r.personView).check();
    if (r.personSays !== undefined) await o.personSays.fill(r.personSays);
    if (r.workerView !== undefined) await o.workerViewRadio(r.workerView).check();
    if (r.workerSays !== undefined) await o.workerSays.fill(r.workerSays);
    if (r.helped !== undefined) await o.helped.fill(r.helped);
    if (r.gotInTheWay !== undefined) await o.gotInTheWay.fill(r.gotInTheWay);
    if (r.weContributed !== undefined) await o.weContributed.fill(r.weContributed);
    if (r.didNotWork !== undefined) await o.didNotWork.fill(r.didNotWork);
    if (r.level !== undefined) await o.levelRadio(r.level).check();
    if (r.reworded !== undefined) await o.reworded.fill(r.reworded);
  }

  /** The fields of outcome `n` (from 1) added during the review. */
  newOutcome(n) {
    const group = this.main.getByRole('group', { name: `New outcome ${n}`, exact: true });
    const term = group.getByRole('group', { name: 'Term', exact: true });
    const who = group.getByRole('group', { name: 'Who works on it', exact: true });
    return {
      group,
      words: group.getByRole('textbox', { name: "The outcome, in the person's own words", exact: true }),
      domain: group.getByRole('combobox', { name: 'Domain', exact: true }),
      shortTerm: term.getByRole('radio', { name: 'Short term (up to 3 months)', exact: true }),
      longerTerm: term.getByRole('radio', { name: 'Longer term (beyond 3 months)', exact: true }),
      targetDate: group.getByRole('textbox', { name: 'Target date', exact: true }),
      person: who.getByRole('checkbox', { name: 'The person', exact: true }),
      worker: who.getByRole('checkbox', { name: 'The worker', exact: true }),
      carer: who.getByRole('checkbox', { name: 'A carer', exact: true }),
      howWeKnow: group.getByRole('textbox', { name: 'How will we know?', exact: true }),
      removeButton: group.getByRole('button', { name: `Remove new outcome ${n}`, exact: true }),
    };
  }
}
