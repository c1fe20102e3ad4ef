/**
 * The interactive map in real Chromium: one shape per commune, colours as the data says, month
 * switch without reload, legend counts, keyboard access, and the no-JavaScript fallback.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/load';
import { monthPage } from '../../src/lib/routes';
import type { MonthView } from '../../src/lib/map-view';
import { band, BANDS } from '../../src/lib/palette';

// The fixture data (tests/fixtures/site): the two latest months on the 2025-07 units, an older
// one on the 2025-01 units. Found by vintage, not by position, so the fixture can grow.
const { campaign } = loadSiteData();
const current = campaign.months.filter((m) => m.vintage === '2025-07');
const old = campaign.months.filter((m) => m.vintage === '2025-01');

/** A month of the fixture; fails loudly when the fixture lacks it. */
function pick<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the e2e fixture has no ${what}: see tests/fixtures/site`);
  return value;
}
const latest = pick(campaign.months.at(-1), 'month');
const earlier = pick(current.at(-2), 'second month on the 2025-07 units');
const older = pick(old.at(-1), 'month on the 2025-01 units');

/** The month view, read on its own vintage like the pages do. */
function viewOf(monthKey: string): MonthView {
  return pick(monthPage(monthKey), `month ${monthKey}`).view;
}

/** Expected fill colour per commune code for a month, from the data itself. */
function expectedFills(monthKey: string): Record<string, string> {
  return Object.fromEntries(viewOf(monthKey).rows.map((r) => [r.unit.code, band(r.band).colour]));
}

async function leafletFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-map-mount] path[data-code]', (paths) =>
    Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', p.getAttribute('fill') ?? ''])),
  );
}

const h = useSiteAndBrowser();

describe('interactive commune map', () => {
  it('draws the 48 real polygons of the 2025-07 units on the latest month, coloured as it says', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const fills = await leafletFills(page);
    const codes = viewOf(latest.month).units.units.map((u) => u.code);
    expect(codes).toHaveLength(48);
    expect(Object.keys(fills).sort()).toEqual([...codes].sort());
    expect(fills).toEqual(expectedFills(latest.month));
    expect(await page.textContent('[data-map-figure] figcaption')).toContain('ranh giới thật');
    await context.close();
  });

  it('draws the 143 mosaic tiles of the 2025-01 units on a month before July 2025', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(`/ban-do/${older.month}/`));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const fills = await leafletFills(page);
    expect(Object.keys(fills)).toHaveLength(143);
    expect(fills).toEqual(expectedFills(older.month));
    expect(await page.textContent('[data-map-figure] figcaption')).toContain('ô vuông');
    await context.close();
  });

  it('loads the other page when the month is on another vintage, and the map follows its units', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    const first = pick(current.at(0), 'first month on the 2025-07 units');
    await page.goto(h.site.url(`/ban-do/${first.month}/`));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.click('[data-month-nav] a[data-role="prev"]');
    await page.waitForURL(`**/ban-do/${older.month}/`);
    await page.waitForSelector('[data-map-figure][data-ready][data-vintage="2025-01"]');
    expect(await leafletFills(page)).toEqual(expectedFills(older.month));
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(143);
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
    const view = viewOf(earlier.month);
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
    const units = viewOf(latest.month).units.units;
    const nameOf = (code: string | null | undefined) =>
      pick(
        units.find((u) => u.code === code),
        `unit ${code}`,
      ).name;
    expect(info).toContain(nameOf(first));
    expect(info).toMatch(/chỉ tiêu|chưa có số liệu/);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    expect(await page.textContent('[data-map-info]')).toContain(nameOf(second));
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
    // The server SVG colours communes by band class (no fill attribute): compare the computed fill.
    const svgFills = await page.$$eval('[data-map-svg] path[data-code]', (paths) =>
      Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', getComputedStyle(p).fill])),
    );
    const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(svgFills).toEqual(
      Object.fromEntries(Object.entries(expectedFills(earlier.month)).map(([code, hex]) => [code, rgb(hex)])),
    );
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(viewOf(earlier.month).rows.length);
    await context.close();
  });
});
