import { describe, expect, it } from 'vitest';
import { CampaignSchema, UnitListSchema } from '../../src/lib/schema';
import { communeStatuses, districtStatuses, summarise, targetFor } from '../../src/lib/progress';
import { monthView } from '../../src/lib/map-view';
import { monthCsv } from '../../src/lib/csv-export';

const units = UnitListSchema.parse({
  province: { code: '91', name: 'Kiên Giang' },
  listDate: '2025-03-01',
  source: 'test',
  districts: [
    { code: '899', name: 'Thành phố Rạch Giá', type: 'Thành phố' },
    { code: '912', name: 'Huyện Kiên Hải', type: 'Huyện' },
  ],
  units: [
    { code: '30742', name: 'Phường Vĩnh Thanh Vân', type: 'Phường', districtCode: '899' },
    { code: '30733', name: 'Phường Vĩnh Thanh', type: 'Phường', districtCode: '899' },
    { code: '31093', name: 'Xã Hòn Tre', type: 'Xã', districtCode: '912' },
  ],
});

const month = (key: string, mobile: Record<string, number>) => ({
  month: key,
  asOf: '2025-04-05',
  source: 'test',
  illustrative: false,
  counts: { mobile },
  provenance: { kind: 'generated' as const, script: 'test', seed: 1 },
});

const campaign = CampaignSchema.parse({
  province: { code: '91', name: 'Kiên Giang' },
  vintage: { id: '2025-01', label: 'test', unitCount: 3 },
  target: { default: 300, overrides: { '31093': 100 } },
  months: [month('2025-02', { '30742': 250, '30733': 10 }), month('2025-03', { '30742': 300, '31093': 100 })],
});

describe('targets and statuses', () => {
  it('uses a per-commune override, else the default', () => {
    expect(targetFor(campaign, '31093')).toBe(100);
    expect(targetFor(campaign, '30742')).toBe(300);
  });

  it('counts met, no data and samples over the province', () => {
    const s = summarise(communeStatuses(campaign, units, campaign.months[1]!));
    expect(s).toEqual({
      units: 3,
      withData: 2,
      met: 2,
      samples: 400,
      bands: { met: 2, high: 0, mid: 0, low: 0, none: 1 },
    });
  });

  it('shades a district by its share of communes meeting target, and "none" when it has no data', () => {
    const statuses = communeStatuses(campaign, units, campaign.months[0]!);
    const d = districtStatuses(units, statuses);
    expect(d.map((x) => [x.district.code, x.summary.met, x.band])).toEqual([
      ['899', 0, 'low'],
      ['912', 0, 'none'],
    ]);
  });

  it('gives the change since the previous month only when both months have data', () => {
    const view = monthView(campaign, units, campaign.months[1]!);
    const change = Object.fromEntries(view.rows.map((r) => [r.unit.code, r.change]));
    expect(change).toEqual({ '30742': 50, '30733': undefined, '31093': undefined });
  });
});

describe('open-data CSV', () => {
  it('writes an empty count for no data (never 0) and a BOM for Excel', () => {
    const csv = monthCsv(monthView(campaign, units, campaign.months[1]!));
    expect(csv.startsWith('\uFEFFmonth,code,commune,')).toBe(true);
    const line = csv.split('\n').find((l) => l.includes('30733'));
    expect(line).toBe('2025-03,30733,Phường Vĩnh Thanh,899,Thành phố Rạch Giá,,300,,none,2025-04-05,test,no');
  });
});
