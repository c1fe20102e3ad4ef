import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isWoundForD3, ringSignedArea, rewindForD3, rewindForRfc7946 } from '../../src/lib/geo/rewind';
import type { AreaGeometry } from '../../src/lib/data/map-shapes';

/** A lon/lat square around Rạch Giá, counter-clockwise (RFC 7946 outer ring). */
const ccw: Position[] = [
  [105.0, 10.0],
  [105.1, 10.0],
  [105.1, 10.1],
  [105.0, 10.1],
  [105.0, 10.0],
];
const cw: Position[] = [...ccw].reverse();
const holeCcw: Position[] = [
  [105.02, 10.02],
  [105.04, 10.02],
  [105.04, 10.04],
  [105.02, 10.04],
  [105.02, 10.02],
];
const smallArea = geoArea({ type: 'Polygon', coordinates: [cw] });

describe('rewindForD3', () => {
  it.each<[string, AreaGeometry]>([
    ['an RFC 7946 (counter-clockwise) polygon', { type: 'Polygon', coordinates: [ccw] }],
    ['an already clockwise polygon', { type: 'Polygon', coordinates: [cw] }],
    ['a polygon whose hole runs the same way as its outer ring', { type: 'Polygon', coordinates: [ccw, holeCcw] }],
    [
      'a MultiPolygon with one part each way',
      {
        type: 'MultiPolygon',
        coordinates: [[ccw], [cw.map(([x = 0, y = 0]) => [x + 1, y])]],
      },
    ],
  ])('makes d3 read %s as a small shape', (_name, geometry) => {
    const fixed = rewindForD3(geometry);
    expect(isWoundForD3(fixed)).toBe(true);
    // At most two small squares, nowhere near the 4π of an inside-out ring.
    expect(geoArea(fixed)).toBeLessThan(2.5 * smallArea);
  });

  it('winds outer rings clockwise and holes counter-clockwise (north up)', () => {
    const fixed = rewindForD3<Polygon>({ type: 'Polygon', coordinates: [ccw, [...holeCcw].reverse()] });
    expect(ringSignedArea(fixed.coordinates[0] ?? [])).toBeLessThan(0);
    expect(ringSignedArea(fixed.coordinates[1] ?? [])).toBeGreaterThan(0);
    // The hole is subtracted: a bit less than the whole square.
    expect(geoArea(fixed)).toBeLessThan(smallArea);
    expect(geoArea(fixed)).toBeGreaterThan(0.9 * smallArea);
  });

  it('does not change the input', () => {
    const input: Polygon = { type: 'Polygon', coordinates: [ccw.map((p) => [...p])] };
    rewindForD3(input);
    expect(input.coordinates[0]).toEqual(ccw);
  });

  it('keeps fitSize from filling the viewport with a counter-clockwise ring', () => {
    const wrong: Polygon = { type: 'Polygon', coordinates: [ccw] };
    const bounds = (g: Polygon): number[] => {
      const projection = geoMercator().fitSize([100, 100], g);
      return geoPath(projection).bounds(g).flat();
    };
    // Unfixed, d3 reads "the globe minus the square": bounds span the whole sphere's projection.
    expect(isWoundForD3(wrong)).toBe(false);
    for (const v of bounds(rewindForD3(wrong))) {
      expect(v).toBeGreaterThanOrEqual(-1e-6);
      expect(v).toBeLessThanOrEqual(100 + 1e-6);
    }
  });
});

describe('rewindForRfc7946', () => {
  it('turns outer rings counter-clockwise, the way RFC 7946 files want them', () => {
    const out = rewindForRfc7946<MultiPolygon>({ type: 'MultiPolygon', coordinates: [[cw], [ccw]] });
    for (const [outer] of out.coordinates) expect(ringSignedArea(outer ?? [])).toBeGreaterThan(0);
  });
});
