/**
 * The map page in real Chromium, at phone and desktop widths: one drawing (the page's SVG, no
 * geometry download), colours as the data says, in-place month switch from the months file (and
 * what happens when it cannot load), the commune card by tap, keyboard and search, and the
 * no-JavaScript fallback.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/data/load';
import { monthPage } from '../../src/lib/site/routes';
import type { MonthView } from '../../src/lib/model/map-view';
import { BANDS } from '../../src/lib/model/bands';
import { BAND_SWATCHES } from '../../src/lib/render/palette';
import { formatNumber } from '../../src/lib/text/format';

// The fixture data (tests/fixtures/site): the two latest months on the 2025-07 units, older ones
// on the 2025-01 units. Found by vintage, not by position, so the fixture can grow.
const { campaign } = loadSiteData();
const current = campaign.months.filter((m) => m.vintage === '2025-07');
const old = campaign.months.filter((m) => m.vintage === '2025-01');

/** A value of the fixture; fails loudly when the fixture lacks it. */
function pick<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`the e2e fixture has no ${what}: see tests/fixtures/site`);
  return value;
}
const latest = pick(campaign.months.at(-1), 'month');
const earlier = pick(current.at(-2), 'second month on the 2025-07 units');
const older = pick(old.at(-1), 'month on the 2025-01 units');

/** The month view, read on its own vintage like the pages do. */
function viewOf(monthKey: string): MonthView {
  return pick(monthPage(monthKey), `month ${monthKey}`).view;
}

/** Expected band class per commune code for a month, from the data itself. */
function expectedBands(monthKey: string): Record<string, string> {
  return Object.fromEntries(viewOf(monthKey).rows.map((r) => [r.unit.code, `band-${r.band}`]));
}

/** The band class of every commune shape of the page's drawing. */
async function drawnBands(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-map-svg] path[data-code]', (paths) =>
    Object.fromEntries(
      paths.map((p) => [p.getAttribute('data-code') ?? '', [...p.classList].find((c) => c.startsWith('band-')) ?? '']),
    ),
  );
}

const h = useSiteAndBrowser();

/** Every commune shape's code → its classes but the interaction states (`is-chosen`), run in the page. */
function classesOf(paths: Element[]): Record<string, string> {
  const drawn = (p: Element) => [...p.classList].filter((c) => !c.startsWith('is-')).join(' ');
  return Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', drawn(p)]));
}

/** The classes of the commune shapes in the server's HTML of a month's map page (no script run). */
async function serverClasses(monthKey: string): Promise<Record<string, string>> {
  const html = await (await fetch(h.site.url(`/ban-do/${monthKey}/`))).text();
  const shapes = [...html.matchAll(/<path\b[^>]*\bdata-code="(\d+)"[^>]*>/g)];
  const classOf = (tag: string) => /\bclass="([^"]*)"/.exec(tag)?.[1] ?? '';
  expect(shapes.length).toBeGreaterThan(0);
  return Object.fromEntries(shapes.map((m) => [m[1] ?? '', classOf(m[0])]));
}

async function open(browser: Browser, path: string, viewport: { width: number; height: number } = DESKTOP) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(h.site.url(path));
  await page.waitForSelector('[data-map-figure][data-ready]');
  return { context, page, requests };
}

