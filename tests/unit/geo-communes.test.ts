/**
 * Installing commune polygons: the checks on the file (every unit once, no unknown code, valid
 * polygons, every problem reported in one run) and the polygon view of the layout map. The commune
 * polygons here are SYNTHETIC (a small square per unit, made in the test), never shipped.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDataGeo } from '../../scripts/cli/data-geo';
import { DataValidationError } from '../../src/lib/data/errors';
import { buildGeoData, type GeoBuildResult } from '../../src/lib/geo/build-geo-data';
import { readMapModel, type MapModel } from '../../src/lib/data/map-model';
import { checkCommunes } from '../../src/lib/geo/validate-communes';
import { loadDistricts, loadGeoInputs2025, loadUnits, syntheticCommunes } from '../fixtures/geo/inputs';

const units = loadUnits();
const districts = loadDistricts();
const { insets, retiredCodes } = loadGeoInputs2025();
const FILE = 'communes.geojson';
const check = (data: unknown): string[] =>
  checkCommunes(data, units, { file: FILE, codeProperty: 'code', retiredCodes }).problems;

/** The synthetic collection with `change` applied to a deep copy. */
function changed(change: (features: Feature<Polygon>[]) => void): FeatureCollection<Polygon> {
  const fc = structuredClone(syntheticCommunes(units, districts));
  change(fc.features);
  return fc;
}
const ring = (f: Feature<Polygon> | undefined): number[][] => f?.geometry.coordinates[0] ?? [];

