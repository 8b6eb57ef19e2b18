// Everything typed survives closing the browser and opening it again: the same browser
// profile (user data directory) is launched twice.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, watchPage } from './fixtures.mjs';
import { addPerson } from './pages/flows.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';

test('people are still there after the browser is closed and opened again', async ({ pageProblems }, testInfo) => {
  const { baseURL, launchOptions, viewport } = testInfo.project.use;
  const profile = mkdtempSync(path.join(tmpdir(), 'outcome-focus-profile-'));
  const open = async () => {
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport });
    const page = context.pages()[0] ?? (await context.newPage());
    watchPage(page, pageProblems);
    return { context, page };
  };
  try {
    let { context, page } = await open();
    await page.goto('/');
    await addPerson(page, { name: 'Remember Me', keyWorker: 'Sam Patel' });
    await context.close();

    ({ context, page } = await open());
    await page.goto('/');
    await expect(new PeoplePage(page).personLink('Remember Me')).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
