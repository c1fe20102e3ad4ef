/**
 * The map page in use, audited: axe with the search results open, with a commune's card open
 * after zooming (Leaflet loaded), and after an in-place month switch, at phone and desktop widths.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('the map page in use at %s width', (_name, viewport) => {
  it('has no axe violations with results open, with a card open, and after a month switch', async () => {
    const context = await newContext(h.browser, viewport);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.fill('#tim-xa', 'vinh');
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    expect(await page.isVisible('[data-map-card]')).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.click('[data-month-nav] a[data-role="prev"]');
    await page.waitForURL(/\/ban-do\/\d{4}-\d{2}\/$/);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
