/**
 * Another area is data, not code: a made-up area (tests/fixtures/synthetic-area: another province,
 * a target of 250, vintages 2025-03 and 2025-09, 8 then 4 units named "Ô Thử", "Ô Mới") builds and
 * serves its main pages, draws its own units, says its own target, and no map, unit, district or
 * report page names the shipped area (guides and the legal basis are the campaign's content and may).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useOwnBuild } from './harness';
import { builtPages, expectMainPagesServed } from './area-pages';
import { loadSiteData } from '../../src/lib/data/load';
import { formatNumber } from '../../src/lib/text/format';

const DATA = resolve('tests/fixtures/synthetic-area');
const synthetic = loadSiteData(DATA);
const target = formatNumber(synthetic.area.target.default);
const h = useOwnBuild('synthetic-area', () => DATA);

/** Page text without diacritics, so "Kiên Giang" and "Kien Giang" read alike. */
const plain = (html: string): string => html.normalize('NFD').replace(/\p{M}/gu, '');

describe('a made-up area from its own data folder', () => {
  it('builds and serves its main pages: home, map, a unit page, the report', async () => {
    expect(synthetic.area.target.default).not.toBe(300);
    await expectMainPagesServed(h.site, synthetic);
  });

  it('names no place of the shipped area on any map, unit, district or report page', () => {
    const pages = builtPages(`${h.dir}/dist`, ['ban-do', 'xa', 'huyen', 'bao-cao']);
    // 6 maps (latest + 5 months), 8 + 4 units, 2 districts, 5 reports.
    expect(pages.size).toBe(25);
    const naming = [...pages].filter(([, html]) => /kien[\s_-]*giang/i.test(plain(html))).map(([path]) => path);
    expect(naming).toEqual([]);
    const oldTarget = [...pages].filter(([, html]) => /\b300 mẫu/.test(html)).map(([path]) => path);
    expect(oldTarget).toEqual([]);
  });

  it('draws its own units on the map and says its own target', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const drawn = await page.$$eval('[data-map-svg] path[data-code]', (p) => p.map((e) => e.getAttribute('data-code')));
    const units = synthetic.vintages.get('2025-09')?.units.units ?? [];
    expect(drawn.sort()).toEqual(units.map((u) => u.code).sort());
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain(`Chỉ tiêu: ${target} mẫu/xã/tháng`);
    expect(text).toContain(`Dưới ${target} mẫu đo một tháng`);
    expect(await page.title()).toContain(synthetic.area.name);
    await context.close();
  });
});
