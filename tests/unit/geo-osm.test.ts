/**
 * data:osm offline: the Overpass query, relation id → 2025 code, the merge of the two 2024 Rạch Giá
 * wards into 30742, and the completeness check. The response is a SYNTHETIC recorded fixture in
 * Overpass JSON format (tests/fixtures/geo/overpass-response.json): 4 relations, made-up geometry.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runDataOsm } from '../../scripts/cli/data-osm';
import { DataValidationError } from '../../src/lib/data/errors';
import {
  buildOverpassQuery,
  mergePolygons,
  OSM_ATTRIBUTION,
  osmResponseToCommunes,
  parseOsmCrosswalk,
} from '../../src/lib/geo/osm';
import { rewindForD3 } from '../../src/lib/geo/rewind';
import { checkCommunes } from '../../src/lib/geo/validate-communes';
import { loadDistricts, loadUnits, readJson, repoFile, rectangle } from '../fixtures/geo/inputs';

const RESPONSE = repoFile('tests/fixtures/geo/overpass-response.json');
const units = loadUnits();
const names = new Map(units.units.map((u) => [u.code, u.name]));
const rows = parseOsmCrosswalk(
  readFileSync(repoFile('tests/fixtures/kien-giang/osm-relations.csv'), 'utf8'),
  'tests/fixtures/kien-giang/osm-relations.csv',
);
const response = readJson('tests/fixtures/geo/overpass-response.json');
const converted = osmResponseToCommunes(response, rows, { date: '2025-03-01', names });

describe('buildOverpassQuery', () => {
  it('asks for the relations as they were at 00:00 UTC on the date, with geometry', () => {
    expect(buildOverpassQuery([15429961, 15429952, 15429956, 15429952], '2025-03-01')).toMatchInlineSnapshot(`
      "[out:json][timeout:180][date:"2025-03-01T00:00:00Z"];
      rel(id:15429952,15429956,15429961);
      out geom;
      "
    `);
  });

  it('refuses a date not written YYYY-MM-DD', () => {
    expect(() => buildOverpassQuery([1], '01/03/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('parseOsmCrosswalk (data/osm-relations.csv)', () => {
  it('has 144 commune relations covering the 143 codes of 2025', () => {
    expect(rows).toHaveLength(144);
    expect(new Set(rows.map((r) => r.code2025))).toEqual(new Set(units.units.map((u) => u.code)));
  });

  it.each([
    [15429961, '30742'],
    [15429952, '30742'],
    [15429956, '30733'],
    [15080216, '31108'],
  ])('maps relation %i to code %s', (relationId, code) => {
    expect(rows.find((r) => r.relationId === relationId)?.code2025).toBe(code);
  });
});

describe('osmResponseToCommunes', () => {
  it('makes one feature per 2025 code, named from the unit list, with its relations and date', () => {
    expect(converted.collection.features.map((f) => f.properties)).toEqual([
      { code: '30733', name: 'Phường Vĩnh Thanh', osm_relation_ids: [15429956], osm_date: '2025-03-01' },
      { code: '30742', name: 'Phường Vĩnh Thanh Vân', osm_relation_ids: [15429952, 15429961], osm_date: '2025-03-01' },
      { code: '31108', name: 'Xã Hòn Tre', osm_relation_ids: [15080216], osm_date: '2025-03-01' },
    ]);
    expect(converted.collection.attribution).toBe(OSM_ATTRIBUTION);
  });

  it('merges the two 2024 wards into one polygon for 30742, dissolving their shared edge', () => {
    const merged = converted.collection.features.find((f) => f.properties.code === '30742');
    if (!merged) throw new Error('no 30742');
    expect(merged.geometry.type).toBe('Polygon');
    expect((merged.geometry as Polygon).coordinates).toHaveLength(1);
    const parts = geoArea(rewindForD3(rectangle(105.08, 10, 0.01))) + geoArea(rewindForD3(rectangle(105.09, 10, 0.01)));
    expect(geoArea(rewindForD3(merged.geometry)) / parts).toBeCloseTo(1, 6);
  });

  it('keeps both islands of a commune as one MultiPolygon', () => {
    const honTre = converted.collection.features.find((f) => f.properties.code === '31108');
    expect(honTre?.geometry.type).toBe('MultiPolygon');
  });

  it('writes RFC 7946 winding (outer rings counter-clockwise)', () => {
    for (const f of converted.collection.features) {
      // d3 reads an RFC 7946 ring as inside-out: the area is close to the whole sphere.
      expect(geoArea(f)).toBeGreaterThan(2 * Math.PI);
    }
  });

  it('lists the relations the response lacks', () => {
    expect(converted.problems).toHaveLength(140);
    expect(converted.problems[0]).toMatch(/^relation \d+ \(.+, code \d{5}\): not in the response — /);
  });

  it('fails the completeness check with the count of missing codes and the codes', () => {
    const { problems } = checkCommunes(converted.collection, units, {
      file: 'communes.source.geojson',
      codeProperty: 'code',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^communes\.source\.geojson: 140 of 143 units have no feature: 30736, 30739, 30745, /);
    expect(problems[0]).not.toMatch(/30733|30742|31108/);
  });
});

describe('mergePolygons', () => {
  it('dissolves squares that share an edge and keeps separate ones apart', () => {
    const touching = mergePolygons([rectangle(0, 0, 1), rectangle(1, 0, 1)]);
    expect(touching.type).toBe('Polygon');
    const apart = mergePolygons([rectangle(0, 0, 1), rectangle(3, 0, 1)]);
    expect(apart.type).toBe('MultiPolygon');
  });
});

describe('runDataOsm with a saved response', () => {
  it('writes the commune GeoJSON, then stops at the completeness check writing no map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-osm-'));
    const districtsFile = join(dir, 'districts.geojson');
    writeFileSync(districtsFile, JSON.stringify(loadDistricts()));
    const out = join(dir, 'communes.source.geojson');
    const lines: string[] = [];
    const run = runDataOsm(
      {
        response: RESPONSE,
        out,
        area: 'tests/fixtures/kien-giang',
        relations: 'tests/fixtures/kien-giang/osm-relations.csv',
        units: 'tests/fixtures/kien-giang/vintages/2025-01/units.json',
        districts: districtsFile,
        dataOut: join(dir, 'data'),
      },
      (l) => lines.push(l),
    );
    await expect(run).rejects.toBeInstanceOf(DataValidationError);
    await expect(run).rejects.toMatchObject({ lines: [expect.stringContaining('140 of 143 units have no feature')] });
    const written = JSON.parse(readFileSync(out, 'utf8')) as { attribution: string; features: unknown[] };
    expect(written.attribution).toBe(OSM_ATTRIBUTION);
    expect(written.features).toHaveLength(3);
    expect(existsSync(join(dir, 'data', 'geo', 'map.topojson'))).toBe(false);
    expect(lines.filter((l) => l.startsWith('warning: relation'))).toHaveLength(140);
  }, 60_000);
});
