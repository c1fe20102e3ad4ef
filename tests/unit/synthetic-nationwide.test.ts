/**
 * The synthetic nationwide data folder the bench builds (scripts/fixtures/make-nationwide.ts), at a small
 * size: it loads through the site's own loader (schemas and cross-checks) and its grid map passes
 * MapTopologySchema with one square per unit (and one outline per district).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMapModel, loadSiteData } from '../../src/lib/data/load';
import { syntheticUnits, writeNationwide } from '../../scripts/fixtures/synthetic';

const root = mkdtempSync(join(tmpdir(), 'ispeed-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic nationwide data', () => {
  it.each([
    ['current', '2025-07', 0, 'commune'],
    ['old', '2025-01', 5, 'district'],
  ] as const)('%s: a small folder loads and draws', (kind, vintage, districts, reportingUnit) => {
    const dir = join(root, kind);
    const written = writeNationwide(dir, { kind, communes: 76, months: 3 });
    expect(written).toEqual({ units: 76, districts, months: ['2024-07', '2024-08', '2024-09'] });
    const data = loadSiteData(dir);
    expect(data.area.vintages.map((v) => [v.id, v.reportingUnit])).toEqual([[vintage, reportingUnit]]);
    expect(data.campaign.months.every((m) => m.vintage === vintage && m.illustrative)).toBe(true);
    const model = loadMapModel(vintage, dir);
    expect(model.view).toBe('polygons');
    expect(model.communes.map((f) => f.properties.code).sort()).toEqual(
      data.vintages
        .get(vintage)
        ?.units.units.map((u) => u.code)
        .sort(),
    );
    expect(model.districts).toHaveLength(districts);
  });

  it('names are unique in a list without districts, and the default list is nationwide', () => {
    const current = syntheticUnits({ communes: 3321, districts: 0, vintage: '2025-07' });
    expect(new Set(current.units.map((u) => u.name.replace(/^\S+( khu)? /, ''))).size).toBe(3321);
    expect(new Set(current.units.map((u) => u.type))).toEqual(new Set(['Xã', 'Phường', 'Đặc khu']));
    const old = syntheticUnits();
    expect([old.units.length, old.districts.length]).toEqual([10_600, 700]);
  });
});
