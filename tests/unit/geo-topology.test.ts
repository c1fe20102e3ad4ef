/**
 * buildTopology's repairs of what the 0.1-unit grid leaves behind, each of which GDAL reports as an
 * invalid polygon (found by `npm run bench -- --only provinces` in Phú Thọ, Thanh Hóa and Quảng Trị):
 * here a loop of a shared boundary pinched onto it at one point. (The other repair, taking out
 * inner vertices of arcs the grid leaves crossing, is measured on the real provinces by that bench.)
 */
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildTopology, crossingArcs } from '../../src/lib/geo/topology';

const unitFeature = (code: string, ring: Position[]): FeatureCollection<Polygon>['features'][number] => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[...ring, ring[0] ?? [0, 0]]] },
});

function build(features: FeatureCollection<Polygon>['features']) {
  const topo = buildTopology(
    { units: { type: 'FeatureCollection', features } },
    {
      quantization: 1e4,
      simplify: { minWeight: 0 },
      bbox: [0, 0, 20, 10],
      transform: { scale: [0.1, 0.1], translate: [0, 0] },
      noCrossing: ['units'],
    },
  );
  const rings = (feature(topo, topo.objects['units']!) as FeatureCollection<Polygon>).features.map(
    (f) => f.geometry.coordinates[0] ?? [],
  );
  return { topo, rings };
}

/** Shoelace area of a closed ring. */
const area = (ring: Position[]): number =>
  Math.abs(ring.slice(1).reduce((s, [x = 0, y = 0], i) => s + (ring[i]?.[0] ?? 0) * y - x * (ring[i]?.[1] ?? 0), 0)) /
  2;

/** Positions a ring passes more than once (its closing point aside). */
const repeated = (ring: Position[]): string[] => {
  const keys = ring.slice(0, -1).map((p) => p.join(','));
  return keys.filter((k, i) => keys.indexOf(k) !== i);
};

describe('buildTopology repairs', () => {
  it('takes a loop pinched onto a shared boundary out of both rings alike: no pinch, no gap, no overlap', () => {
    // The boundary x = 10 between A and B makes a lobe into B that touches it only at (10, 5).
    const lobe: Position[] = [
      [10, 5],
      [12, 4],
      [12, 6],
    ];
    const a = unitFeature('A', [[0, 0], [10, 0], ...lobe, [10, 5], [10, 10], [0, 10]]);
    const b = unitFeature('B', [[10, 0], [20, 0], [20, 10], [10, 10], [10, 5], ...[...lobe].reverse()]);
    expect(repeated(a.geometry.coordinates[0] ?? [])).toEqual(['10,5']);
    const { topo, rings } = build([a, b]);
    expect(rings.map(repeated)).toEqual([[], []]);
    expect(rings.map(area).reduce((x, y) => x + y, 0)).toBeCloseTo(200, 6);
    expect([...crossingArcs(topo)]).toEqual([]);
  });
});
