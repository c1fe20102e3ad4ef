/**
 * The two boundary vintages of the site and how they relate: the 143 units of 2025-01 merged into
 * the 48 of 2025-07 (the crosswalk in `formedFrom`), codes that mean other places in each vintage,
 * which vintage a month is published on, and counts of old units added up into the new ones.
 * Real inputs: the fixture's committed unit lists and the e2e fixture's months (their agreement
 * with the sources in ../shared/geo: tests/sources).
 */
import { describe, expect, it } from 'vitest';
import { AreaSchema } from '../../src/lib/data/schema/area';
import { CampaignSchema, type Counts } from '../../src/lib/data/schema/campaign';
import { UnitListSchema, type UnitList } from '../../src/lib/data/schema/units';
import { crosswalkProblems, formerTotals, vintageForMonth } from '../../src/lib/data/vintage';
import { readJson } from '../fixtures/geo/inputs';

const area = AreaSchema.parse(readJson('tests/fixtures/kien-giang/area.json'));
const before = UnitListSchema.parse(readJson('tests/fixtures/kien-giang/vintages/2025-01/units.json'));
const after = UnitListSchema.parse(readJson('tests/fixtures/kien-giang/vintages/2025-07/units.json'));
// Months from the test fixture, never the shipped ones (the province replaces those).
const campaign = CampaignSchema.parse(readJson('tests/fixtures/site/campaign.json'));
const total = (counts: Iterable<number>): number => [...counts].reduce((a, b) => a + b, 0);

describe('the crosswalk from 2025-01 to 2025-07', () => {
  it('puts each of the 143 old units into exactly one of the 48 new units, with no unknown code', () => {
    expect(before.units).toHaveLength(143);
    expect(after.units).toHaveLength(48);
    expect(crosswalkProblems(before, after)).toEqual([]);
    const formed = after.units.flatMap((u) => u.formedFrom ?? []);
    expect(formed).toHaveLength(143);
    expect([...formed].sort()).toEqual(before.units.map((u) => u.code).sort());
  });

  const broken = (change: (list: UnitList) => void): UnitList => {
    const copy = structuredClone(after);
    change(copy);
    return copy;
  };
  it.each<[string, UnitList, RegExp]>([
    [
      'an unknown old code',
      broken((l) => l.units[0]?.formedFrom?.push('99999')),
      /^units\[0\]\.formedFrom: 99999 is not a unit of vintage 2025-01/,
    ],
    [
      'an old unit merged twice',
      broken((l) => l.units[1]?.formedFrom?.push(l.units[0]?.formedFrom?.[0] ?? '')),
      /^units\[1\]\.formedFrom: 30733 is already merged into 30742/,
    ],
    [
      'an old unit merged nowhere',
      broken((l) => l.units[0]?.formedFrom?.shift()),
      /^units: Phường Vĩnh Thanh \(30733, vintage 2025-01\) is in no unit's formedFrom/,
    ],
  ])('reports %s', (_name, next, expected) => {
    const problems = crosswalkProblems(before, next);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});

describe('formerTotals (the counts of a new unit\u2019s old units, added up)', () => {
  const months = campaign.months.filter((m) => m.vintage === '2025-01');

  it.each(months.map((m) => [m.month, m.counts.mobile] as const))(
    'keeps the total of month %s when its old units are summed into the new ones',
    (_month, counts) => {
      const totals = formerTotals(counts, after);
      expect(total([...totals.values()].map((t) => t.total))).toBe(total(Object.values(counts)));
      expect(total([...totals.values()].map((t) => t.reported))).toBe(Object.keys(counts).length);
    },
  );

  const rachGia = after.units.find((u) => u.code === '30742');
  const rachGiaOld = rachGia?.formedFrom ?? [];
  it.each<[string, Counts, { total: number; reported: number; of: number } | undefined]>([
    ['every old unit reported', Object.fromEntries(rachGiaOld.map((c) => [c, 10])), { total: 90, reported: 9, of: 9 }],
    ['two old units reported', { '30733': 5, '30736': 7 }, { total: 12, reported: 2, of: 9 }],
    ['an old unit reported zero', { '30733': 0 }, { total: 0, reported: 1, of: 9 }],
    ['no old unit reported (no data, not zero)', { '31012': 4 }, undefined],
  ])('for Phường Rạch Giá when %s', (_name, counts, expected) => {
    expect(formerTotals(counts, after).get('30742')).toEqual(expected);
  });
});

describe('codes that mean other places in each vintage', () => {
  const nameIn = (list: UnitList, code: string): string | undefined => list.units.find((u) => u.code === code)?.name;
  it.each([
    ['31012', 'Xã Thạnh Yên', 'Xã Vĩnh Hòa'],
    ['30742', 'Phường Vĩnh Thanh Vân', 'Phường Rạch Giá'],
    ['31078', 'Phường Dương Đông', 'Đặc khu Phú Quốc'],
  ])('%s is %s in 2025-01 and %s in 2025-07', (code, oldName, newName) => {
    expect(nameIn(before, code)).toBe(oldName);
    expect(nameIn(after, code)).toBe(newName);
  });
});

describe('vintageForMonth on data/area.json', () => {
  it.each([
    ['2024-07', '2025-01'],
    ['2025-06', '2025-01'],
    ['2025-07', '2025-07'],
    ['2026-01', '2025-07'],
  ])('publishes %s on vintage %s', (month, vintage) => {
    expect(vintageForMonth(area, month)?.id).toBe(vintage);
  });
});
