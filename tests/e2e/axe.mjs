// The axe-core check shared by the accessibility specs: no WCAG 2.2 A/AA violations, and,
// where a spec asks for it, none of axe's best practices either.
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** WCAG and axe's best practices (unique landmarks, one main, headings in order…). */
export const ALL_TAGS = [...WCAG_TAGS, 'best-practice'];

/** The violations axe finds on the page as it is now, each as one readable line per place. */
export async function violations(page, tags = WCAG_TAGS) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
  );
}

/** Runs axe on the page as it is now and fails, listing each violation, if it finds any. */
export async function expectNoViolations(page, what, tags = WCAG_TAGS) {
  expect(await violations(page, tags), `axe violations on ${what}`).toEqual([]);
}
