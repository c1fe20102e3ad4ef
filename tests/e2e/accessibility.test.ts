/**
 * axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) over the built pages, at phone and desktop widths,
 * with JavaScript on (so the interactive map and the enhanced tables are audited too).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { pagesToAudit } from './pages';

const h = useSiteAndBrowser();
const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
  contexts['phone'] = await newContext(h.browser, PHONE);
  contexts['desktop'] = await newContext(h.browser, DESKTOP);
});

const pages = pagesToAudit();

describe.each(['phone', 'desktop'])('accessibility at %s width', (width) => {
  it.each(pages)('%s has no axe violations', async (path) => {
    const page = await contexts[width]!.newPage();
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
