/**
 * The map on a small phone and from the keyboard (issue 22): a search box across the whole width
 * with readable suggestions at 320 px, the legend on the map's first screen at 390×740, the view
 * switch following an in-place month switch, month navigation on every view, + and − zooming with
 * the view following keyboard focus and the focused unit named over the map, and a one-finger
 * swipe over the map scrolling the page. The fixture data: the latest month 2025-08 offers pace and
 * per-1,000 views, 2025-07 per-1,000 only.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

/** A map page at a viewport, ready (the map script mounted). */
async function open(path: string, viewport: { width: number; height: number }, hasTouch = false) {
  const context = await h.browser.newContext({ viewport, hasTouch, isMobile: hasTouch, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(h.site.url(path));
  await page.waitForSelector('[data-map-figure][data-ready]');
  return { context, page };
}

/** The box of an element in page coordinates (top from the top of the document). */
const boxOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top + window.scrollY, width: r.width, height: r.height };
  });

describe('the map on a 320 px phone', () => {
  it('gives the search the whole width and suggestions that read on one line each', async () => {
    const { context, page } = await open('/ban-do/', { width: 320, height: 740 });
    const frame = await boxOf(page, '[data-map-frame]');
    const input = await boxOf(page, '#tim-xa');
    expect(input.width).toBeGreaterThanOrEqual(frame.width - 2);
    await page.fill('#tim-xa', 'vinh hoa');
    await page.waitForSelector('#tim-xa-ket-qua [role="option"]');
    const options = await page.$$eval('#tim-xa-ket-qua [role="option"]', (items) =>
      items.map((li) => ({
        text: li.textContent ?? '',
        width: li.getBoundingClientRect().width,
        height: li.getBoundingClientRect().height,
      })),
    );
    expect(options.map((o) => o.text)).toContain('Xã Vĩnh Hòa');
    const vinhHoa = options.find((o) => o.text === 'Xã Vĩnh Hòa');
    expect(vinhHoa?.width).toBeGreaterThanOrEqual(frame.width - 4);
    // One line of text plus the 44 px target's padding: not one word per line.
    expect(vinhHoa?.height).toBeLessThan(56);
    // Abbreviated type prefixes: "tp rach gia" finds the ward named Rạch Giá on the 2025 units.
    await page.fill('#tim-xa', 'tp rach gia');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#tim-xa-ket-qua [role="option"]')].some(
        (o) => o.textContent === 'Phường Rạch Giá',
      ),
    );
    await context.close();
  });
});

describe('the map on a 390×740 phone', () => {
  it('shows the legend on the map’s first screen', async () => {
    const { context, page } = await open('/ban-do/', { width: 390, height: 740 });
    const map = await boxOf(page, '[data-map-frame]');
    const legend = await boxOf(page, '[data-month-region="legend"] ul');
    expect(legend.top + legend.height - map.top).toBeLessThanOrEqual(740);
    await context.close();
  });

  it('scrolls the page with one finger over the map, also once the map can be moved', async () => {
    const { context, page } = await open('/ban-do/', { width: 390, height: 740 }, true);
    await page.click('[data-zoom="in"]');
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    const at = await page.$eval('[data-map-frame]', (el) => {
      el.scrollIntoView({ block: 'start' });
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    });
    expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-map-frame]'), at)).toBe(
      true,
    );
    const before = await page.evaluate(() => window.scrollY);
    // A one-finger swipe upwards, as the browser's input pipeline gets it from a touch screen.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    // At a finger’s pace, one move a frame: a burst of moves to a busy page may start no scroll.
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: at.x, y: at.y - i * 20 }] });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction((y) => window.scrollY > y + 100, before);
    // …and the map says how to move it instead.
    expect(await page.isVisible('[data-touch-hint]')).toBe(true);
    await context.close();
  });
});

