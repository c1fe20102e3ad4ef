import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  distanceToGeometry,
  geometryBounds,
  planarArea,
  planarCentroid,
  pointInGeometry,
} from '../../src/lib/geo/planar';
import { rectangle } from '../../src/lib/geo/types';
import { type AreaGeometry } from '../../src/lib/data/map-shapes';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/geo/three-features.planar.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<AreaGeometry, { code: string }>;

const feature = (index: number): AreaGeometry => {
  const f = fixture.features[index];
  if (!f) throw new Error('fixture changed');
  return f.geometry;
};

/** The 40×40 square at (50, 10) with its centred 20×20 hole, each ring wound as asked. */
const squareWithHole = (outerReversed: boolean, holeReversed: boolean): Polygon => {
  const [outer = [], hole = []] = rectangle(50, 10, 40).coordinates.concat(rectangle(60, 20, 20).coordinates);
  const wind = (ring: Position[], reversed: boolean): Position[] => (reversed ? [...ring].reverse() : ring);
  return { type: 'Polygon', coordinates: [wind(outer, outerReversed), wind(hole, holeReversed)] };
};

describe('planarCentroid', () => {
  it.each([
    ['a square', 0, [25, 25]],
    ['a square with a centred hole', 1, [70, 30]],
  ] as const)('of %s is its middle', (_name, index, expected) => {
    const [x, y] = planarCentroid(feature(index));
    expect(x).toBeCloseTo(expected[0], 0);
    expect(y).toBeCloseTo(expected[1], 0);
  });

  it('of a MultiPolygon lies towards its larger part', () => {
    const [x, y] = planarCentroid(feature(2));
    expect(x).toBeGreaterThan(110);
    expect(x).toBeLessThan(125);
    expect(y).toBeGreaterThan(20);
  });

  it('weighs an off-centre hole against its outline, whatever the winding', () => {
    // A 20×20 square at (0, 0) minus a 10×10 hole in its right half: the centroid moves left.
    const [outer = []] = rectangle(0, 0, 20).coordinates;
    const [hole = []] = rectangle(10, 5, 10, 10).coordinates;
    for (const rings of [
      [outer, hole],
      [outer, [...hole].reverse()],
      [[...outer].reverse(), hole],
    ]) {
      const [x, y] = planarCentroid({ type: 'Polygon', coordinates: rings });
      // (400·10 − 100·15) / 300 = 8⅓; y stays on the middle line.
      expect(x).toBeCloseTo(25 / 3, 9);
      expect(y).toBeCloseTo(10, 9);
    }
  });
});

describe('planarArea', () => {
  it.each([
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ])('subtracts the hole (outer reversed: %s, hole reversed: %s)', (outerReversed, holeReversed) => {
    expect(planarArea(squareWithHole(outerReversed, holeReversed))).toBe(40 * 40 - 20 * 20);
  });

  it('adds the parts of a MultiPolygon wound opposite ways', () => {
    const [a = []] = rectangle(0, 0, 10).coordinates;
    const [b = []] = rectangle(20, 0, 5).coordinates;
    expect(planarArea({ type: 'MultiPolygon', coordinates: [[a], [[...b].reverse()]] })).toBe(125);
  });

  it('does not change its input', () => {
    const input = squareWithHole(false, false);
    const copy = structuredClone(input);
    planarArea(input);
    planarCentroid(input);
    expect(input).toEqual(copy);
  });
});

describe('geometryBounds', () => {
  it('is the box of every coordinate of every part', () => {
    expect(geometryBounds(feature(2))).toEqual([100, 10, 140.25, 49.987]);
  });
});

describe('pointInGeometry and distanceToGeometry', () => {
  const g = squareWithHole(false, false);
  it.each([
    ['inside the outline', [55, 15], true, 0],
    ['in the hole', [70, 30], false, 10],
    ['outside', [95, 30], false, 5],
  ] as const)('a point %s', (_name, point, inside, distance) => {
    expect(pointInGeometry(point, g)).toBe(inside);
    expect(distanceToGeometry(point, g)).toBeCloseTo(distance, 9);
  });
});
