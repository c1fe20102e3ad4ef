/**
 * The months on both sides of a change of unit list (fixture: 2025-06 on the 143 old communes,
 * 2025-07 on the 48 new units): their map, report and embed pages say in one sentence what changed
 * and link to the explanation; the month navigation says the map changes units; the summary never
 * compares units meeting target across the two lists, only samples, naming the old list.
 */
import { describe, expect, it } from 'vitest';
import { newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();
const SENTENCE =
  'Từ 01/07/2025, 143 xã, phường, thị trấn cũ được sắp xếp thành 48 xã, phường, đặc khu mới; ' +
  'bản đồ từ tháng 7/2025 dùng đơn vị mới.';
const pagesOf = (month: string) => [`/ban-do/${month}/`, `/bao-cao/${month}/`, `/nhung/ban-do/${month}/`];
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function open(path: string) {
  const context = await newContext(h.browser);
  const page = await context.newPage();
  expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
  return { page, close: () => context.close() };
}

describe('the July 2025 change of unit list', () => {
  it.each([...pagesOf('2025-06'), ...pagesOf('2025-07')])('%s says what changed and links to why', async (path) => {
    const { page, close } = await open(path);
    const note = page.locator('[data-vintage-change]');
    expect(await note.count()).toBe(1);
    expect(text(await note.textContent())).toContain(SENTENCE);
    const href = await note.locator('a').getAttribute('href');
    expect(href).toMatch(/\/gioi-thieu\/#don-vi-hanh-chinh$/);
    // The embed links to the public address (it opens in the top window); the anchor is on the about page.
    await page.goto(h.site.url('/gioi-thieu/'));
    expect(await page.locator('#don-vi-hanh-chinh').count()).toBe(1);
    await close();
  });

  it.each([...pagesOf('2025-05'), ...pagesOf('2025-08')])(
    '%s, away from the change, says nothing of it',
    async (path) => {
      const { page, close } = await open(path);
      expect(await page.locator('[data-vintage-change]').count()).toBe(0);
      await close();
    },
  );

  it.each([
    ['2025-06', /tháng 7\/2025: bản đồ chuyển từ 143 xã, phường, thị trấn cũ sang 48 xã, phường, đặc khu mới/],
    ['2025-07', /tháng 6\/2025: bản đồ chuyển từ 48 xã, phường, đặc khu mới sang 143 xã, phường, thị trấn cũ/],
  ])('the month navigation of %s says the map changes units across the change', async (month, note) => {
    const { page, close } = await open(`/ban-do/${month}/`);
    expect(text(await page.locator('[data-month-change-note]').textContent())).toMatch(note);
    await close();
  });

  it.each([`/ban-do/2025-07/`, `/bao-cao/2025-07/`])(
    '%s compares samples with 06/2025 and its 143 communes, never the units meeting target',
    async (path) => {
      const { page, close } = await open(path);
      expect(text(await page.locator('[data-stat-value="met-change"]').textContent())).toBe('');
      expect(text(await page.locator('[data-stat-value="samples-change"]').textContent())).toMatch(
        /^[+−-][\d.]+ so với tháng 6\/2025, khi còn 143 xã cũ$|^0 so với tháng 6\/2025, khi còn 143 xã cũ$/,
      );
      await close();
    },
  );

  it('/ban-do/2025-08/ still compares units meeting target with 07/2025 (same list)', async () => {
    const { page, close } = await open('/ban-do/2025-08/');
    expect(text(await page.locator('[data-stat-value="met-change"]').textContent())).toMatch(/so với tháng 7\/2025$/);
    await close();
  });
});