describe('the views follow the month', () => {
  it('keeps the view switch after an in-place month switch, with links on the new month', async () => {
    const { context, page } = await open('/ban-do/', { width: 1280, height: 900 });
    const shown = () => page.locator('[data-view-switch] li:not([hidden]) a').allInnerTexts();
    expect(await shown()).toEqual(['Số mẫu', 'Theo nhịp hiện tại', 'Trên 1.000 dân']);
    await page.selectOption('[data-month-select]', '2025-07');
    await page.waitForURL('**/ban-do/2025-07/');
    expect(await page.isVisible('[data-view-switch]')).toBe(true);
    expect(await shown()).toEqual(['Số mẫu', 'Trên 1.000 dân']);
    expect(await page.getAttribute('[data-view-switch] a[data-view="perCapita"]', 'href')).toMatch(
      /\/ban-do\/2025-07\/tren-1000-dan\/$/u,
    );
    // On the old units (no populations) only the count view is left: no switch at all.
    await page.selectOption('[data-month-select]', '2025-08');
    await page.waitForURL('**/ban-do/2025-08/');
    expect(await shown()).toEqual(['Số mẫu', 'Theo nhịp hiện tại', 'Trên 1.000 dân']);
    await context.close();
  });

  it('gives the per-1,000 and pace pages month navigation, to the same view where the month has it', async () => {
    const context = await newContext(h.browser, { width: 1280, height: 900 }, false);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/2025-08/tren-1000-dan/'));
    expect(await page.getAttribute('[data-month-nav] a[data-role="prev"]', 'href')).toMatch(
      /\/ban-do\/2025-07\/tren-1000-dan\/$/u,
    );
    await page.goto(h.site.url('/ban-do/2025-08/nhip-hien-tai/'));
    // 2025-07 is a complete month: no pace view, so its map.
    expect(await page.getAttribute('[data-month-nav] a[data-role="prev"]', 'href')).toMatch(/\/ban-do\/2025-07\/$/u);
    await context.close();
  });
});

describe('the map from the keyboard', () => {
  it('zooms with + and −, names the focused unit over the map, and follows focus when zoomed', async () => {
    const { context, page } = await open('/ban-do/', { width: 390, height: 740 });
    await page.focus('[data-map-svg] path[tabindex="0"]');
    const name = await page.$eval('[data-map-svg] path:focus', (p) => p.getAttribute('data-code'));
    expect(name).toMatch(/^\d{5}$/u);
    expect(await page.isVisible('[data-focus-name]')).toBe(true);
    const nameOnMap = await page.textContent('[data-focus-name]');
    expect(await page.textContent('[data-map-info]')).toContain(nameOnMap ?? '—');
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.waitForSelector('[data-map-figure][data-zoom-ready]');
    await page.waitForFunction(() => {
      const svg = document.querySelector('[data-map-svg]')!.getBoundingClientRect();
      const frame = document.querySelector('[data-map-frame]')!.getBoundingClientRect();
      return svg.width > frame.width * 4;
    });
    // Walk with the arrows: every unit focused lies inside the visible frame (the view follows).
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      // The view pans (animated) until the focused unit's centre is inside the frame.
      const inside = await page
        .waitForFunction(
          () => {
            const shape = document.activeElement!.getBoundingClientRect();
            const frame = document.querySelector('[data-map-frame]')!.getBoundingClientRect();
            const cx = shape.left + shape.width / 2;
            const cy = shape.top + shape.height / 2;
            return cx >= frame.left && cx <= frame.right && cy >= frame.top && cy <= frame.bottom;
          },
          undefined,
          { timeout: 3000 },
        )
        .then(
          () => true,
          () => false,
        );
      expect(inside, key).toBe(true);
      // The name over the map is the focused unit's: its sentence (aria-label) starts with it.
      const [label, shown] = await page.evaluate(() => [
        document.activeElement!.getAttribute('aria-label') ?? '',
        document.querySelector('[data-focus-name]')!.textContent ?? '',
      ]);
      expect(shown.length).toBeGreaterThan(3);
      expect(label.startsWith(shown), `${label} / ${shown}`).toBe(true);
    }
    const zoomed = await page.$eval('[data-map-svg]', (svg) => svg.getBoundingClientRect().width);
    await page.keyboard.press('-');
    await page.waitForFunction(
      (w) => document.querySelector('[data-map-svg]')!.getBoundingClientRect().width < w,
      zoomed,
    );
    await context.close();
  });
});
