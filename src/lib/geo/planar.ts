/**
 * Planar geometry helpers for layout coordinates (after projection): bounds, area and centroid by
 * d3-geo's path measures with the identity projection (x/y as they are, no sphere); point in
 * polygon and distance to an outline, which d3-geo only has on the sphere, by plain arithmetic.
 */
import rewind from '@mapbox/geojson-rewind';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import { polygonsOf, type Box } from './types';
import { type AreaGeometry } from '../data/map-shapes';

/** Measures of already projected geometry: the identity projection leaves coordinates unchanged. */
const planarPath = geoPath(geoIdentity());

/** Even-odd test of a point against one ring. */
function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi = 0, yi = 0] = a;
    const [xj = 0, yj = 0] = b;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when `point` lies inside the geometry (inside an outer ring and outside its holes). */
export function pointInGeometry(point: readonly [number, number], geometry: AreaGeometry): boolean {
  const [x, y] = point;
  return polygonsOf(geometry).some(([outer, ...holes]) => {
    if (!outer || !inRing(x, y, outer)) return false;
    return !holes.some((hole) => inRing(x, y, hole));
  });
}

/** Distance from a point to the segment a–b. */
function segmentDistance(x: number, y: number, a: Position, b: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Distance from a point to the geometry: 0 inside, else the distance to the nearest edge. */
export function distanceToGeometry(point: readonly [number, number], geometry: AreaGeometry): number {
  if (pointInGeometry(point, geometry)) return 0;
  const [x, y] = point;
  let best = Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (a && b) best = Math.min(best, segmentDistance(x, y, a, b));
      }
    }
  }
  return best;
}

/** Bounding box `[x0, y0, x1, y1]` of the geometry's coordinates. */
export function geometryBounds(geometry: AreaGeometry): Box {
  const [[x0, y0], [x1, y1]] = planarPath.bounds(geometry);
  return [x0, y0, x1, y1];
}

/**
 * A copy wound consistently (outer rings one way, holes the other): d3 weighs each ring by its
 * signed area, so this makes holes subtract whatever winding the input has.
 */
const consistentlyWound = (geometry: AreaGeometry): AreaGeometry => rewind(structuredClone(geometry), true);

/** Area of the geometry (outer rings minus holes), whatever the winding. */
export function planarArea(geometry: AreaGeometry): number {
  return planarPath.area(consistentlyWound(geometry));
}

/** Area-weighted centroid of the geometry, whatever the winding (holes subtract). */
export function planarCentroid(geometry: AreaGeometry): [number, number] {
  const [x, y] = planarPath.centroid(consistentlyWound(geometry));
  return [x, y];
}

/** True when two boxes overlap with positive area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
