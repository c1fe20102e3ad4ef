/**
 * Median speeds on the built fixture site (tests/fixtures/site: speeds in 2025-08 only, all three
 * measures for 31012 Xã Vĩnh Hòa, a latency alone for 30742): a unit page shows them with their
 * month and source, a measure the file lacked says so, and a unit or vintage without speeds shows
 * nothing about them. The month's CSV carries the columns only for that month.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

async function withPage<T>(
  path: string,
  run: (page: Page) => Promise<T>,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<T> {
  const context = await newContext(h.browser, viewport);
  try {
    const page = await context.newPage();
    expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
    return await run(page);
  } finally {
    await context.close();
  }
}

const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/gu, ' ').trim();

describe('speeds on a unit page', () => {
  it('shows the three medians of 2025-08 with the month and the source', async () => {
    await withPage('/xa/2025-07/31012/', async (page) => {
      expect(await text(page, '[data-unit-speeds] h2')).toBe('Tốc độ đo được');
      expect(await text(page, '[data-speeds-month]')).toMatch(
        /^Tháng 8\/2025 \(số liệu tính đến ngày \d{2}\/\d{2}\/2025, nguồn: Số liệu kiểm thử \(tests\/fixtures\/site\) – không dùng ngoài bộ kiểm thử\):$/u,
      );
      const items = await page.locator('[data-speeds-latest] > div').allInnerTexts();
      expect(items.map((t) => t.replace(/\s+/gu, ' ').trim())).toEqual([
        'Tốc độ tải xuống trung vị: 45,3 Mbps',
        'Tốc độ tải lên trung vị: 12,5 Mbps',
        'Độ trễ trung vị: 38 ms',
      ]);
    });
  });

  it('says a measure the file did not give is missing, never 0', async () => {
    await withPage('/xa/2025-07/30742/', async (page) => {
      const items = await page.locator('[data-speeds-latest] > div').allInnerTexts();
      expect(items.map((t) => t.replace(/\s+/gu, ' ').trim())).toEqual([
        'Tốc độ tải xuống trung vị: không có số liệu',
        'Tốc độ tải lên trung vị: không có số liệu',
        'Độ trễ trung vị: 41 ms',
      ]);
    });
  });

  it.each([
    ['a unit of the same month without speeds', '/xa/2025-07/31105/'],
    ['the same code in the other vintage (another place)', '/xa/2025-01/31012/'],
  ])('shows nothing about speeds for %s', async (_, path) => {
    await withPage(path, async (page) => {
      expect(await page.locator('[data-unit-speeds]').count()).toBe(0);
      expect(await page.locator('main').innerText()).not.toMatch(/Mbps|Tốc độ đo được/u);
    });
  });

  it('fits a phone without scrolling sideways', async () => {
    await withPage(
      '/xa/2025-07/31012/',
      async (page) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.locator('[data-unit-speeds]').isVisible()).toBe(true);
      },
      PHONE,
    );
  });
});

describe('speeds in the open data', () => {
  it('adds the speed columns to the CSV of 2025-08 only, and says so on the data page', async () => {
    const csv = async (month: string): Promise<string> => {
      const response = await fetch(h.site.url(`/du-lieu/so-mau-${month}.csv`));
      expect(response.status).toBe(200);
      return (await response.text()).replace(/^\uFEFF/u, '').split('\n')[0] ?? '';
    };
    expect(await csv('2025-08')).toMatch(
      /,illustrative,population,samples_per_1000,download_mbps,upload_mbps,latency_ms$/u,
    );
    expect(await csv('2025-07')).toMatch(/,illustrative,population,samples_per_1000$/u);
    await withPage('/du-lieu/', async (page) => {
      expect(await text(page, '[data-speed-columns]')).toContain(
        'Tệp của tháng 8/2025 có thêm các cột tốc độ trung vị',
      );
    });
  });
});
