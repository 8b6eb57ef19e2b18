// The Service page: the service's name, its own outcome domains and the months between
// reviews, checked, kept, and followed by the review dates on a person's page and in the
// People list, and by the domain choices of outcomes and unplanned outcomes.
import { test, expect, samplePerson, todayInBrowser, addMonths, ukDate } from './fixtures.mjs';
import { addPerson, holdFirstConversation } from './pages/flows.mjs';
import { CaseProgress } from './pages/CaseProgress.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';
import { ReviewPage } from './pages/ReviewPage.mjs';
import { Shell } from './pages/Shell.mjs';
import { expectNoViolations } from './axe.mjs';

class SettingsPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Service', exact: true });
    this.interval = this.main.getByRole('textbox', { name: 'Months between reviews', exact: true });
    this.name = this.main.getByRole('textbox', { name: 'Service name', exact: true });
    this.domains = this.main.getByRole('textbox', { name: "Your service's own domains", exact: true });
    this.saveButton = this.main.getByRole('button', { name: 'Save settings', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    this.saved = this.main.getByRole('status').filter({ hasText: 'Settings saved' });
  }

  async open() {
    await this.followNav('Service');
    await expect(this.heading).toBeVisible();
  }

  async setInterval(months) {
    await this.interval.fill(String(months));
    await this.saveButton.click();
  }
}

const RANGE = 'Enter the months between reviews as a whole number from 1 to 24.';

test('the review interval is checked, saved and still there after a reload', async ({ page }) => {
  await new PeoplePage(page).goto();
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.interval).toHaveValue('6');
  await expectNoViolations(page, 'the Service page');

  for (const typed of ['0', '25', 'six', '']) {
    await settings.setInterval(typed);
    await expect(settings.errorSummary).toContainText(RANGE);
    await expect(settings.interval).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.interval).toHaveValue(typed);
  }
  await expectNoViolations(page, 'the Service page with a problem');
  await settings.setInterval(4);
  await expect(settings.saved).toHaveText('Settings saved: reviews every 4 months after the 3-month review.');
  await expect(settings.errorSummary).toHaveCount(0);
  await expect(settings.interval).not.toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(settings.interval).toHaveValue('4');
});

test('review dates follow the interval: after the 3-month review, the next is N months on', async ({ page }) => {
  test.setTimeout(60_000);
  const people = new PeoplePage(page);
  await people.goto();
  const today = await todayInBrowser(page);
  const alex = samplePerson({ referralDate: addMonths(today, -12) });
  const path = await addPerson(page, alex);
  const words = 'I go to the shops on my own';
  await holdFirstConversation(page, { name: alex.name, date: addMonths(today, -9), outcomes: [{ words }] });

  // The 3-month review, held five months ago.
  const reviewed = addMonths(today, -5);
  const review = new ReviewPage(page);
  await review.goto(path);
  await review.date.fill(reviewed);
  await review.reviewOutcome(words, { status: 'Working' });
  await review.saveButton.click();
  const progress = new CaseProgress(page);
  await expect(progress.heading(alex.name)).toBeVisible();
  // Every 6 months by default: the next review is a month away, not yet due.
  await expect(progress.nextReview).toContainText(ukDate(addMonths(reviewed, 6)));
  await progress.followNav('People');
  await expect(people.personItem(alex.name)).not.toContainText('Review');

  // Every 4 months: it was due a month ago.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setInterval(4);
  await expect(settings.saved).toBeVisible();
  await settings.followNav('People');
  await expect(people.personItem(alex.name)).toContainText('Review overdue');
  await people.personLink(alex.name).click();
  await expect(progress.nextReview).toContainText(ukDate(addMonths(reviewed, 4)));
});

test('the service is named and adds its own domains, which outcomes and unplanned outcomes offer', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  const path = await addPerson(page, samplePerson());
  const settings = new SettingsPage(page);
  await settings.open();
  for (const link of ['Aims and targets', 'Dashboard', 'Logic models', 'Reflections']) {
    await expect(page.getByRole('navigation', { name: 'The service' }).getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  await settings.name.fill('Riverside <Family> Support');
  // A built-in domain again, in other letters, is refused and the text kept.
  await settings.domains.fill('Education\nsafety');
  await settings.saveButton.click();
  await expect(settings.errorSummary).toContainText('"safety" is already a domain: list each domain once.');
  await expect(settings.domains).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.name).toHaveValue('Riverside <Family> Support');
  await settings.domains.fill('Education\n  Family time  ');
  await settings.saveButton.click();
  await expect(settings.saved).toBeVisible();
  await page.reload();
  await expect(settings.name).toHaveValue('Riverside <Family> Support');
  await expect(settings.domains).toHaveValue('Education\nFamily time');

  // The unplanned outcome form offers the service's domains after the built-in ones.
  await page.goto(`${path}/unplanned`);
  const domain = page.getByRole('combobox', { name: 'Domain (optional)', exact: true });
  // Read the options only once the form is there: straight after a navigation the page may not be drawn yet.
  await expect(domain.getByRole('option').last()).toHaveText('Family time');
  const options = await domain.getByRole('option').allTextContents();
  expect(options.slice(0, 1)).toEqual(['No domain']);
  expect(options.slice(-2)).toEqual(['Education', 'Family time']);
  expect(options).toContain('Safety');
});
