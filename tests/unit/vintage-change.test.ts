import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleSiteData } from '../e2e/site-data';
import { loadSiteData } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import {
  comparisonPhrase,
  vintageChangeLinkNote,
  vintageChangeNear,
  vintageChangeSentence,
} from '../../src/lib/model/vintage-change';
import { unitNoun } from '../../src/lib/text/unit-noun';

// The e2e fixture: 2025-05 and 2025-06 on the 143 old communes, 2025-07 and 2025-08 on the 48 new units.
const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'vintage-change-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const vintageOf = (m: { vintage: string }) => vintages.get(m.vintage)!;
const view = (key: string) =>
  monthView(
    area,
    campaign,
    vintageOf,
    campaign.months.find((m) => m.month === key)!,
  );

describe('vintageChangeNear', () => {
  it('finds the change from the last month on the old list and from the first on the new one', () => {
    for (const key of ['2025-06', '2025-07']) {
      const change = vintageChangeNear(area, campaign, vintages, key);
      expect(change?.lastMonthBefore).toBe('2025-06');
      expect(change?.firstMonthAfter).toBe('2025-07');
      expect(change?.before.units).toBe(143);
      expect(change?.after.units).toBe(48);
    }
  });

  it('finds none for months away from the change or unknown', () => {
    expect(vintageChangeNear(area, campaign, vintages, '2025-05')).toBeUndefined();
    expect(vintageChangeNear(area, campaign, vintages, '2025-08')).toBeUndefined();
    expect(vintageChangeNear(area, campaign, vintages, '2024-01')).toBeUndefined();
  });

  it('says what changed in one sentence, and what a link across the change leads to', () => {
    const change = vintageChangeNear(area, campaign, vintages, '2025-07')!;
    expect(vintageChangeSentence(change)).toBe(
      'Từ 01/07/2025, 143 xã, phường, thị trấn cũ được sắp xếp thành 48 xã, phường, đặc khu mới; ' +
        'bản đồ từ tháng 7/2025 dùng đơn vị mới.',
    );
    expect(vintageChangeLinkNote(change, '2025-07')).toBe(
      'tháng 7/2025: bản đồ chuyển từ 143 xã, phường, thị trấn cũ sang 48 xã, phường, đặc khu mới',
    );
    expect(vintageChangeLinkNote(change, '2025-06')).toBe(
      'tháng 6/2025: bản đồ chuyển từ 48 xã, phường, đặc khu mới sang 143 xã, phường, thị trấn cũ',
    );
  });
});

describe('the comparison with the month before', () => {
  it('never compares unit counts across vintages, only samples, naming the old list', () => {
    const c = view('2025-07').comparison!;
    expect(c.month).toBe('2025-06');
    expect(c.met).toBeUndefined();
    expect(c.samples).toBe(view('2025-06').summary.samples);
    expect(comparisonPhrase(c)).toBe('so với tháng 6/2025, khi còn 143 xã cũ');
  });

  it('compares units meeting target on the same list', () => {
    const c = view('2025-08').comparison!;
    expect(c.met).toBe(view('2025-07').summary.met);
    expect(c.otherVintage).toBeUndefined();
    expect(comparisonPhrase(c)).toBe('so với tháng 7/2025');
    expect(view('2025-05').comparison).toBeUndefined();
  });
});

describe('unitNoun', () => {
  it('names units by the vintage: "xã" before 07/2025, "đơn vị cấp xã" after', () => {
    const [old, current] = area.vintages;
    expect(unitNoun(old!)).toEqual({ one: 'xã', kinds: 'xã, phường, thị trấn' });
    expect(unitNoun(current!)).toEqual({ one: 'đơn vị cấp xã', kinds: 'xã, phường, đặc khu' });
  });
});
