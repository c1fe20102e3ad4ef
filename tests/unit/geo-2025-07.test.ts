/**
 * The committed geometry of vintage 2025-07 of the shipped area, drawn with real commune polygons:
 * the former Kiên Giang (48 units), as its fixture holds it (tests/fixtures/kien-giang). Regenerate
 * with `npm run data:geo -- --area tests/fixtures/kien-giang` when these fail after an input change.
 * Any province's geometry from the national reference: tests/unit/area.test.ts.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../src/lib/data/errors';
import { buildCommuneVintage } from '../../src/lib/geo/build-geo-data';
import { MapTopologySchema, readMapModel } from '../../src/lib/data/map-model';
import { geometryBounds, planarArea } from '../../src/lib/geo/planar';
import { isWoundForD3 } from '../../src/lib/geo/rewind';
import { polygonsOf, type Box } from '../../src/lib/geo/types';
import { type AreaGeometry } from '../../src/lib/data/map-shapes';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { readJson, repoFile } from '../fixtures/geo/inputs';

const PHONE_WIDTH = 390;
const ringCount = (g: AreaGeometry): number => polygonsOf(g).flat().length;
const inside = (b: Box, frame: Box): boolean =>
  b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3];
const apart = (b: Box, frame: Box): boolean => b[2] < frame[0] || b[0] > frame[2] || b[3] < frame[1] || b[1] > frame[3];

const AREAS = [['former Kiên Giang', 'tests/fixtures/kien-giang', 48]] as const;

describe.each(AREAS)('the 2025-07 map of %s (%s)', (_name, root, count) => {
  const dir = `${root}/vintages/2025-07`;
  const mapText = readFileSync(repoFile(`${dir}/geo/map.topojson`), 'utf8');
  const topo = JSON.parse(mapText) as Topology;
  const model = readMapModel(topo);
  const units = UnitListSchema.parse(readJson(`${dir}/units.json`));
  const geoTopo = readJson(`${dir}/geo/communes.topojson`) as Topology;
  const geographic = feature(geoTopo, geoTopo.objects['communes'] as GeometryCollection).features as Feature<
    AreaGeometry,
    { code: string; name: string }
  >[];

  it(`has ${count} commune polygons, one per unit, with only their code, plus the inset and nothing else`, () => {
    expect(MapTopologySchema.safeParse(topo).success).toBe(true);
    expect(Object.keys(topo.objects).sort()).toEqual(['communes', 'insets']);
    expect(model.view).toBe('polygons');
    expect(model.communes.map((c) => c.properties)).toEqual(units.units.map((u) => ({ code: u.code })));
    expect(units.units).toHaveLength(count);
  });

  it('is small enough to ship (well under 60 KB gzip)', () => {
    expect(gzipSync(mapText).length).toBeLessThan(20 * 1024);
  });

  it('keeps every projected path inside [0, W] × [0, H]', () => {
    expect(model.width).toBe(1000);
    for (const c of model.communes) {
      const [[x0, y0], [x1, y1]] = geoPath().bounds(c);
      expect([x0, y0, x1, y1].every(Number.isFinite), c.properties.code).toBe(true);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(model.width);
      expect(y1).toBeLessThanOrEqual(model.height);
      // A sane share of the map, not the whole viewport (the symptom of a wrong winding).
      expect(planarArea(c.geometry), c.properties.code).toBeLessThan(0.1 * model.width * model.height);
    }
  });

  it('keeps every ring of the lon/lat polygons, islands included', () => {
    expect(geographic.map((f) => f.properties)).toEqual(units.units.map(({ code, name }) => ({ code, name })));
    expect(model.communes.map((c) => ringCount(c.geometry))).toEqual(geographic.map((f) => ringCount(f.geometry)));
    for (const f of geographic) {
      expect(isWoundForD3(f.geometry), f.properties.code).toBe(true);
      expect(geoArea(f)).toBeLessThan(1e-4);
    }
  });

  it('leaves no visible gap and no overlap between neighbours', () => {
    const communes = topo.objects['communes'] as GeometryCollection<{ code: string }>;
    const union = merge(topo, communes.geometries as Parameters<typeof merge>[1]);
    const sum = model.communes.reduce((a, c) => a + planarArea(c.geometry), 0);
    expect(planarArea(union)).toBeCloseTo(sum, 0);
    // Gaps of the source a few metres wide collapse to zero-area holes; none may show as a pixel.
    const holes = union.coordinates.flatMap((rings) => rings.slice(1));
    for (const hole of holes) expect(planarArea({ type: 'Polygon', coordinates: [hole] })).toBeLessThan(0.1);
  });

  it('draws Đặc khu Thổ Châu (31105) inside the inset frame, and nothing else there', () => {
    expect(model.insets).toHaveLength(1);
    const inset = model.insets[0];
    if (!inset) throw new Error('no inset');
    expect(inset.properties.label).toMatch(/^Đặc khu Thổ Châu – phóng to/);
    const frame = geometryBounds(inset.geometry);
    for (const c of model.communes) {
      for (const rings of polygonsOf(c.geometry)) {
        const b = geometryBounds({ type: 'Polygon', coordinates: rings });
        if (c.properties.code === '31105') expect(inside(b, frame)).toBe(true);
        else expect(apart(b, frame), c.properties.code).toBe(true);
      }
    }
  });

  it.each([
    ['31078', 'Đặc khu Phú Quốc'],
    ['31108', 'Đặc khu Kiên Hải'],
    ['31105', 'Đặc khu Thổ Châu'],
  ])('keeps %s (%s) visible at phone width, at least 3 px across', (code, name) => {
    expect(units.units.find((u) => u.code === code)?.name).toBe(name);
    const island = model.communes.find((c) => c.properties.code === code);
    if (!island) throw new Error(`no ${code}`);
    const [x0, y0, x1, y1] = geometryBounds(island.geometry);
    const scale = PHONE_WIDTH / model.width;
    expect(Math.min(x1 - x0, y1 - y0) * scale).toBeGreaterThanOrEqual(3);
  });
});

describe('data:geo for vintage 2025-07', () => {
  it('names a unit without a polygon and builds nothing', () => {
    const units = UnitListSchema.parse(readJson('tests/fixtures/kien-giang/vintages/2025-07/units.json'));
    const topo = readJson('tests/fixtures/kien-giang/vintages/2025-07/geo/communes.topojson') as Topology;
    const data = feature(topo, topo.objects['communes'] as GeometryCollection<{ code: string }>);
    data.features = data.features.filter((f) => f.properties.code !== '31105');
    const build = (): unknown =>
      buildCommuneVintage({ units, communes: { file: 'communes.geojson', data, codeProperty: 'code' } });
    expect(build).toThrow(DataValidationError);
    expect(build).toThrow(/code 31105 \(Đặc khu Thổ Châu\): no feature — add its polygon/);
  });
});