describe('one drawing of the geometry', () => {
  it('draws the 48 real polygons of the 2025-07 units once, coloured as the latest month says', async () => {
    const { context, page, requests } = await open(h.browser, '/ban-do/');
    const codes = viewOf(latest.month).units.units.map((u) => u.code);
    expect(codes).toHaveLength(48);
    expect(await page.locator('svg[data-map-svg]').count()).toBe(1);
    const bands = await drawnBands(page);
    expect(Object.keys(bands).sort()).toEqual([...codes].sort());
    expect(bands).toEqual(expectedBands(latest.month));
    expect(await page.textContent('[data-map-figure] figcaption')).toContain('ranh giới thật');
    // Zooming loads Leaflet, which pans and zooms that same SVG: still one drawing, no geometry fetched.
    await page.click('[data-zoom="in"]');
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    expect(await page.locator('svg[data-map-svg]').count()).toBe(1);
    expect(await page.locator('.leaflet-overlay-pane svg[data-map-svg]').count()).toBe(1);
    expect(await page.locator('[data-map-figure] path').count()).toBe(
      await page.locator('svg[data-map-svg] path').count(),
    );
    expect(requests.filter((u) => /topojson|geojson/.test(u))).toEqual([]);
    await context.close();
  });

  it('draws the 143 mosaic tiles of the 2025-01 units on a month before July 2025', async () => {
    const { context, page, requests } = await open(h.browser, `/ban-do/${older.month}/`);
    const bands = await drawnBands(page);
    expect(Object.keys(bands)).toHaveLength(143);
    expect(bands).toEqual(expectedBands(older.month));
    expect(await page.textContent('[data-map-figure] figcaption')).toContain('ô vuông');
    expect(requests.filter((u) => u.endsWith('.topojson'))).toEqual([]);
    await context.close();
  });
});

