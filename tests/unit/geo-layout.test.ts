/**
 * The committed 2025-01 layout of the shipped area, as its test fixture holds it
 * (tests/fixtures/kien-giang/vintages/2025-01/geo/map.topojson), and its districts.topojson.
 * Regenerate both with `npm run data:geo` when these fail after an input change.
 */
import { readFileSync } from 'node:fs';
import { geoArea, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readMapModel } from '../../src/lib/data/map-model';
import { geometryBounds, planarArea } from '../../src/lib/geo/planar';
import { isWoundForD3 } from '../../src/lib/geo/rewind';
import { polygonsOf, type Box } from '../../src/lib/geo/types';
import { type AreaGeometry } from '../../src/lib/data/map-shapes';
import { loadDistricts, loadUnits, repoFile } from '../fixtures/geo/inputs';

const mapText = readFileSync(repoFile('tests/fixtures/kien-giang/vintages/2025-01/geo/map.topojson'), 'utf8');
const model = readMapModel(JSON.parse(mapText));
const units = loadUnits();
const geographic = loadDistricts();
const identityPath = geoPath();

const THO_CHAU_LAT = 9.5; // Phú Quốc parts south of this are the Thổ Châu archipelago
const partsOf = (features: readonly Feature<AreaGeometry, { code: string }>[], code: string): number =>
  polygonsOf(features.find((f) => f.properties.code === code)?.geometry ?? { type: 'MultiPolygon', coordinates: [] })
    .length;
const inside = (b: Box, frame: Box): boolean =>
  b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3];

describe("the shipped area's 2025-01 map.topojson (its fixture)", () => {
  it('is a 1000-wide layout, small enough to ship (< 60 KB raw)', () => {
    expect(model.width).toBe(1000);
    expect(model.height).toBeGreaterThan(500);
    expect(Buffer.byteLength(mapText)).toBeLessThan(60 * 1024);
    expect(model.view).toBe('mosaic');
  });

  it('keeps every projected district path inside [0, W] × [0, H]', () => {
    expect(model.districts).toHaveLength(15);
    for (const d of model.districts) {
      const [[x0, y0], [x1, y1]] = identityPath.bounds(d);
      expect([x0, y0, x1, y1].every(Number.isFinite), d.properties.code).toBe(true);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(model.width);
      expect(y1).toBeLessThanOrEqual(model.height);
      // A sane share of the map, not the whole viewport (the symptom of a wrong winding).
      expect(planarArea(d.geometry)).toBeLessThan(0.1 * model.width * model.height);
    }
  });

  it('keeps every island ring (Phú Quốc 30 parts, Kiên Hải 20)', () => {
    expect(partsOf(model.districts, '911')).toBe(30);
    expect(partsOf(model.districts, '912')).toBe(20);
    expect(partsOf(geographic.features, '911')).toBe(30);
    expect(partsOf(geographic.features, '912')).toBe(20);
  });

  it('draws the Thổ Châu islands inside the inset frame, and nothing else there', () => {
    expect(model.insets).toHaveLength(1);
    const inset = model.insets[0];
    if (!inset) throw new Error('no inset');
    expect(inset.properties.label).toContain('Thổ Châu');
    const frame = geometryBounds(inset.geometry);
    const phuQuocGeo = geographic.features.find((f) => f.properties.code === '911');
    const phuQuoc = model.districts.find((f) => f.properties.code === '911');
    if (!phuQuocGeo || !phuQuoc) throw new Error('no Phú Quốc');
    const thoChauParts = polygonsOf(phuQuocGeo.geometry).filter(
      (rings) => geometryBounds({ type: 'Polygon', coordinates: rings })[3] < THO_CHAU_LAT,
    ).length;
    expect(thoChauParts).toBe(9);
    const inFrame = polygonsOf(phuQuoc.geometry).filter((rings) =>
      inside(geometryBounds({ type: 'Polygon', coordinates: rings }), frame),
    );
    expect(inFrame).toHaveLength(thoChauParts);
    for (const d of model.districts.filter((f) => f.properties.code !== '911')) {
      for (const rings of polygonsOf(d.geometry)) {
        const b = geometryBounds({ type: 'Polygon', coordinates: rings });
        expect(b[2] < frame[0] || b[0] > frame[2] || b[3] < frame[1] || b[1] > frame[3], d.properties.code).toBe(true);
      }
    }
  });
});

