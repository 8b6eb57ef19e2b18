// The axe-core check shared by the accessibility specs: no WCAG 2.2 A/AA violations.
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page as it is now and fails, listing each violation, if it finds any. */
export async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}
