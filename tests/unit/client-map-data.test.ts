/**
 * The month the map shows (src/client/map/data.ts), from the page's island and from the vintage's
 * months file: both paths give the same communes, the same sentence as the server's <title>, and
 * the search gets every unit with its former names. Real inputs: the e2e fixture (both vintages).
 */
import { describe, expect, it } from 'vitest';
import { dataFromIsland, dataFromMonthsFile, labelOf, searchUnitsOf } from '../../src/client/map/data';
import { buildSearchIndex, searchUnits } from '../../src/lib/model/map-search';
import { mapLayers } from '../../src/lib/render/layers';
import { fixtureSite } from './client-map-fixture';

const site = fixtureSite();
const months = site.campaign.months;

describe('dataFromIsland', () => {
  it.each(months.map((m) => [m.month]))('reads every unit of %s as the month view says', (key) => {
    const view = site.viewOf(key);
    const data = dataFromIsland(site.pageIsland(key));
    expect(data.month).toBe(key);
    expect([...data.communes.keys()].sort()).toEqual(view.rows.map((r) => r.unit.code).sort());
    for (const r of view.rows) {
      expect(data.communes.get(r.unit.code)).toEqual({
        name: r.unit.name,
        district: r.district?.name ?? '',
        count: r.count ?? null,
        target: r.target,
        band: r.band,
        change: r.change,
      });
    }
  });

  it('knows the previous month only on the same units', () => {
    expect(dataFromIsland(site.pageIsland('2025-08')).previousMonth).toBe('2025-07');
    expect(dataFromIsland(site.pageIsland('2025-07')).previousMonth).toBeNull(); // 2025-06 is on other units
    expect(dataFromIsland(site.pageIsland('2025-06')).previousMonth).toBe('2025-05');
  });

  it('says of each commune what the server drawing says in its <title>', () => {
    for (const key of ['2025-06', '2025-07']) {
      const view = site.viewOf(key);
      const data = dataFromIsland(site.pageIsland(key));
      const layers = mapLayers(site.mapModel(view.vintage.id), view);
      for (const shape of layers.communes) expect(labelOf(data.communes.get(shape.code)!)).toBe(shape.title);
    }
    const bare = dataFromIsland(site.pageIsland('2025-07')).communes.get('30826')!;
    expect(labelOf(bare)).toBe('Xã Bình Giang: chưa có số liệu');
  });
});

describe('dataFromMonthsFile', () => {
  it.each([['2025-01'], ['2025-07']])('gives each month of %s as its own page does', (vintage) => {
    const file = site.monthsFile(vintage);
    expect(file.months.length).toBeGreaterThanOrEqual(2);
    // The names come from the month shown before the switch: here the vintage's last month.
    const shown = dataFromIsland(site.pageIsland(file.months.at(-1)!.month)).communes;
    file.months.forEach((entry, i) => {
      expect(dataFromMonthsFile(file, i, shown)).toEqual(dataFromIsland(site.pageIsland(entry.month)));
    });
  });

  it('names a unit it has no name for by its code, never by another unit', () => {
    const file = site.monthsFile('2025-07');
    const data = dataFromMonthsFile(file, 1, new Map());
    expect(data.communes.get('31012')).toMatchObject({ name: '31012', district: '' });
  });
});

describe('searchUnitsOf', () => {
  it('gives the search every unit shown, an old name finding the unit it became', () => {
    const island = site.pageIsland('2025-08');
    const units = searchUnitsOf(dataFromIsland(island), island.former);
    expect(units).toHaveLength(48);
    expect(units.find((u) => u.code === '31012')?.former).toContain('Xã Thạnh Yên');
    expect(searchUnits(buildSearchIndex(units), 'thanh yen')).toEqual([
      { code: '31012', name: 'Xã Vĩnh Hòa', formerly: 'Xã Thạnh Yên' },
    ]);
  });
});
