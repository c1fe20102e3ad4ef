/**
 * The one axe-core audit of the e2e tests: the WCAG 2.0, 2.1 and 2.2 A and AA rules on the page
 * as it is now. Each violation reads as "rule (impact): help — up to three elements".
 *
 * It runs axe in the page itself (legacy mode: no blank page opened per audit to merge frames'
 * results; the site has no cross-origin frame) and asks for details of violations only (axe
 * otherwise builds a selector for every node of every passing rule): about a third of the time of
 * the default (4.4 s → 1.3 s on a map page of 2,650 elements), which made the audits the longest
 * part of the suite. The rules run are the same (runOnly by tag), and the control test in
 * accessibility-phone.test.ts proves a violation is still reported.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels audited: A and AA of 2.0, 2.1 and 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe violations of the page as shown now, one line each (an empty list: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
