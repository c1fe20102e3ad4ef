/**
 * axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) over the built pages, at phone and desktop widths,
 * with JavaScript on (so the interactive map and the enhanced tables are audited too). One test
 * file per width (accessibility-phone, accessibility-desktop): the audit is the longest part of
 * the suite, and as two files it runs on both workers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { newContext, useSiteAndBrowser } from './harness';

/** Registers the audit of `pages` at one viewport. */
export function auditPagesAt(width: string, viewport: { width: number; height: number }, pages: string[]): void {
  const h = useSiteAndBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(h.browser, viewport);
  });

  describe(`accessibility at ${width} width`, () => {
    it.each(pages)('%s has no axe violations', async (path) => {
      const page = await context.newPage();
      await page.goto(h.site.url(path));
      if (await page.$('[data-map-figure]')) await page.waitForSelector('[data-map-figure][data-ready]');
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      await page.close();
      const summary = result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  });
}
