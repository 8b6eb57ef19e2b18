// The site header: on a phone the main menu folds behind a `Menu` disclosure, so the header
// is one short row; at desktop widths the eight links stay on one line. And the demo's
// banner sits in the page's flow: it never covers the page it is on.
import { test, expect } from './fixtures.mjs';
import { DemoPage } from './pages/DemoPage.mjs';
import { LearnPage } from './pages/LearnPage.mjs';
import { PeoplePage } from './pages/PeoplePage.mjs';

const LINKS = ['People', 'Add person', 'Trigger cards', 'Service', 'Dashboard', 'Learn', 'Try the demo', 'Data'];

for (const [width, height] of [[320, 568], [360, 740]]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height } });

    test('the menu is folded behind a Menu button and the header is at most 64 px tall', async ({ page }) => {
      const people = new PeoplePage(page);
      await people.goto();
      const button = people.menuButton;
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const controlled = await button.getAttribute('aria-controls');
      const list = page.locator(`#${controlled}`);
      await expect(list).toBeHidden();
      for (const name of LINKS) await expect(people.nav.getByRole('link', { name, exact: true })).toBeHidden();
      const header = await people.header.boundingBox();
      expect(header.height).toBeLessThanOrEqual(64);
      expect(await people.scrollsHorizontally()).toBe(false);

      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(list).toBeVisible();
      for (const name of LINKS) {
        const link = people.nav.getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        const box = await link.boundingBox();
        expect(box.height, `${name} is a big enough target`).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width, `${name} fits the screen`).toBeLessThanOrEqual(width);
      }
      expect(await people.scrollsHorizontally()).toBe(false);
      // Pressed again, it folds.
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(list).toBeHidden();
    });

    test('by keyboard: Enter opens the menu, Tab reaches its links, Escape folds it and returns to the button', async ({ page }) => {
      const people = new PeoplePage(page);
      await people.goto();
      await people.menuButton.focus();
      await page.keyboard.press('Enter');
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(people.nav.getByRole('link', { name: 'People', exact: true })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(people.nav.getByRole('link', { name: 'Add person', exact: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(people.menuButton).toBeFocused();
      await expect(people.nav.getByRole('link', { name: 'Add person', exact: true })).toBeHidden();
      // Space opens it too, as on any button.
      await page.keyboard.press('Space');
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'true');
    });

    test('following a link folds the menu, on the new page and on the page already shown', async ({ page }) => {
      const people = new PeoplePage(page);
      await people.goto();
      await people.followNav('Learn');
      await expect(new LearnPage(page).heading).toBeVisible();
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(people.nav.getByRole('link', { name: 'People', exact: true })).toBeHidden();
      await people.followNav('Learn');
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'false');
      // Back, too, leaves it folded.
      await people.openMenu();
      await page.goBack();
      await expect(people.heading).toBeVisible();
      await expect(people.menuButton).toHaveAttribute('aria-expanded', 'false');
    });
  });
}

test.describe('at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the eight links show on one line, with no Menu button', async ({ page }) => {
    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.menuButton).toBeHidden();
    const tops = new Set();
    for (const name of LINKS) {
      const link = people.nav.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      tops.add(Math.round((await link.boundingBox()).y));
    }
    expect([...tops], 'every link on the same line').toHaveLength(1);
    expect((await people.header.boundingBox()).height).toBeLessThanOrEqual(64);
  });
});

test.describe('the demo at 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the banner covers no heading, scrolls away with the page, and with the header takes under 140 px', async ({ page }) => {
    const demo = new DemoPage(page);
    await demo.goto();
    await demo.startButton.click();
    await demo.expectBanner();
    for (const path of ['/', '/service/dashboard', '/learn', '/data']) {
      await page.goto(path);
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      await demo.expectBanner();
      // Banner and header together: what stands above the page.
      const top = await page.getByRole('main').evaluate((main) => main.getBoundingClientRect().top);
      expect(top, `banner and header on ${path}`).toBeLessThan(140);
      expect(await headingUncovered(heading), `the heading on ${path} is not covered`).toBe(true);
      // Scrolled to the top of the window (where a pinned banner would sit over it), the
      // heading is still what shows there.
      await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
      expect(await headingUncovered(heading), `the heading on ${path}, scrolled to the top`).toBe(true);
      const scrolled = await page.evaluate(() => window.scrollY);
      const bannerBottom = await demo.banner.evaluate((b) => b.getBoundingClientRect().bottom);
      if (scrolled > 140) expect(bannerBottom, `the banner on ${path} scrolled away`).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
});

/** Whether what is drawn at the centre of `heading` is the heading itself (or its text). */
function headingUncovered(heading) {
  return heading.evaluate((h) => {
    const box = h.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === h || h.contains(hit));
  });
}