describe('month switch', () => {
  it('loads the other page when the month is on another vintage, and the map follows its units', async () => {
    const first = pick(current.at(0), 'first month on the 2025-07 units');
    const { context, page } = await open(h.browser, `/ban-do/${first.month}/`);
    await page.click('[data-month-nav] a[data-role="prev"]');
    await page.waitForURL(`**/ban-do/${older.month}/`);
    await page.waitForSelector('[data-map-figure][data-ready][data-vintage="2025-01"]');
    expect(await drawnBands(page)).toEqual(expectedBands(older.month));
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(143);
    await context.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`switches in place at ${viewport.width} px: drawing, legend, figures, table, title, URL; Back restores`, async () => {
      const { context, page, requests } = await open(h.browser, '/ban-do/', viewport);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      // Choose a commune first: it stays chosen, its card follows the month.
      const code = pick(viewOf(latest.month).rows[0], 'row').unit.code;
      await page.dispatchEvent(`[data-map-svg] path[data-code="${code}"]`, 'click');
      await page.selectOption('[data-month-select]', earlier.month);
      await page.waitForURL(`**/ban-do/${earlier.month}/`);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      expect(await drawnBands(page)).toEqual(expectedBands(earlier.month));
      // The browser recoloured every shape with exactly the classes the server writes for that month.
      expect(await page.$$eval('[data-map-svg] path[data-code]', classesOf)).toEqual(
        await serverClasses(earlier.month),
      );
      // …and that class is the colour on screen (band-css.ts gives each band class its fill).
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      const colourOf = Object.fromEntries(BANDS.map((b) => [`band-${b.id}`, rgb(BAND_SWATCHES[b.id].colour)]));
      const computed = await page.$$eval('[data-map-svg] path[data-code]', (paths) =>
        Object.fromEntries(paths.map((p) => [p.getAttribute('data-code') ?? '', getComputedStyle(p).fill])),
      );
      expect(computed).toEqual(
        Object.fromEntries(Object.entries(expectedBands(earlier.month)).map(([c, b]) => [c, colourOf[b]])),
      );
      const view = viewOf(earlier.month);
      const legend = Object.fromEntries(
        await page.$$eval('[data-month-region="legend"] [data-band]', (items) =>
          items.map((li): [string, string] => [
            li.getAttribute('data-band') ?? '',
            li.querySelector('[data-band-count]')?.textContent ?? '',
          ]),
        ),
      );
      for (const b of BANDS) expect(legend[b.id]).toBe(formatNumber(view.summary.bands[b.id]));
      expect(await page.textContent('[data-stat-value="met"]')).toBe(formatNumber(view.summary.met));
      expect(await page.textContent('[data-stat-value="samples"]')).toBe(formatNumber(view.summary.samples));
      expect(await page.textContent('h1')).toContain(`tháng ${Number(earlier.month.slice(5))}/`);
      expect(await page.title()).toContain(`tháng ${Number(earlier.month.slice(5))}/`);
      const row = pick(
        view.rows.find((r) => r.unit.code === code),
        'row',
      );
      expect(await page.textContent(`#bang-xa tr[data-code="${code}"] [data-cell="count"]`)).toBe(
        row.count === undefined ? '–' : formatNumber(row.count),
      );
      expect(await page.isVisible('[data-map-card]')).toBe(true);
      expect(await page.textContent('[data-card-count]')).toBe(
        row.count === undefined ? 'Chưa có số liệu' : `${formatNumber(row.count)} mẫu đo`,
      );
      // The share box follows the month shown: link, share button, embed code, share image.
      const shown = `/ban-do/${earlier.month}/`;
      expect(await page.inputValue('#share-link')).toMatch(new RegExp(`${shown}$`));
      expect(await page.getAttribute('[data-share-button]', 'data-url')).toMatch(new RegExp(`${shown}$`));
      expect(await page.inputValue('#embed-code')).toContain(`/nhung/ban-do/${earlier.month}/"`);
      expect(await page.inputValue('#embed-code-latest')).toMatch(/\/nhung\/ban-do\/"/);
      expect(await page.getAttribute('a[href*="anh-chia-se-"]', 'href')).toContain(`anh-chia-se-${earlier.month}.png`);
      expect(await page.textContent('label[for="embed-code"]')).toContain(`tháng ${Number(earlier.month.slice(5))}/`);
      // No second page was loaded to switch: only the months file.
      expect(requests.filter((u) => u.includes('/ban-do/') && !u.endsWith('/ban-do/'))).toEqual([]);
      expect(requests.filter((u) => u.endsWith('/thang.json'))).toHaveLength(1);
      await page.goBack();
      await page.waitForFunction((m) => !location.pathname.includes(m), earlier.month);
      await page.waitForFunction(
        (t) => document.querySelector('h1')?.textContent?.includes(t),
        `tháng ${Number(latest.month.slice(5))}/`,
      );
      expect(await drawnBands(page)).toEqual(expectedBands(latest.month));
      await context.close();
    });
  }

  it('says so when the months file cannot load, and the page stays usable', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.route('**/thang.json', (r) => r.abort());
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    await page.click('[data-month-nav] a[data-role="prev"]');
    await page.waitForSelector('[data-month-status].is-error');
    expect(await page.textContent('[data-month-status]')).toContain('Không tải được số liệu');
    expect(page.url()).toMatch(/\/ban-do\/$/);
    expect(await drawnBands(page)).toEqual(expectedBands(latest.month));
    expect(await page.inputValue('[data-month-select]')).toBe(latest.month);
    // Still usable: a commune still opens its card.
    const code = pick(viewOf(latest.month).rows[1], 'row').unit.code;
    await page.dispatchEvent(`[data-map-svg] path[data-code="${code}"]`, 'click');
    expect(await page.isVisible('[data-map-card]')).toBe(true);
    await context.close();
  });
});

