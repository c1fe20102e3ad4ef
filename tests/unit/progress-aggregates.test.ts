import { describe, expect, it } from 'vitest';
import { AreaSchema } from '../../src/lib/data/schema/area';
import { CampaignSchema, type Month } from '../../src/lib/data/schema/campaign';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { communeStatuses, districtStatuses, summarise } from '../../src/lib/model/progress';
import { monthView } from '../../src/lib/model/map-view';
import { monthCsv } from '../../src/lib/render/csv-export';
import { targetFor } from '../../src/lib/data/vintage';

const units = UnitListSchema.parse({
  vintage: '2025-01',
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
  vintage: '2025-01',
  asOf: '2025-04-05',
  source: 'test',
  illustrative: false,
  counts: { mobile },
  provenance: { kind: 'generated' as const, script: 'test', seed: 1 },
});

const area = AreaSchema.parse({
  name: 'Test',
  fullName: 'Test area',
  province: { code: '91', name: 'An Giang' },
  owner: 'test',
  target: { default: 300, overrides: { '2025-01': { '31093': 100 } } },
  vintages: [
    {
      id: '2025-01',
      label: 'test',
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
      reportingUnit: 'district',
      boundarySource: 'test',
    },
  ],
});

const campaign = CampaignSchema.parse({
  months: [month('2025-02', { '30742': 250, '30733': 10 }), month('2025-03', { '30742': 300, '31093': 100 })],
});
const [february, march] = campaign.months as [Month, Month];
const vintageOf = () => ({ vintage: area.vintages[0]!, units });

describe('targets and statuses', () => {
  it('uses a per-commune override of the vintage, else the default', () => {
    expect(targetFor(area, { vintage: '2025-01', code: '31093' })).toBe(100);
    expect(targetFor(area, { vintage: '2025-01', code: '30742' })).toBe(300);
    // The same code in another vintage is another commune: the override does not follow it.
    expect(targetFor(area, { vintage: '2025-07', code: '31093' })).toBe(300);
    // Without a unit: the campaign's own target, as the pages state it.
    expect(targetFor(area)).toBe(300);
  });

  it('counts met, no data and samples over the area', () => {
    const s = summarise(communeStatuses(area, units, march));
    expect(s).toEqual({
      units: 3,
      withData: 2,
      met: 2,
      samples: 400,
      bands: { met: 2, high: 0, mid: 0, low: 0, none: 1 },
    });
  });

  it('shades a district by its share of communes meeting target, and "none" when it has no data', () => {
    const statuses = communeStatuses(area, units, february);
    const d = districtStatuses(units, statuses);
    expect(d.map((x) => [x.district.code, x.summary.met, x.band])).toEqual([
      ['899', 0, 'low'],
      ['912', 0, 'none'],
    ]);
  });

  it('gives the change since the previous month only when both months have data', () => {
    const view = monthView(area, campaign, vintageOf, march);
    const change = Object.fromEntries(view.rows.map((r) => [r.unit.code, r.change]));
    expect(change).toEqual({ '30742': 50, '30733': undefined, '31093': undefined });
  });

  it('refuses to read a month on the unit list of another vintage', () => {
    expect(() => communeStatuses(area, units, { ...march, vintage: '2025-07' })).toThrow(/vintage 2025-07/);
  });
});

describe('open-data CSV', () => {
  it('writes an empty count for no data (never 0), and no byte-order mark: software reads it as published', () => {
    const csv = monthCsv(monthView(area, campaign, vintageOf, march));
    expect(csv.startsWith('month,vintage,code,commune,')).toBe(true);
    const line = csv.split('\n').find((l) => l.includes('30733'));
    expect(line).toBe('2025-03,2025-01,30733,Phường Vĩnh Thanh,899,Thành phố Rạch Giá,,300,,none,2025-04-05,test,no,,');
  });
});
