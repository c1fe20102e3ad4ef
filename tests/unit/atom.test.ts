import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { AreaSchema } from '../../src/lib/data/schema/area';
import { CampaignSchema, type CampaignInput, type Month } from '../../src/lib/data/schema/campaign';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { monthView } from '../../src/lib/model/map-view';
import { latestUpdate, monthUpdated } from '../../src/lib/model/updated';
import { feedId, monthFeed } from '../../src/lib/render/atom';
import { absoluteUrl } from '../../src/lib/site/urls';
import { sitemapLastmod } from '../../src/lib/site/sitemap';

const units = UnitListSchema.parse({
  vintage: '2025-01',
  province: { code: '91', name: 'Kiên Giang' },
  listDate: '2025-03-01',
  source: 'test',
  districts: [{ code: '899', name: 'Thành phố Rạch Giá', type: 'Thành phố' }],
  units: [
    { code: '30742', name: 'Phường <b>Vĩnh</b> Thanh Vân', type: 'Phường', districtCode: '899' },
    { code: '30733', name: 'Phường Vĩnh Thanh', type: 'Phường', districtCode: '899' },
    { code: '30736', name: 'Phường An Hòa', type: 'Phường', districtCode: '899' },
  ],
});

/** An area whose texts are written with markup: the feed must carry them as text. */
const area = AreaSchema.parse({
  name: 'Kiên <script>alert("x")</script> Giang',
  fullName: 'Kiên Giang & <i>An Giang</i>',
  province: { code: '91', name: 'An Giang' },
  owner: 'Sở <KH&CN> "An Giang"',
  target: { default: 300, overrides: {} },
  vintages: [
    {
      id: '2025-01',
      label: 'test',
      validFrom: '2025-01-01',
      validTo: null,
      reportingUnit: 'district',
      boundarySource: 'test',
    },
  ],
});

type MonthInput = CampaignInput['months'][number];

const generated = (key: string, mobile: Record<string, number>): MonthInput => ({
  month: key,
  vintage: '2025-01',
  asOf: `${key}-28`,
  source: 'Số liệu minh họa do máy tạo ra',
  illustrative: true,
  counts: { mobile },
  provenance: { kind: 'generated', script: 'test', seed: 1 },
});

const imported = (key: string, mobile: Record<string, number>, importedAt: string): MonthInput => ({
  month: key,
  vintage: '2025-01',
  asOf: '2025-04-05',
  source: 'VNNIC <i-Speed> & cổng dữ liệu',
  illustrative: false,
  counts: { mobile },
  provenance: { kind: 'import', file: 'so-mau.xlsx', sha256: '0'.repeat(64), rowsRead: 3, importedAt },
});

const SITE = 'https://ispeed.example.test';
const absolute = (path: string) => absoluteUrl(SITE, '/ispeed/', path);

/** The feed of a campaign, built as the endpoint builds it: from the month views. */
function feedOf(months: MonthInput[], now = new Date('2030-01-01T00:00:00Z')) {
  const campaign = CampaignSchema.parse({ months });
  const vintageOf = () => ({ vintage: area.vintages[0]!, units });
  const views = campaign.months.map((m) => monthView(area, campaign, vintageOf, m));
  const xml = monthFeed({ area, views, absolute, now });
  return { xml, feed: parseAtomFeed(xml) };
}

const february = generated('2025-02', { '30742': 120 });
const march = imported('2025-03', { '30742': 300, '30733': 250 }, '2025-04-05T08:00:00+07:00');