describe('finding a commune', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`finds "vinh hoa" without diacritics at ${viewport.width} px, zooms to it and shows its card`, async () => {
      const { context, page } = await open(h.browser, '/ban-do/', viewport);
      await page.fill('#tim-xa', 'vinh hoa');
      const options = await page.$$eval('#tim-xa-ket-qua [role="option"]', (o) => o.map((li) => li.textContent));
      expect(options.slice(0, 2).sort()).toEqual(['Xã Vĩnh Hòa', 'Xã Vĩnh Hòa Hưng']);
      expect(await page.getAttribute('#tim-xa', 'aria-expanded')).toBe('true');
      expect(await page.textContent('[data-search-status]')).toMatch(/kết quả/);
      const target = options.indexOf('Xã Vĩnh Hòa Hưng');
      for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
      const active = await page.getAttribute('#tim-xa', 'aria-activedescendant');
      expect(await page.textContent(`#${active ?? ''}`)).toBe('Xã Vĩnh Hòa Hưng');
      await page.keyboard.press('Enter');
      expect(await page.textContent('[data-card-name]')).toBe('Xã Vĩnh Hòa Hưng');
      expect(await page.textContent('[data-card-gap]')).toMatch(/Còn thiếu \d+ mẫu đo|Đã đạt chỉ tiêu/);
      const code = pick(
        viewOf(latest.month).units.units.find((u) => u.name === 'Xã Vĩnh Hòa Hưng'),
        'Xã Vĩnh Hòa Hưng',
      ).code;
      expect(await page.getAttribute('[data-card-link]', 'href')).toMatch(new RegExp(`/xa/2025-07/${code}/$`));
      await page.waitForSelector('[data-map-figure][data-zoom-ready]');
      // Leaflet animates the zoom: wait for the chosen unit to grow, as long as that takes.
      const side = async (): Promise<number> => {
        const box = pick(await page.locator(`path[data-code="${code}"]`).boundingBox(), 'box');
        return Math.max(box.width, box.height);
      };
      await expect.poll(side, { timeout: 10_000 }).toBeGreaterThanOrEqual(44);
      expect(await page.getAttribute(`path[data-code="${code}"]`, 'class')).toContain('is-chosen');
      await context.close();
    });
  }

  it('finds "rach gia" and an old name, and says what the unit was called', async () => {
    const { context, page } = await open(h.browser, '/ban-do/', PHONE);
    await page.fill('#tim-xa', 'rach gia');
    expect(await page.textContent('#tim-xa-ket-qua [role="option"]')).toBe('Phường Rạch Giá');
    await page.fill('#tim-xa', 'Thạnh Yên');
    const first = await page.textContent('#tim-xa-ket-qua [role="option"]');
    expect(first).toBe('Xã Vĩnh Hòa (trước đây: Xã Thạnh Yên)');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-card-name]')).toBe('Xã Vĩnh Hòa');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('shows a name written with markup as text, in results and in the card', async () => {
    const { context, page } = await open(h.browser, '/ban-do/', PHONE);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = pick(
      viewOf(latest.month).units.units.find((u) => u.code === '31105'),
      'unit 31105 named with markup',
    ).name;
    expect(hostile).toContain('<img src=x onerror=alert(1)>');
    await page.fill('#tim-xa', 'onerror');
    expect(await page.textContent('#tim-xa-ket-qua [role="option"]')).toBe(hostile);
    expect(await page.locator('#tim-xa-ket-qua img').count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-card-name]')).toBe(hostile);
    expect(await page.textContent('[data-card-link]')).toContain(hostile);
    expect(await page.locator('[data-map-card] img, [data-map-figure] img').count()).toBe(0);
    await page.hover('[data-map-svg] path[data-code="31105"]', { force: true });
    expect(await page.textContent('[data-map-info]')).toContain('<img src=x');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('reaches a commune card with the keyboard only: one Tab stop, arrows, Enter', async () => {
    const { context, page } = await open(h.browser, '/ban-do/', PHONE);
    await page.focus('#tim-xa');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-code'))) break;
    }
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(first).toMatch(/^\d{5}$/);
    const units = viewOf(latest.month).units.units;
    const nameOf = (code: string | null | undefined) =>
      pick(
        units.find((u) => u.code === code),
        `unit ${code}`,
      ).name;
    expect(await page.textContent('[data-map-info]')).toContain(nameOf(first));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    expect(await page.textContent('[data-map-info]')).toContain(nameOf(second));
    expect(await page.$$eval('[data-map-svg] path[tabindex="0"]', (p) => p.length)).toBe(1);
    await page.keyboard.press('Enter');
    expect(await page.isVisible('[data-map-card]')).toBe(true);
    expect(await page.textContent('[data-card-name]')).toBe(nameOf(second));
    // The card's link is the next Tab stop after the drawing.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-card-close'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(
      new RegExp(`/xa/2025-07/${second}/$`),
    );
    await context.close();
  });
});