describe('the commune mosaic (tiles of map.topojson)', () => {
  const tiles = model.communes.map((t) => ({ ...t.properties, box: geometryBounds(t.geometry), geometry: t.geometry }));
  const size = Math.min(...tiles.map((t) => t.box[2] - t.box[0]));
  const pitch = Math.min(
    ...tiles.flatMap((a) => tiles.map((b) => Math.abs(a.box[0] - b.box[0]))).filter((d) => d > size / 2),
  );

  it('has exactly one tile per unit of the 2025-01 list (143), with unique codes', () => {
    expect(tiles).toHaveLength(143);
    expect(new Set(tiles.map((t) => t.code)).size).toBe(143);
    expect(tiles.map((t) => t.code).sort()).toEqual(units.units.map((u) => u.code).sort());
    const unitDistrict = new Map(units.units.map((u) => [u.code, u.districtCode]));
    for (const t of tiles) expect(t.districtCode, t.code).toBe(unitDistrict.get(t.code));
  });

  it('uses equal squares at least 22 units wide (tappable)', () => {
    expect(size).toBeGreaterThanOrEqual(22);
    for (const t of tiles) {
      expect(t.box[2] - t.box[0]).toBeCloseTo(size, 1);
      expect(t.box[3] - t.box[1]).toBeCloseTo(size, 1);
      expect(polygonsOf(t.geometry)[0]?.[0]).toHaveLength(5);
    }
  });

  it('keeps every tile inside [0, W] × [0, H] and off the inset frame', () => {
    const frame = geometryBounds(model.insets[0]?.geometry ?? { type: 'Polygon', coordinates: [] });
    for (const t of tiles) {
      expect(t.box[0]).toBeGreaterThanOrEqual(0);
      expect(t.box[1]).toBeGreaterThanOrEqual(0);
      expect(t.box[2]).toBeLessThanOrEqual(model.width);
      expect(t.box[3]).toBeLessThanOrEqual(model.height);
      const apart = t.box[2] <= frame[0] || t.box[0] >= frame[2] || t.box[3] <= frame[1] || t.box[1] >= frame[3];
      expect(apart, t.code).toBe(true);
    }
  });

  it('never lets two tiles overlap', () => {
    const overlaps: string[] = [];
    tiles.forEach((a, i) => {
      for (const b of tiles.slice(i + 1)) {
        const w = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
        const h = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
        if (w > 1e-6 && h > 1e-6) overlaps.push(`${a.code}/${b.code}`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  // Island districts are no exception: Kiên Hải's and Phú Quốc's tiles form one block each too.
  it.each(units.districts.map((d) => [d.code, d.name] as const))(
    'gives district %s (%s) one 4-connected block of tiles',
    (code) => {
      const own = tiles.filter((t) => t.districtCode === code);
      expect(own.length).toBe(units.units.filter((u) => u.districtCode === code).length);
      const touches = (a: Box, b: Box): boolean => {
        const dx = Math.abs(a[0] - b[0]);
        const dy = Math.abs(a[1] - b[1]);
        return (Math.abs(dx - pitch) < 0.5 && dy < 0.5) || (Math.abs(dy - pitch) < 0.5 && dx < 0.5);
      };
      const reached = new Set([0]);
      const queue = [0];
      while (queue.length) {
        const i = queue.pop() ?? 0;
        own.forEach((t, j) => {
          const from = own[i];
          if (from && !reached.has(j) && touches(from.box, t.box)) {
            reached.add(j);
            queue.push(j);
          }
        });
      }
      expect(reached.size).toBe(own.length);
    },
  );
});

describe("the shipped area's 2025-01 districts.topojson (its fixture)", () => {
  it('holds the 15 districts of the unit list, named as there, wound for d3 (no inside-out ring)', () => {
    expect(geographic.features.map((f) => f.properties)).toEqual(
      units.districts.map(({ code, name }) => ({ code, name })),
    );
    for (const f of geographic.features) {
      expect(isWoundForD3(f.geometry), f.properties.code).toBe(true);
      expect(geoArea(f)).toBeLessThan(1e-4);
    }
  });
});
