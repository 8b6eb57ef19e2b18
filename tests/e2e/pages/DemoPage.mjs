import { expect } from '@playwright/test';
import { Shell } from './Shell.mjs';

// The demo page at /demo, and the banner every page shows while the demo is on.
export class DemoPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Try the demo', exact: true });
    this.startButton = this.main.getByRole('button', { name: 'Start the demo', exact: true });
    this.resetButton = this.main.getByRole('button', { name: 'Reset the demo', exact: true });
    this.leaveButton = this.main.getByRole('button', { name: 'Leave the demo', exact: true });
    this.banner = page.getByRole('region', { name: 'Demo', exact: true });
    this.bannerLeave = this.banner.getByRole('button', { name: 'Leave the demo', exact: true });
    this.bannerReset = this.banner.getByRole('link', { name: 'Reset the demo', exact: true });
  }

  async goto() {
    await this.page.goto('/demo');
    await expect(this.heading).toBeVisible();
  }

  /** Expects the banner that says the data is the demo's. */
  async expectBanner() {
    await expect(this.banner).toBeVisible();
    await expect(this.banner).toContainText('Demo data, not real people');
  }
}