describe('the first screen of a phone', () => {
  it('shows the month switch, the search and the whole map within 390×844, and the table fits', async () => {
    const { context, page } = await open(h.browser, '/ban-do/', PHONE);
    const bottom = async (selector: string) => {
      const b = pick(await page.locator(selector).boundingBox(), selector);
      return b.y + b.height;
    };
    expect(await bottom('[data-map-frame]')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom('[data-month-select]')).toBeLessThan(await bottom('[data-map-frame]'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const table = pick(await page.locator('#bang-xa table').boundingBox(), 'table');
    expect(table.x + table.width).toBeLessThanOrEqual(PHONE.width);
    expect((await page.textContent('[data-stat="below"]'))?.replace(/\s+/g, ' ')).toMatch(
      /\d+ xã chưa đạt · \d+ xã chưa có số liệu/,
    );
    // A real tap on a commune (a point inside its shape) opens its card, below the map, on screen.
    const spot = await page.evaluate(() => {
      for (const path of document.querySelectorAll<SVGPathElement>('[data-map-svg] path[data-code]')) {
        const b = path.getBBox();
        const svg = path.ownerSVGElement!;
        const m = path.getScreenCTM()!;
        for (let i = 1; i < 10; i++) {
          const pt = svg.createSVGPoint();
          pt.x = b.x + (b.width * i) / 10;
          pt.y = b.y + b.height / 2;
          const screen = pt.matrixTransform(m);
          if (document.elementFromPoint(screen.x, screen.y) === path && b.width > 60) {
            return { x: screen.x, y: screen.y, code: path.dataset['code'] ?? '' };
          }
        }
      }
      return undefined;
    });
    expect(spot).toBeDefined();
    // The press loads Leaflet, which moves the drawing into its pane; hold the button until it has
    // (the worst case on a slow phone): the release still chooses the commune pressed.
    await page.mouse.move(spot?.x ?? 0, spot?.y ?? 0);
    await page.mouse.down();
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    await page.mouse.up();
    expect(await page.isVisible('[data-map-card]')).toBe(true);
    expect(await page.getAttribute('[data-card-link]', 'href')).toContain(`/${spot?.code}/`);
    const card = pick(await page.locator('[data-map-card]').boundingBox(), 'card');
    expect(card.x + card.width).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows the server-rendered SVG map, a list of links to every commune page and the table', async () => {
    const context = await newContext(h.browser, PHONE, false);
    const page = await context.newPage();
    await page.goto(h.site.url(`/ban-do/${earlier.month}/`));
    expect(await page.isVisible('[data-map-svg]')).toBe(true);
    const fills = await page.$$eval('[data-map-svg] path[data-code]', (paths) =>
      Object.fromEntries(
        paths.map((p) => [
          p.getAttribute('data-code') ?? '',
          [...p.classList].find((c) => c.startsWith('band-')) ?? '',
        ]),
      ),
    );
    expect(fills).toEqual(expectedBands(earlier.month));
    expect(await page.isVisible('#tim-xa')).toBe(false);
    expect(await page.isVisible('[data-map-tools]')).toBe(false);
    await page.click('[data-unit-list] summary');
    const links = await page.$$eval('[data-unit-list] a', (a) => a.map((l) => l.getAttribute('href')));
    expect(links).toHaveLength(48);
    for (const link of links) expect(link).toMatch(/\/xa\/2025-07\/\d{5}\/$/);
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(viewOf(earlier.month).rows.length);
    await context.close();
  });
});

describe('search on an old month (issue 14)', () => {
  it(`lists a former district's units, reads abbreviations, and says "not found" visibly`, async () => {
    const { context, page } = await open(h.browser, `/ban-do/${older.month}/`);
    const options = () => page.$$eval('#tim-xa-ket-qua [role="option"]', (o) => o.map((li) => li.textContent ?? ''));
    await page.fill('#tim-xa', 'phu quoc');
    const phuQuoc = await options();
    expect(phuQuoc).toHaveLength(9);
    expect(phuQuoc).toContain('Phường Dương Đông (Thành phố Phú Quốc)');
    expect(phuQuoc).toContain('Xã Thổ Châu (Thành phố Phú Quốc)');
    await page.fill('#tim-xa', 'tt hon dat');
    expect((await options())[0]).toBe('Thị trấn Hòn Đất');
    await page.fill('#tim-xa', 'xyz');
    expect(await options()).toEqual([]);
    expect(await page.isVisible('[data-search-status]')).toBe(true);
    expect(await page.textContent('[data-search-status]')).toBe('Không tìm thấy xã, phường nào khớp với “xyz”.');
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    await context.close();
  });
});

describe('the map in the hand (issue 14)', () => {
  const mapWidth = (page: Page) => page.$eval('[data-map-svg]', (s) => s.getBoundingClientRect().width);

  it('scrolls the page with the wheel, zooms with Ctrl + wheel, and "Toàn bản đồ" resets', async () => {
    const { context, page } = await open(h.browser, '/ban-do/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reset = page.getByRole('button', { name: 'Toàn bản đồ' });
    const size = await reset.boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(24);
    await reset.click();
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    const whole = await mapWidth(page);
    const frame = (await page.locator('[data-map-frame]').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await mapWidth(page)).toBe(whole);
    expect(await page.isVisible('[data-wheel-hint]')).toBe(true);
    expect(await page.textContent('[data-wheel-hint]')).toBe('Giữ Ctrl (⌘) và lăn chuột để phóng to');
    const scrolled = await page.evaluate(() => window.scrollY);
    const now = (await page.locator('[data-map-frame]').boundingBox())!;
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => mapWidth(page)).toBeGreaterThan(whole * 1.5);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => mapWidth(page)).toBeCloseTo(whole, 0);
    await context.close();
  });

  it('moves with the arrows to the neighbour in that direction, and focus follows a search choice', async () => {
    const { context, page } = await open(h.browser, '/ban-do/');
    const centre = () =>
      page.evaluate(() => {
        const b = (document.activeElement as SVGGraphicsElement).getBBox();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
    await page.fill('#tim-xa', 'vinh hoa hung');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    const code = pick(
      viewOf(latest.month).units.units.find((u) => u.name === 'Xã Vĩnh Hòa Hưng'),
      'Xã Vĩnh Hòa Hưng',
    ).code;
    expect(await focused()).toBe(code);
    expect(await page.getAttribute(`[data-map-svg] path[data-code="${code}"]`, 'tabindex')).toBe('0');
    // The arrows from the commune nearest the middle of the map: there is a neighbour every way.
    await page.evaluate(() => {
      const paths = [...document.querySelectorAll<SVGPathElement>('[data-map-svg] path[data-code]')];
      const mid = (p: SVGPathElement) => {
        const b = p.getBBox();
        return [b.x + b.width / 2, b.y + b.height / 2] as const;
      };
      const all = paths.map(mid);
      const cx = all.reduce((t, [x]) => t + x, 0) / all.length;
      const cy = all.reduce((t, [, y]) => t + y, 0) / all.length;
      const d = (i: number) => Math.hypot(all[i]![0] - cx, all[i]![1] - cy);
      paths[paths.reduce((best, _p, i) => (d(i) < d(best) ? i : best), 0)]!.focus();
    });
    for (const [key, moved] of [
      ['ArrowRight', (a: { x: number }, b: { x: number }) => b.x > a.x],
      ['ArrowUp', (a: { y: number }, b: { y: number }) => b.y < a.y],
      ['ArrowLeft', (a: { x: number }, b: { x: number }) => b.x < a.x],
      ['ArrowDown', (a: { y: number }, b: { y: number }) => b.y > a.y],
    ] as const) {
      const before = await centre();
      const from = await focused();
      await page.keyboard.press(key);
      expect(await focused(), key).not.toBe(from);
      expect(moved(before, await centre()), key).toBe(true);
    }
    await context.close();
  });
});
