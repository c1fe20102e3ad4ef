/**
 * Ring orientation for d3-geo. d3-geo reads a spherical polygon's outer ring as CLOCKWISE (seen
 * with north up), the opposite of RFC 7946 GeoJSON; a counter-clockwise ring means "the whole globe
 * minus this shape", and `fitSize` then fills the viewport with nothing. Every geographic geometry
 * goes through `rewindForD3` before any d3-geo call. The winding itself is @mapbox/geojson-rewind's.
 */
import rewind from '@mapbox/geojson-rewind';
import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import { polygonsOf } from './types';
import { type AreaGeometry } from '../data/map-shapes';

/**
 * Signed area of a ring by the shoelace formula, in squared coordinate units: positive when the ring
 * runs counter-clockwise with the y axis pointing up (lon/lat), negative when clockwise.
 */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (!a || !b) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/**
 * Returns a copy of a lon/lat geometry wound the way d3-geo expects: each outer ring clockwise and
 * each hole counter-clockwise (north up), part by part, so a MultiPolygon with mixed winding is
 * fixed too. As a last guard, a part that d3 would still read as larger than a hemisphere
 * (`geoArea > 2π`; the planar winding can disagree with the sphere's for huge rings) has its rings
 * reversed.
 */
export function rewindForD3<G extends AreaGeometry>(geometry: G): G {
  const fixed = rewind(structuredClone(geometry), true);
  for (const rings of polygonsOf(fixed)) {
    if (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI) for (const ring of rings) ring.reverse();
  }
  return fixed;
}

/** True when d3-geo reads every part of the geometry as a small shape (area at most a hemisphere). */
export function isWoundForD3(geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).every((rings) => geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI);
}

/**
 * Returns a copy of a lon/lat geometry wound as RFC 7946 asks for files exchanged with other tools:
 * outer rings counter-clockwise, holes clockwise (north up). The reverse of `rewindForD3`.
 */
export function rewindForRfc7946<G extends AreaGeometry>(geometry: G): G {
  return rewind(structuredClone(geometry), false);
}
