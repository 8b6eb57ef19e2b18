import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// A person's progress in charts at /people/<id>/progress, and the pieces of a chart
// (a figure with a heading, a caption, the picture, a table and Download SVG) that the
// printable report shares.
export class ProgressPage extends Shell {
  constructor(page) {
    super(page);
    this.respondent = this.main.getByLabel('Whose readings');
    this.printReportLink = this.main.getByRole('link', { name: 'Print report' });
  }

  heading(name) {
    return this.main.getByRole('heading', { level: 1, name: `Progress: ${name}`, exact: true });
  }

  /** Opens it from the person's page. */
  async openFromPerson(name) {
    await this.main.getByRole('link', { name: 'Progress charts' }).click();
    await expect(this.heading(name)).toBeVisible();
  }

  /** The chart whose heading starts with `heading`. */
  figure(heading) {
    return this.main
      .getByRole('figure')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: heading }) });
  }

  /** The finding in words under a chart's heading. */
  caption(figure) {
    return figure.locator('figcaption');
  }

  /** The chart's picture: an SVG image named by its title, which holds the caption. */
  picture(figure) {
    return figure.getByRole('img');
  }

  /** The cells of the table row whose header is `rowHeader`, as text. */
  async row(figure, rowHeader) {
    const row = figure.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) });
    await expect(row).toHaveCount(1);
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  /** Clicks the chart's Download SVG and returns the file's name and text. */
  async downloadSvg(figure) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      figure.getByRole('button', { name: /^Download SVG/ }).click(),
    ]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    return { name: download.suggestedFilename(), text };
  }
}