describe('the month feed', () => {
  it('lists the months newest first, each with a stable id, a title, its map and its printed summary', () => {
    const { feed } = feedOf([february, march]);
    expect(feed.id).toBe('tag:ispeed.example.test,2025:ispeed/thang');
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE}/ispeed/du-lieu/thang.atom` },
      { rel: 'alternate', type: 'text/html', href: `${SITE}/ispeed/du-lieu/` },
    ]);
    expect(feed.entries?.map((e) => [e.id, e.title?.value, e.links?.map((l) => `${l.rel} ${l.href}`)])).toEqual([
      [
        'tag:ispeed.example.test,2025:ispeed/thang/2025-03',
        'Số mẫu đo i-Speed tháng 3/2025',
        [`alternate ${SITE}/ispeed/ban-do/2025-03/`, `related ${SITE}/ispeed/bao-cao/2025-03/`],
      ],
      [
        'tag:ispeed.example.test,2025:ispeed/thang/2025-02',
        'Số mẫu đo i-Speed tháng 2/2025 (số liệu minh họa – không phải số liệu chính thức)',
        [`alternate ${SITE}/ispeed/ban-do/2025-02/`, `related ${SITE}/ispeed/bao-cao/2025-02/`],
      ],
    ]);
  });

  it('gives the headline figures of the month view, the as-of date and the source', () => {
    const { feed } = feedOf([february, march]);
    const [latest, older] = feed.entries ?? [];
    expect(latest?.summary?.value).toBe(
      'Đạt chỉ tiêu 300 mẫu: 1/3 đơn vị cấp xã; có số liệu: 2/3; tổng số mẫu đo: 550; số liệu tính đến 05/04/2025.',
    );
    expect(latest?.content?.value).toContain('Nguồn: VNNIC &lt;i-Speed&gt; &amp; cổng dữ liệu.');
    expect(latest?.content?.value).not.toContain('minh họa');
    expect(older?.summary?.value).toBe(
      'Số liệu minh họa – không phải số liệu chính thức. Đạt chỉ tiêu 300 mẫu: 0/3 đơn vị cấp xã; có số liệu: 1/3; tổng số mẫu đo: 120; số liệu tính đến 28/02/2025.',
    );
    expect(older?.content?.value).toContain('<strong>Số liệu minh họa – không phải số liệu chính thức.</strong>');
  });

  it('takes updated from the import time, else the as-of date; the feed from its newest entry', () => {
    const { feed } = feedOf([february, march]);
    expect(feed.entries?.map((e) => e.updated)).toEqual(['2025-04-05T01:00:00Z', '2025-02-27T17:00:00Z']);
    expect(feed.updated).toBe('2025-04-05T01:00:00Z');
  });

  it('keeps a replaced month’s id and gives it a new updated', () => {
    const first = feedOf([february, march]).feed.entries?.[0];
    const replaced = imported('2025-03', { '30742': 310, '30733': 300 }, '2025-04-20T09:30:00+07:00');
    const again = feedOf([february, replaced]);
    const second = again.feed.entries?.[0];
    expect(second?.id).toBe(first?.id);
    expect([first?.updated, second?.updated]).toEqual(['2025-04-05T01:00:00Z', '2025-04-20T02:30:00Z']);
    expect(again.feed.updated).toBe('2025-04-20T02:30:00Z');
    expect(second?.summary?.value).toContain('Đạt chỉ tiêu 300 mẫu: 2/3 đơn vị cấp xã');
  });

  it('is the newest update of any month, not of the latest month', () => {
    const late = imported('2025-02', { '30742': 1 }, '2025-06-01T00:00:00Z');
    expect(feedOf([late, march]).feed.updated).toBe('2025-06-01T00:00:00Z');
  });

  it('escapes markup in the area’s and the source’s texts, and drops characters XML cannot carry', () => {
    const { xml, feed } = feedOf([imported('2025-03', { '30742': 1 }, '2025-04-05T08:00:00+07:00')]);
    expect(xml).not.toMatch(/<(script|i|b|KH)\b/);
    expect(xml).toContain('Kiên &lt;script&gt;alert("x")&lt;/script&gt; Giang');
    expect(feed.title?.value).toBe('Số mẫu đo i-Speed hằng tháng – Kiên <script>alert("x")</script> Giang');
    expect(feed.subtitle?.value).toContain('Kiên Giang & <i>An Giang</i>');
    expect(feed.authors?.[0]?.name).toBe('Sở <KH&CN> "An Giang"');
    const control = imported('2025-03', { '30742': 1 }, '2025-04-05T08:00:00+07:00');
    control.source = 'VNNIC\u0001\u000b\uD800 – i-Speed';
    expect(feedOf([control]).xml).toContain('<li>Nguồn: VNNIC – i-Speed.</li>');
  });

  it('has no entry and the build’s time while no month is published', () => {
    const { feed } = feedOf([], new Date('2026-02-03T04:05:06.789Z'));
    expect(feed.entries ?? []).toEqual([]);
    expect(feed.updated).toBe('2026-02-03T04:05:06Z');
  });
});

describe('ids and update times', () => {
  it.each([
    ['https://ispeed.example.gov.vn', '/', 'tag:ispeed.example.gov.vn,2025:thang'],
    ['https://example.gov.vn', '/ispeed/', 'tag:example.gov.vn,2025:ispeed/thang'],
    ['http://localhost:4321', '/', 'tag:localhost,2025:thang'],
  ])('%s with base %s → %s', (site, base, id) => {
    expect(feedId((path) => absoluteUrl(site, base, path))).toBe(id);
  });

  it('reads an import time in any offset as the same instant, and an as-of date as midnight in Vietnam', () => {
    const [feb, mar] = CampaignSchema.parse({ months: [february, march] }).months as [Month, Month];
    expect(monthUpdated(mar)).toBe('2025-04-05T01:00:00Z');
    const utc = imported('2025-03', {}, '2025-04-05T01:00:00.250Z');
    expect(monthUpdated(CampaignSchema.parse({ months: [utc] }).months[0]!)).toBe('2025-04-05T01:00:00Z');
    expect(monthUpdated(feb)).toBe('2025-02-27T17:00:00Z');
    expect(latestUpdate([mar, feb])).toBe('2025-04-05T01:00:00Z');
    expect(latestUpdate([])).toBeUndefined();
  });

  it('dates a month’s map and printed summary in the sitemap by their month, every other page by the newest', () => {
    const late = imported('2025-02', { '30742': 1 }, '2025-06-01T00:00:00Z');
    const months = CampaignSchema.parse({ months: [late, march] }).months;
    const lastmod = sitemapLastmod(months, absolute);
    expect(
      ['ban-do/2025-02/', 'bao-cao/2025-02/', 'ban-do/2025-03/', 'bao-cao/2025-03/', 'ban-do/', 'du-lieu/'].map((p) =>
        lastmod(`${SITE}/ispeed/${p}`),
      ),
    ).toEqual([
      '2025-06-01T00:00:00Z',
      '2025-06-01T00:00:00Z',
      '2025-04-05T01:00:00Z',
      '2025-04-05T01:00:00Z',
      '2025-06-01T00:00:00Z',
      '2025-06-01T00:00:00Z',
    ]);
    expect(sitemapLastmod([], absolute)(`${SITE}/ispeed/`)).toBeUndefined();
  });
});
