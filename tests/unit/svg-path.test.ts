import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { svgPath } from '../../src/lib/render/svg-path';
import type { AreaGeometry } from '../../src/lib/data/map-shapes';
import { loadMapModel } from '../../src/lib/data/load';
import { polygonsOf } from '../../src/lib/geo/types';
import { pathPoints } from './path-points';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/geo/three-features.planar.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<AreaGeometry, { code: string }>;

describe('svgPath', () => {
  it('draws a tiny three-feature fixture the same way every time (whole units, relative steps, no projection)', () => {
    expect(fixture.features.map((f) => `${f.properties.code}: ${svgPath(f.geometry)}`)).toMatchInlineSnapshot(`
      [
        "90001: M10,10l30,0 0,30 -30,0z",
        "90002: M50,10l40,0 0,40 -40,0zM60,20l0,20 20,0 0-20z",
        "90003: M100,10l20,0 0,20 -20,0zM130,41l10,0 -5,9z",
      ]
    `);
  });

  it('draws every vertex of a real map where it lies, rounded to the unit, and shared borders alike', () => {
    const model = loadMapModel('2025-07', 'tests/fixtures/kien-giang');
    const seen = new Map<string, number>();
    for (const f of model.communes) {
      const drawn = pathPoints(svgPath(f.geometry)).flat();
      const wanted = polygonsOf(f.geometry).flatMap((rings) => rings.flatMap((r) => r.slice(0, -1)));
      // Every drawn point is a rounded vertex of the unit, within half a unit.
      for (const [x, y] of drawn) {
        expect(wanted.some(([wx = 0, wy = 0]) => Math.abs(wx - x) <= 0.5 && Math.abs(wy - y) <= 0.5)).toBe(true);
        seen.set(`${x},${y}`, (seen.get(`${x},${y}`) ?? 0) + 1);
      }
    }
    // Neighbours meet: many points are drawn by two or more units (their shared border).
    expect([...seen.values()].filter((n) => n > 1).length).toBeGreaterThan(500);
  });

  it('keeps a unit smaller than one unit square visible as a unit square', () => {
    const tiny: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [5.1, 5.2],
          [5.3, 5.2],
          [5.2, 5.4],
          [5.1, 5.2],
        ],
      ],
    };
    expect(svgPath(tiny)).toBe('M5,5l1,0 0,1 -1,0z');
  });

  it('gives an empty path for no geometry', () => {
    expect(svgPath(null)).toBe('');
    expect(svgPath(undefined)).toBe('');
  });
});
