/**
 * The views of a month's map (issue 16): "Số mẫu" (default), "Theo nhịp hiện tại" (only for a
 * month in progress: the fixture's 2025-08, figures as of 20/08/2025) and "Trên 1.000 dân" (only
 * for the 2025-07 units, which have populations). They switch, each with its own legend; without
 * JavaScript every view is still a page of its own; axe passes with a card open. One unit checked
 * by hand: Xã An Biên (30985) had 234 samples by 20/08/2025, 53.784 residents.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { axeViolations } from './axe';

const h = useSiteAndBrowser();

const legendIds = (page: Page): Promise<string[]> =>
  page.$$eval('.map-side [data-band]', (els) => els.map((e) => (e as HTMLElement).dataset['band'] ?? ''));
const switchNames = (page: Page): Promise<string[]> =>
  page.locator('[data-view-switch] li:not([hidden]) a').allInnerTexts();

describe('the views of the map', () => {
  it('switch from the count view to pace and per 1,000, each with its own legend (JavaScript on)', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/2025-08/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    expect(await switchNames(page)).toEqual(['Số mẫu', 'Theo nhịp hiện tại', 'Trên 1.000 dân']);
    expect(await page.getAttribute('[data-view-switch] a[data-view="count"]', 'aria-current')).toBe('page');
    expect(await legendIds(page)).toEqual(['met', 'high', 'mid', 'low', 'none']);

    await page.click('[data-view-switch] a[data-view="pace"]');
    await page.waitForURL(/\/ban-do\/2025-08\/nhip-hien-tai\/$/u);
    await page.waitForSelector('[data-map-figure][data-ready]');
    expect(await legendIds(page)).toEqual(['met', 'on-track', 'behind', 'none']);
    expect(await page.getAttribute('path[data-code="30985"]', 'class')).toBe('pace-on-track');
    // The script keeps the server's pace colours (it does not recolour by count bands).
    expect(
      await page.$$eval(
        'path[data-code]',
        (ps) => ps.filter((p) => /band-/u.test(p.getAttribute('class') ?? '')).length,
      ),
    ).toBe(0);

    await page.click('[data-view-switch] a[data-view="perCapita"]');
    await page.waitForURL(/\/ban-do\/2025-08\/tren-1000-dan\/$/u);
    await page.waitForSelector('[data-map-figure][data-ready]');
    expect(await legendIds(page)).toEqual(['top', 'upper', 'lower', 'bottom', 'none']);
    expect(await page.locator('.map-side').innerText()).toContain('Dưới 5 mẫu trên 1.000 dân');
    expect(await page.locator('[data-population-source]').innerText()).toContain('sapnhap.bando.com.vn');
    expect(await page.getAttribute('path[data-code="30985"]', 'class')).toBe('per-capita-bottom');
    // A withheld population (Xã Hòa Thuận: 317 residents on 73,85 km²) gives no figure, never one from it.
    expect(await page.getAttribute('path[data-code="30949"]', 'class')).toBe('per-capita-none');
    await context.close();
  });

  it('offer pace only for a month in progress, per 1,000 only for units with populations', async () => {
    const context = await newContext(h.browser, DESKTOP, false);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/2025-07/'));
    expect(await switchNames(page)).toEqual(['Số mẫu', 'Trên 1.000 dân']);
    await page.goto(h.site.url('/ban-do/2025-06/'));
    expect(await page.locator('[data-view-switch]').isVisible()).toBe(false);
    const missing = await page.goto(h.site.url('/ban-do/2025-07/nhip-hien-tai/'));
    expect(missing?.status()).toBe(404);
    await context.close();
  });

  it('are reachable without JavaScript: links, a coloured SVG, the legend and the table', async () => {
    const context = await newContext(h.browser, PHONE, false);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/2025-08/'));
    expect(await page.isVisible('[data-view-switch] a[data-view="pace"]')).toBe(true);
    // The count table carries samples per 1,000 residents where a unit has a population.
    const anBien = page.locator('#bang-xa tr[data-code="30985"]');
    expect((await anBien.locator('[data-cell="per-thousand"]').textContent())?.trim()).toBe('4,4');
    expect(
      (await page.locator('#bang-xa tr[data-code="30949"] [data-cell="per-thousand"]').textContent())?.trim(),
    ).toBe('—');
    await page.click('[data-view-switch] a[data-view="pace"]');
    await page.waitForURL(/nhip-hien-tai\/$/u);
    expect(await page.getAttribute('path[data-code="30985"]', 'class')).toBe('pace-on-track');
    expect(await page.locator('path[data-code="30985"] title').textContent()).toBe(
      'Xã An Biên. Đến ngày 20/08/2025: 234 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 363 mẫu — đạt chỉ tiêu.',
    );
    expect(await legendIds(page)).toEqual(['met', 'on-track', 'behind', 'none']);
    const row = await page.locator('[data-view-table] tr[data-code="30985"]').innerText();
    // 234 so far; 234 ÷ 20 × 31 = 362,7 → 363; ⌈(300 − 234) ÷ 11⌉ = 6 a day.
    expect(row.replace(/\s+/gu, ' ')).toMatch(/234 .*363 .*6 .*Sẽ đạt/u);
    await page.click('[data-view-switch] a[data-view="perCapita"]');
    await page.waitForURL(/tren-1000-dan\/$/u);
    const perCapita = await page.locator('[data-view-table] tr[data-code="30985"]').innerText();
    expect(perCapita.replace(/\s+/gu, ' ')).toMatch(/234 .*53\.784 .*4,4 .*< 5/u);
    const withheld = await page.locator('[data-view-table] tr[data-code="30949"]').innerText();
    expect(withheld).toContain('—');
    expect(withheld).not.toContain('317');
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('pass axe with a commune card open, on the pace view at %s width', async (_name, viewport) => {
    const context = await newContext(h.browser, viewport);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/2025-08/nhip-hien-tai/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.fill('#tim-xa', 'an biên');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map-card]:not([hidden])');
    const notes = await page.locator('[data-card-notes]').innerText();
    expect(notes).toContain('theo nhịp hiện tại cuối tháng sẽ có khoảng 363 mẫu — đạt chỉ tiêu.');
    expect(notes).toContain('Trên 1.000 dân: 4,4 mẫu đo (số dân 53.784).');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('are said in sentences on the unit page, and the download page credits the population source', async () => {
    const context = await newContext(h.browser, PHONE, false);
    const page = await context.newPage();
    await page.goto(h.site.url('/xa/2025-07/30985/'));
    expect(await page.locator('[data-unit-pace]').innerText()).toBe(
      'Đến ngày 20/08/2025: 234 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 363 mẫu — đạt chỉ tiêu.',
    );
    expect(await page.locator('[data-unit-per-thousand]').innerText()).toBe(
      'Trên 1.000 dân: 4,4 mẫu đo (số dân 53.784).',
    );
    // The population's source is with the page's other sources, one tap away under the figure.
    await page.click('[data-unit-sources] summary');
    expect(await page.locator('[data-population-source]').innerText()).toContain('sapnhap.bando.com.vn');
    await page.goto(h.site.url('/xa/2025-07/30949/'));
    const withheld = await page.locator('[data-unit-per-thousand]').innerText();
    expect(withheld).toMatch(/^Trên 1\.000 dân: — \(Số dân ở nguồn quá thấp/u);
    expect(withheld).not.toContain('317');
    // An old unit: no defensible population, so "—"; its month is complete, so no pace.
    await page.goto(h.site.url('/xa/2025-01/30742/'));
    expect(await page.locator('[data-unit-per-thousand]').innerText()).toMatch(/^Trên 1\.000 dân: — /u);
    expect(await page.locator('[data-unit-pace]').count()).toBe(0);
    await page.goto(h.site.url('/du-lieu/'));
    expect(await page.locator('[data-csv-population]').innerText()).toContain('sapnhap.bando.com.vn');
    await context.close();
  });
});
