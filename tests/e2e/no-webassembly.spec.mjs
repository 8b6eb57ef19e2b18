// A browser whose security mode turns WebAssembly off (as some lockdown modes do: the
// `WebAssembly` object is simply absent) cannot run the app: the page says so, and that the
// records are safe, rather than blaming the connection or staying blank.
// Playwright's own `test`: the app's start script fails here by design, which the shared
// fixture would report as an error of the page.
import { test, expect } from '@playwright/test';

test('with WebAssembly turned off the page says why the app cannot run', async ({ page }) => {
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto('/');
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('WebAssembly is turned off');
  await expect(alert).toContainText('Your saved records are safe in this browser');
  await expect(alert).not.toContainText('connection');
  await expect(alert).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(0);
});
