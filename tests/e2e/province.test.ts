/**
 * Any province from its code: the site of Lâm Đồng (68, 124 units, Phú Quý far offshore, three
 * former provinces), as `npm run area -- 68` writes its data folder from the pinned reference, with
 * one illustrative month. One build. It draws every unit, frames Phú Quý, names the province and
 * never Kiên Giang, finds a unit by search, and — without a letter of its own — cites the
 * ministry's letters only and shows no deadline and no late report.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as area } from '../../scripts/cli/area';
import { makeIllustrativeCampaign } from '../../src/lib/data/illustrative';
import { loadReference, loadSiteData, type SiteData } from '../../src/lib/data/load';
import { readNationalReference } from '../../src/lib/geo/reference';
import { aboutPath, homePath, latestMapPath, reportPath } from '../../src/lib/site/paths';
import { builtPages, expectMainPagesServed } from './area-pages';
import { PHONE, newContext, useOwnBuild } from './harness';

const CODE = '68';
const MONTH = '2025-09';
let site: SiteData;

const h = useOwnBuild('province', (dir) => {
  const data = join(dir, 'data');
  const code = area([CODE, '--data', data], { out: () => {}, err: (l) => console.error(l) });
  if (code !== 0) throw new Error(`npm run area -- ${CODE} failed (${code})`);
  const reference = loadReference(data);
  const unitsOf = (id: string) => reference.vintages.get(id)!.units;
  const campaign = makeIllustrativeCampaign(reference.area, unitsOf, { seed: 68, from: MONTH, to: MONTH });
  writeFileSync(join(data, 'campaign.json'), JSON.stringify(campaign));
  site = loadSiteData(data);
  return data;
});

/** Page text without diacritics, so "Kiên Giang" and "Kien Giang" read alike. */
const plain = (html: string): string => html.normalize('NFD').replace(/\p{M}/gu, '');

describe(`the site of province ${CODE} from npm run area`, () => {
  it('draws every unit of the reference on the map at 390 px, frames Phú Quý, and finds a unit by search', async () => {
    const units = readNationalReference().units.filter((u) => u.provinceCode === CODE);
    expect(units).toHaveLength(124);
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url(latestMapPath()));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const drawn = await page.$$eval('[data-map-svg] path[data-code]', (p) => p.map((e) => e.getAttribute('data-code')));
    expect(drawn.sort()).toEqual(units.map((u) => u.code).sort());
    expect(await page.title()).toContain('Lâm Đồng');
    expect(await page.textContent('header')).toContain('Lâm Đồng');
    expect(await page.textContent('main')).toContain('Khung nét đứt: Đặc khu Phú Quý – phóng to');
    await page.fill('#tim-xa', 'phu quy');
    const options = await page.$$eval('#tim-xa-ket-qua [role="option"]', (o) => o.map((li) => li.textContent));
    expect(options).toContain('Đặc khu Phú Quý');
    await context.close();
  });

  it('serves its main pages, and no page of it names Kiên Giang', async () => {
    await expectMainPagesServed(h.site, site);
    const pages = builtPages(join(h.dir, 'dist'), ['ban-do', 'xa', 'bao-cao', 'gioi-thieu', 'en', 'to-chuc-do']);
    pages.set('/index.html', (await (await fetch(h.site.url(homePath()))).text()) ?? '');
    expect(pages.size).toBeGreaterThan(124);
    const naming = [...pages].filter(([, html]) => /kien[\s_-]*giang/i.test(plain(html))).map(([path]) => path);
    expect(naming).toEqual([]);
  });

  it("cites the ministry's letters only, with no deadline and no late report", async () => {
    const home = await (await fetch(h.site.url(homePath()))).text();
    expect(home).toContain('4459/BTTTT-CVT');
    expect(home).not.toMatch(/UBND-KGVX|Sở Thông tin và Truyền thông tỉnh/u);
    const report = await (await fetch(h.site.url(reportPath(MONTH)))).text();
    expect(report).not.toMatch(/Hạn báo cáo|Hạn ngày|trễ hạn|Trễ hạn/u);
    expect(report).toContain('✓ đã nhận, ✗ chưa nhận');
    const about = await (await fetch(h.site.url(aboutPath()))).text();
    expect(about).toContain('tỉnh Bình Thuận, tỉnh Đắk Nông và tỉnh Lâm Đồng hợp nhất thành tỉnh Lâm Đồng');
    expect(about).not.toContain('ô vuông');
  });
});
