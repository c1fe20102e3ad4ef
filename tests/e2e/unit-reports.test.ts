/**
 * "Did we report on time?" on a unit's page, on the fixture site (tests/fixtures/site): every month
 * of the unit's vintage with its deadline and status as the fixture's reports say — 899 (Thành phố
 * Rạch Giá) reported 2025-06 on 09/07/2025, 31012 (Xã Vĩnh Hòa) 2025-08 on 08/09/2025, nobody
 * else — a month without report says so, old units show their district's report as such, each
 * month links to its printed summary, and the table stacks on a 320 px phone. (The page's other
 * tables are made to fit phones elsewhere; this file checks only this table.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { MARKUP_UNIT } from '../fixtures/site/make-site-fixture';

const h = useSiteAndBrowser();

/** Each month row of the table: [month, deadline, status], whitespace collapsed. */
async function reportRows(page: Page): Promise<string[][]> {
  const rows = page.locator('[data-unit-reports] tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    out.push(cells.slice(0, 3).map((t) => t.replace(/\s+/gu, ' ').trim()));
  }
  return out;
}

async function open(
  path: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(h.browser, viewport);
  const page = await context.newPage();
  expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
  return { page, close: () => context.close() };
}

describe('report status on a unit page', () => {
  it.each([
    [
      'an old unit in Thành phố Rạch Giá shows its district’s report',
      '/xa/2025-01/30733/',
      'Hạn nộp báo cáo tháng 6/2025: ngày 10/07/2025',
      [
        ['Tháng 5/2025', '10/06/2025', '✗ Báo cáo của thành phố Rạch Giá: Chưa nhận'],
        ['Tháng 6/2025', '10/07/2025', '✓ Báo cáo của thành phố Rạch Giá: Đúng hạn'],
      ],
    ],
    [
      'an old unit of a district that never reported',
      '/xa/2025-01/30808/',
      'Hạn nộp báo cáo tháng 6/2025: ngày 10/07/2025',
      [
        ['Tháng 5/2025', '10/06/2025', '✗ Báo cáo của huyện Kiên Lương: Chưa nhận'],
        ['Tháng 6/2025', '10/07/2025', '✗ Báo cáo của huyện Kiên Lương: Chưa nhận'],
      ],
    ],
    [
      'a new unit shows its own report',
      '/xa/2025-07/31012/',
      'Hạn nộp báo cáo tháng 8/2025: ngày 10/09/2025',
      [
        ['Tháng 7/2025', '10/08/2025', '✗ Chưa nhận'],
        ['Tháng 8/2025', '10/09/2025', '✓ Đúng hạn'],
      ],
    ],
  ])('%s (%s)', async (_what, path, deadline, expected) => {
    const { page, close } = await open(path);
    expect(await page.locator('[data-report-deadline]').innerText()).toContain(deadline);
    expect(await reportRows(page)).toEqual(expected);
    await close();
  });

  it('links every month to its printed summary, and the links work', async () => {
    const { page, close } = await open('/xa/2025-07/31012/');
    const links = page.locator('[data-unit-reports] tbody a');
    expect(await links.allInnerTexts()).toEqual(['Bản tổng hợp tháng 7/2025', 'Bản tổng hợp tháng 8/2025']);
    await links.nth(1).click();
    await page.waitForURL(/\/bao-cao\/2025-08\/$/u);
    expect(await page.locator('h1').innerText()).toBe('Tổng hợp số mẫu đo i-Speed tháng 8/2025');
    await close();
  });

  it('names the unit with markup only as text', async () => {
    const { page, close } = await open(`/xa/${MARKUP_UNIT.vintage}/${MARKUP_UNIT.code}/`);
    expect(await page.locator('[data-unit-reports] caption').innerText()).toBe(
      `Báo cáo theo tháng – ${MARKUP_UNIT.name}`,
    );
    expect(await page.$('[data-unit-reports] img')).toBeNull();
    await close();
  });

  it('stacks each month on a 320 px phone, with nothing wider than the screen', async () => {
    const { page, close } = await open('/xa/2025-01/30733/', { width: 320, height: 640 });
    // Every visible box of the section (the header row is there for screen readers only).
    const widest = await page.evaluate(() =>
      Math.max(
        ...Array.from(document.querySelectorAll('[data-unit-reports], [data-unit-reports] :not(thead, thead *)')).map(
          (el) => el.getBoundingClientRect().right,
        ),
      ),
    );
    expect(widest).toBeLessThanOrEqual(320);
    const cell = page.locator('[data-unit-reports] tbody tr').first().locator('td').first();
    // The column name goes with each value when the header row is out of sight.
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Hạn nộp: "');
    const [month, deadline] = await Promise.all([
      page.locator('[data-unit-reports] tbody th').first().boundingBox(),
      cell.boundingBox(),
    ]);
    expect(deadline!.y).toBeGreaterThan(month!.y);
    await close();
  });
});
