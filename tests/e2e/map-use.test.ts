/**
 * The map page in use, audited: axe with the search results open, with a commune's card open
 * after zooming (Leaflet loaded), and after an in-place month switch, at phone and desktop widths.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { axeViolations } from './axe';

const h = useSiteAndBrowser();

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
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    expect(await page.isVisible('[data-map-card]')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-month-nav] a[data-role="prev"]');
    await page.waitForURL(/\/ban-do\/\d{4}-\d{2}\/$/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
