/**
 * The interactive map in real Chromium: one shape per commune, colours as the data says, month
 * switch without reload, legend counts, keyboard access, and the no-JavaScript fallback.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/load';
import { monthView } from '../../src/lib/map-view';
import { band, BANDS } from '../../src/lib/palette';

const { campaign, units } = loadSiteData('data');
const latest = campaign.months.at(-1)!;
const earlier = campaign.months.at(-4)!;

/** Expected fill colour per commune code for a month, from the data itself. */
function expectedFills(monthKey: string): Record<string, string> {
  const view = monthView(
    campaign,
    units,
    campaign.months.find((m) => m.month === monthKey)!,
  );
  return Object.fromEntries(view.rows.map((r) => [r.unit.code, band(r.band).colour]));
}

async function leafletFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-map-mount] path[data-code]', (paths) =>
    Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', p.getAttribute('fill') ?? ''])),
  );
}

const h = useSiteAndBrowser();

describe('interactive commune map', () => {
  it('draws exactly one shape per commune of the unit list, coloured as the latest month says', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const fills = await leafletFills(page);
    expect(Object.keys(fills).sort()).toEqual(units.units.map((u) => u.code).sort());
    expect(fills).toEqual(expectedFills(latest.month));
    await context.close();
  });

  it('switches month without reloading, updates the URL, the colours and the legend counts', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.click('[data-month-nav] summary');
    await page.click(`[data-month-nav] a[data-role="list"][data-month="${earlier.month}"]`);
    await page.waitForURL(`**/ban-do/${earlier.month}/`);
    await page.waitForFunction(
      (m) => document.querySelector('[data-map-island]')?.textContent?.includes(`"${m}"`),
      earlier.month,
    );
    // Same document: the marker survived, so the page did not reload.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await leafletFills(page)).toEqual(expectedFills(earlier.month));
    const view = monthView(campaign, units, earlier);
    const pairs = await page.$$eval('[data-month-region="legend"] [data-band]', (items) =>
      items.map((li): [string, string] => [
        li.getAttribute('data-band') ?? '',
        li.querySelector('[data-band-count]')?.textContent ?? '',
      ]),
    );
    const legend = Object.fromEntries(pairs);
    for (const b of BANDS) expect(legend[b.id]).toBe(new Intl.NumberFormat('vi-VN').format(view.summary.bands[b.id]));
    expect(
      await page.getAttribute(`[data-month-nav] a[data-role="list"][data-month="${earlier.month}"]`, 'aria-current'),
    ).toBe('page');
    // Back button returns to the latest month's colours.
    await page.goBack();
    await page.waitForFunction(
      (m) => document.querySelector('[data-map-island]')?.textContent?.includes(`"${m}"`),
      latest.month,
    );
    expect(await leafletFills(page)).toEqual(expectedFills(latest.month));
    await context.close();
  });

  it('reaches communes with the keyboard and says their name, district, count and share of target', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.focus('[data-map-mount] path[tabindex="0"]');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    const info = await page.textContent('[data-map-info]');
    const unit = units.units.find((u) => u.code === first)!;
    expect(info).toContain(unit.name);
    expect(info).toMatch(/chỉ tiêu|chưa có số liệu/);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    expect(await page.textContent('[data-map-info]')).toContain(units.units.find((u) => u.code === second)!.name);
    // Only one shape is in the Tab order (roving tabindex), so the map is one Tab stop.
    expect(await page.$$eval('[data-map-mount] path[tabindex="0"]', (p) => p.length)).toBe(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows the server-rendered SVG map and a table of every commune', async () => {
    const context = await newContext(h.browser, PHONE, false);
    const page = await context.newPage();
    await page.goto(h.site.url(`/ban-do/${earlier.month}/`));
    expect(await page.isVisible('[data-map-svg]')).toBe(true);
    const svgFills = await page.$$eval('[data-map-svg] path[data-code]', (paths) =>
      Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', p.getAttribute('fill') ?? ''])),
    );
    expect(svgFills).toEqual(expectedFills(earlier.month));
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(units.units.length);
    await context.close();
  });
});
