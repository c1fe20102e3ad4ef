/**
 * Page-weight budgets, counted in gzip bytes over every request a page makes (bytes are
 * deterministic, so they can be tests; timings live in `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { PHONE, newContext, transferGzip, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/data/load';

const h = useSiteAndBrowser();

const GUIDE_BUDGET = 40 * 1024;
/**
 * The map page at 390 px until idle: 40 KB on the latest month (48 units on their real boundaries),
 * 50 KB on an old one (143 units, district outlines and the mosaic).
 */
const MAP_BUDGET = 40 * 1024;
const OLD_MAP_BUDGET = 50 * 1024;

describe('page weight (gzip, all requests)', () => {
  it.each([
    '/huong-dan/cai-dat-android/',
    '/huong-dan/do-dung-cach/',
    '/huong-dan/doc-ket-qua/',
    '/huong-dan/hoi-dap/',
  ])('guide %s stays within 40 KB', async (path) => {
    expect(await transferGzip(h.browser, h.site, path)).toBeLessThanOrEqual(GUIDE_BUDGET);
  });

  it('the map page stays within 40 KB', async () => {
    expect(await transferGzip(h.browser, h.site, '/ban-do/')).toBeLessThanOrEqual(MAP_BUDGET);
  });

  it('the map of a month on the old units stays within 50 KB', async () => {
    const old = loadSiteData()
      .campaign.months.filter((m) => m.vintage === '2025-01')
      .at(-1);
    expect(old).toBeDefined();
    expect(await transferGzip(h.browser, h.site, `/ban-do/${old?.month}/`)).toBeLessThanOrEqual(OLD_MAP_BUDGET);
  });

  it('the map page loads one stylesheet, no Leaflet, no month switch and no months file before they are used', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(h.site.url('/ban-do/'), { waitUntil: 'networkidle' });
    expect(urls.filter((u) => u.endsWith('.css'))).toHaveLength(1);
    expect(urls.filter((u) => /map-zoom|leaflet|month-switch|thang\.json/.test(u))).toEqual([]);
    // The first sign of use (a pointer over the month navigation) fetches the switch and the months file.
    const months = page.waitForRequest(/\/thang\.json$/u);
    await page.hover('[data-month-select]');
    expect((await months).url()).toMatch(/\/du-lieu\/2025-07\/thang\.json$/u);
    await context.close();
  });
});
