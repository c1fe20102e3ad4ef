/** Samples per 1,000 residents (issue 16, point 2) and the plausibility rule for populations. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPopulations,
  MIN_RURAL_DENSITY,
  POPULATION_NOTES,
  type PopulationRow,
} from '../../src/lib/geo/population';
import { hasPopulation, perCapitaClass, perThousand, populationOf } from '../../src/lib/model/per-capita';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { formatPerThousand } from '../../src/lib/text/format';

const row = (code: string, type: string, area: string, population: string): PopulationRow => ({
  code,
  type,
  area,
  population,
});

describe('checkPopulations', () => {
  it('keeps a plausible population of a Xã, a Phường and an island Xã', () => {
    const checks = checkPopulations([
      row('30985', 'Xã', '118.27', '53784'),
      row('30742', 'Phường', '45.53', '250661'),
      row('30781', 'Xã', '2.54', '1872'),
    ]);
    expect([...checks.values()]).toEqual([{ population: 53784 }, { population: 250661 }, { population: 1872 }]);
  });

  it.each([
    ['Xã Hòa Thuận', '30949', '73.85', '317'],
    ['Xã Tân Hội', '30856', '146.28', '4945'],
    ['Xã Tây Yên', '30988', '127.5', '5259'],
    ['Xã Long Thạnh', '30943', '96.37', '4225'],
  ])('withholds %s (the four SOURCES.md names: too few residents for its area)', (_name, code, area, population) => {
    expect(checkPopulations([row(code, 'Xã', area, population)]).get(code)).toEqual({
      note: POPULATION_NOTES.lowDensity,
    });
  });

  it(`draws the line at ${MIN_RURAL_DENSITY}/km² for a Xã only`, () => {
    const checks = checkPopulations([
      row('00001', 'Xã', '100', String(MIN_RURAL_DENSITY * 100)),
      row('00002', 'Xã', '100', String(MIN_RURAL_DENSITY * 100 - 1)),
      row('00003', 'Đặc khu', '100', '10'),
    ]);
    expect(checks.get('00001')).toEqual({ population: 6000 });
    expect(checks.get('00002')).toEqual({ note: POPULATION_NOTES.lowDensity });
    expect(checks.get('00003')).toEqual({ population: 10 });
  });

  it('withholds both units of a copied row (same area and population: Hòn Đất and Bình Sơn)', () => {
    const checks = checkPopulations([
      row('30817', 'Xã', '281.7', '61517'),
      row('30823', 'Xã', '281.7', '61517'),
      row('30835', 'Xã', '163.41', '29682'),
    ]);
    expect(checks.get('30817')).toEqual({ note: POPULATION_NOTES.duplicate });
    expect(checks.get('30823')).toEqual({ note: POPULATION_NOTES.duplicate });
    expect(checks.get('30835')).toEqual({ population: 29682 });
  });

  it('withholds a missing or unreadable population, and a Xã without an area', () => {
    const checks = checkPopulations([
      row('00001', 'Xã', '10', ''),
      row('00002', 'Xã', '10', '1.234'),
      row('00003', 'Xã', '10', '-5'),
      row('00004', 'Xã', '', '5000'),
      row('00005', 'Phường', '', '5001'),
    ]);
    expect(checks.get('00001')).toEqual({ note: POPULATION_NOTES.missing });
    expect(checks.get('00002')).toEqual({ note: POPULATION_NOTES.unreadable });
    expect(checks.get('00003')).toEqual({ note: POPULATION_NOTES.unreadable });
    expect(checks.get('00004')).toEqual({ note: POPULATION_NOTES.noArea });
    expect(checks.get('00005')).toEqual({ population: 5001 });
  });

  it('gives the shipped 2025-07 list no figure for the six withheld units, and a figure for the 42 others', () => {
    const list = UnitListSchema.parse(
      JSON.parse(readFileSync('tests/fixtures/kien-giang/vintages/2025-07/units.json', 'utf8')),
    );
    const withheld = list.units.filter((u) => u.population === undefined).map((u) => u.name);
    expect(withheld.sort()).toEqual(
      ['Xã Bình Sơn', 'Xã Hòa Thuận', 'Xã Hòn Đất', 'Xã Long Thạnh', 'Xã Tân Hội', 'Xã Tây Yên'].sort(),
    );
    expect(list.units.every((u) => (u.population === undefined) !== (u.populationNote === undefined))).toBe(true);
    expect(hasPopulation(list)).toBe(true);
  });
});

describe('perThousand', () => {
  it('is samples ÷ population × 1000', () => {
    expect(perThousand(300, 60000)).toBe(5);
    expect(perThousand(0, 1000)).toBe(0);
  });
  it('has no figure without a count or a population', () => {
    expect(perThousand(undefined, 1000)).toBeUndefined();
    expect(perThousand(300, undefined)).toBeUndefined();
  });
  it('is formatted with one decimal, Vietnamese style', () => {
    expect(formatPerThousand(1234 / 100)).toBe('12,3');
    expect(formatPerThousand(5)).toBe('5,0');
  });
});

describe('perCapitaClass', () => {
  it.each([
    [0, 'bottom'],
    [4.99, 'bottom'],
    [5, 'lower'],
    [9.99, 'lower'],
    [10, 'upper'],
    [19.99, 'upper'],
    [20, 'top'],
    [2000, 'top'],
  ] as const)('%f per 1,000 is %s', (value, cls) => {
    expect(perCapitaClass(value)).toBe(cls);
  });
  it('has no class without a figure', () => {
    expect(perCapitaClass(undefined)).toBe('none');
  });
});

describe('populationOf', () => {
  it('gives the figure, or the note shown next to "—"', () => {
    const unit = { code: '30985', name: 'Xã An Biên', type: 'Xã' as const };
    expect(populationOf({ ...unit, population: 53784 })).toEqual({ population: 53784 });
    expect(populationOf({ ...unit, populationNote: POPULATION_NOTES.lowDensity })).toEqual({
      note: POPULATION_NOTES.lowDensity,
    });
    expect(populationOf(unit).note).toMatch(/số dân/u);
  });
});