describe('checkCommunes', () => {
  it('accepts one valid polygon per unit', () => {
    const result = checkCommunes(syntheticCommunes(units, districts), units, { file: FILE, codeProperty: 'code' });
    expect(result.problems).toEqual([]);
    expect(result.communes).toHaveLength(143);
  });

  it.each<[string, (features: Feature<Polygon>[]) => void, RegExp]>([
    [
      'a missing unit',
      (fs) => fs.splice(3, 1),
      /^communes\.geojson: code 30742 \(Phường Vĩnh Thanh Vân\): no feature — add its polygon/,
    ],
    [
      'a duplicate code',
      (fs) => fs.push(structuredClone(fs[0] as Feature<Polygon>)),
      /^communes\.geojson: feature 143 \(code 30733\): code 30733 already used by feature 0 — merge the parts into one MultiPolygon feature$/,
    ],
    [
      'an unknown code',
      (fs) => fs.push({ ...structuredClone(fs[0] as Feature<Polygon>), properties: { code: '99999' } }),
      /^communes\.geojson: feature 143 \(code 99999\): code 99999 is not a unit of vintage 2025-01 \(143 units, list of 2025-03-01\) — check the code/,
    ],
    [
      'the 2024 code 30730',
      (fs) => fs.push({ ...structuredClone(fs[0] as Feature<Polygon>), properties: { code: '30730' } }),
      /feature 143 \(code 30730\): code 30730 is the old Phường Vĩnh Thanh Vân.* — merge this polygon into the feature of 30742$/,
    ],
    [
      'no code property',
      (fs) => {
        (fs[5] as Feature<Polygon>).properties = { ma: '30748' };
      },
      /^communes\.geojson: feature 5 \(code \?\): no "code" property .* — set --code-property .* \(this feature has: ma\)$/,
    ],
    [
      'an unclosed ring',
      (fs) => ring(fs[1]).pop(),
      /^communes\.geojson: feature 1 \(code 30736\): geometry ring 0 is not closed \(first \[.+\], last \[.+\]\) — repeat the first position at the end$/,
    ],
    [
      'a ring with too few positions',
      (fs) => {
        (fs[1] as Feature<Polygon>).geometry.coordinates = [ring(fs[1]).slice(0, 3)];
      },
      /^communes\.geojson: feature 1 \(code 30736\): geometry ring 0 has 3 positions, a ring needs at least 4 — /,
    ],
    [
      'a zero-area ring',
      (fs) => {
        (fs[2] as Feature<Polygon>).geometry.coordinates = [
          [
            [105, 10],
            [105.1, 10],
            [105.2, 10],
            [105, 10],
          ],
        ];
      },
      /^communes\.geojson: feature 2 \(code 30739\): geometry ring 0 has zero area — remove it or fix the export$/,
    ],
    [
      'a non-finite coordinate',
      (fs) => {
        ring(fs[2])[1] = [Number.NaN, 10];
      },
      /^communes\.geojson: feature 2 \(code 30739\): geometry ring 0 position 1 is not a pair of finite numbers/,
    ],
    [
      'a point instead of an area',
      (fs) => {
        (fs[2] as unknown as Feature).geometry = { type: 'Point', coordinates: [105, 10] };
      },
      /geometry is a "Point", not a Polygon or MultiPolygon — export the commune as an area/,
    ],
    [
      'a polygon far from the province',
      (fs) => {
        (fs[2] as Feature<Polygon>).geometry.coordinates = [ring(fs[2]).map(([x = 0, y = 0]) => [x - 10, y + 10])];
      },
      /geometry lies at lon 95\.\d\d–95\.\d\d, lat 20\.\d\d–20\.\d\d, outside the province .* — check the coordinates are \[lon, lat\]/,
    ],
    [
      'lat/lon swapped',
      (fs) => {
        (fs[2] as Feature<Polygon>).geometry.coordinates = [ring(fs[2]).map(([x = 0, y = 0]) => [y, x])];
      },
      /geometry ring 0 position 0 \[10\.\d+,105\.\d+\] is not lon\/lat — it looks like \[lat, lon\]: write positions as \[lon, lat\]/,
    ],
  ])('reports %s clearly', (_name, change, expected) => {
    const problems = checkCommunes(changed(change), units, {
      file: FILE,
      codeProperty: 'code',
      extent: [103, 9, 106, 11],
      retiredCodes,
    }).problems;
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('words an unknown code like this', () => {
    const problems = check(
      changed((fs) => fs.push({ ...structuredClone(fs[0] as Feature<Polygon>), properties: { code: '91999' } })),
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "communes.geojson: feature 143 (code 91999): code 91999 is not a unit of vintage 2025-01 (143 units, list of 2025-03-01) — check the code, or the boundary vintage of the file",
      ]
    `);
  });

  it('lists every problem of the file in one run', () => {
    const problems = check(
      changed((fs) => {
        fs.splice(3, 1); // 30742 missing
        ring(fs[0]).pop(); // 30733 not closed
        fs.push({ ...structuredClone(fs[1] as Feature<Polygon>), properties: { code: '12345' } }); // unknown
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it('summarises many missing units on one line with their count and codes', () => {
    const problems = check(changed((fs) => fs.splice(0, 140)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^communes\.geojson: 140 of 143 units have no feature: 30733, 30736, [\d, ]+ — every unit of vintage 2025-01 needs exactly one polygon/,
    );
  });

  it('rejects something that is not a FeatureCollection', () => {
    expect(check({ type: 'Feature' })).toEqual([expect.stringMatching(/not a GeoJSON FeatureCollection/)]);
  });
});

describe('data:geo with commune polygons', () => {
  let result: GeoBuildResult;
  let model: MapModel;
  beforeAll(() => {
    result = buildGeoData({
      units,
      districts,
      districtsFile: 'districts',
      communes: { file: FILE, data: syntheticCommunes(units, districts), codeProperty: 'code' },
      insets,
    });
    model = readMapModel(JSON.parse(result.files.find((f) => f.path === 'geo/map.topojson')?.content ?? 'null'));
  }, 60_000);

  it('switches the map to the polygon view with 143 communes', () => {
    expect(model.view).toBe('polygons');
    expect(model.communes).toHaveLength(143);
    expect(new Set(model.communes.map((c) => c.properties.code)).size).toBe(143);
    expect(result.files.map((f) => f.path)).toContain('geo/communes.topojson');
  });

  it('keeps the communes and districts inside the layout box', () => {
    for (const f of [...model.communes, ...model.districts]) {
      const [[x0, y0], [x1, y1]] = geoPath().bounds(f);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(model.width);
      expect(y1).toBeLessThanOrEqual(model.height);
    }
  });

  it('still carries the 143 mosaic tiles', () => {
    const map = JSON.parse(result.files.find((f) => f.path === 'geo/map.topojson')?.content ?? '{}') as {
      objects: { tiles: { geometries: unknown[] } };
    };
    expect(map.objects.tiles.geometries).toHaveLength(143);
  });

  it('writes nothing when the commune file has problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-geo-'));
    const communesFile = join(dir, 'bad.geojson');
    writeFileSync(communesFile, JSON.stringify(changed((fs) => fs.splice(0, 1))));
    const districtsFile = join(dir, 'districts.geojson');
    writeFileSync(districtsFile, JSON.stringify(districts));
    const out = join(dir, 'out');
    const run = runDataGeo(
      {
        area: 'tests/fixtures/kien-giang',
        units: 'tests/fixtures/kien-giang/vintages/2025-01/units.json',
        districts: districtsFile,
        communes: communesFile,
        out,
      },
      () => {},
    );
    await expect(run).rejects.toBeInstanceOf(DataValidationError);
    await expect(run).rejects.toMatchObject({ lines: [expect.stringMatching(/code 30733 .*no feature/)] });
    expect(readdirSync(dir).sort()).toEqual(['bad.geojson', 'districts.geojson']);
  }, 60_000);
});
