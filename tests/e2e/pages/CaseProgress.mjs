import { PersonPage } from './PersonPage.mjs';

// A person's page with the work on their case: next review, the links to the next piece of
// work, what matters to them, outcomes, goal attainment and the timeline.
export class CaseProgress extends PersonPage {
  constructor(page) {
    super(page);
    this.nextReview = this.main.getByRole('region', { name: 'Next review', exact: true });
    this.startConversationLink = this.main.getByRole('link', { name: 'Start a conversation', exact: true });
    this.startReviewLink = this.main.getByRole('link', { name: 'Start a review', exact: true });
    this.recordUnplannedLink = this.main.getByRole('link', { name: 'Record an unplanned outcome', exact: true });
    this.whatMatters = this.main.getByRole('region', { name: 'What matters to them', exact: true });
    this.outcomes = this.main.getByRole('region', { name: 'Outcomes', exact: true });
    this.goalAttainment = this.main.getByRole('region', { name: 'Goal attainment', exact: true });
    this.tScores = this.goalAttainment.getByRole('table', { name: 'Goal-attainment T-score', exact: true });
    this.timeline = this.main.getByRole('region', { name: 'Timeline', exact: true });
  }

  /** The aspirations listed under "What matters to them". */
  aspirations() {
    return this.whatMatters.getByRole('listitem');
  }

  /** The outcome whose words are `words`, as a card (a list item headed by its words). */
  outcome(words) {
    const card = this.outcomes
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: words, exact: true }) });
    return {
      card,
      heading: card.getByRole('heading', { level: 3 }),
      status: (label) => card.getByText(label, { exact: true }),
      detail: (term) =>
        card
          .getByRole('term')
          .filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) })
          .locator('xpath=following-sibling::*[1]'),
    };
  }

  /** The outcomes' words, in the order shown. */
  outcomeWords() {
    return this.outcomes.getByRole('heading', { level: 3 });
  }

  /** The timeline entries whose title is `title` (e.g. "3-month review"). */
  timelineEntry(title) {
    return this.timeline
      .getByRole('listitem')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The rows of the T-score table, without its header, as [date, score] cells. */
  tScoreRows() {
    return this.tScores.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
}
