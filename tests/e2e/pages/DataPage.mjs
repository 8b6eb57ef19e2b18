import { expect } from '@playwright/test';
import fs from 'node:fs/promises';
import { Shell } from './Shell.mjs';

// "Your data" (/data): backup, restore, storage, and wiping this device.
export class DataPage extends Shell {
  constructor(page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Your data', exact: true });
    this.dataNavLink = this.nav.getByRole('link', { name: 'Data', exact: true });
    this.lastBackup = this.main.getByText(/^Last backup: /);
    this.exportButton = this.main.getByRole('button', { name: 'Export backup', exact: true });
    this.backupFile = this.main.getByLabel('Backup file', { exact: true });
    this.fileError = this.main.locator('#backup-file-error');
    this.preview = this.main.getByRole('region', { name: 'What this backup holds' });
    this.mergeButton = this.main.getByRole('button', { name: 'Merge', exact: true });
    this.replaceButton = this.main.getByRole('button', { name: 'Replace', exact: true });
    this.replaceDialog = page.getByRole('dialog', { name: 'Replace everything in this browser?' });
    this.confirmReplace = this.replaceDialog.getByRole('button', { name: 'Replace all data', exact: true });
    this.persistence = this.main.locator('#persistence');
    this.storageUse = this.main.locator('#storage-use');
    this.meter = this.main.getByRole('meter', { name: 'Storage' });
    this.deviceSpace = this.main.locator('#device-space');
    this.measureButton = this.main.getByRole('button', { name: 'Measure the space left exactly', exact: true });
    this.stopMeasuringButton = this.main.getByRole('button', { name: 'Stop measuring', exact: true });
    this.measuring = this.main.getByRole('progressbar', { name: 'Measuring the space left', exact: true });
    this.wipeConfirm = this.main.getByLabel('Type WIPE to confirm', { exact: true });
    this.wipeButton = this.main.getByRole('button', { name: 'Wipe this device', exact: true });
  }

  async goto() {
    await this.page.goto('/data');
    await expect(this.heading).toBeVisible();
  }

  /** Clicks `Export backup` and returns the downloaded file's name and text. */
  async exportBackup(click = () => this.exportButton.click()) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const text = await fs.readFile(await download.path(), 'utf8');
    return { name: download.suggestedFilename(), text };
  }

  /** Chooses a backup file with this text (or buffer). */
  async choose(text, name = 'backup.json') {
    await this.backupFile.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** A list of people in the preview ("New people", "In both", "Only in this browser"). */
  previewList(title) {
    return this.preview.getByRole('list', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
  }

  async wipe(word = 'WIPE') {
    await this.wipeConfirm.fill(word);
    await this.wipeButton.click();
  }

  /** The keys of local storage a measurement of the space left writes for a moment. */
  async probeKeys() {
    return this.page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('probe')));
  }

  /** Every key of local storage and its value. */
  async allStored() {
    return this.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  }

  /** The app's records: its keys except the device's own notes. */
  async records() {
    const all = await this.storedEntries('outcome-focus/');
    delete all['outcome-focus/device'];
    return all;
  }
}
