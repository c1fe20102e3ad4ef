/**
 * Planar geometry helpers for layout coordinates (after projection): point in polygon, distance to
 * an outline, bounds, area and centroid. Plain arithmetic on x/y, no sphere.
 */
import type { Position } from 'geojson';
import { ringSignedArea } from './rewind';
import { polygonsOf, type AreaGeometry, type Box } from './types';

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
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (const [x = NaN, y = NaN] of ring) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  }
  return [x0, y0, x1, y1];
}

/** Area of the geometry (outer rings minus holes), whatever the winding. */
export function planarArea(geometry: AreaGeometry): number {
  let total = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (!outer) continue;
    total += Math.abs(ringSignedArea(outer));
    for (const hole of holes) total -= Math.abs(ringSignedArea(hole));
  }
  return total;
}

/** Area-weighted centroid of the geometry, whatever the winding (holes subtract). */
export function planarCentroid(geometry: AreaGeometry): [number, number] {
  let sx = 0;
  let sy = 0;
  let sa = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, i) => {
      const area = ringSignedArea(ring);
      if (area === 0) return;
      let mx = 0;
      let my = 0;
      for (let k = 0, n = ring.length; k < n; k++) {
        const [ax = 0, ay = 0] = ring[k] ?? [];
        const [bx = 0, by = 0] = ring[(k + 1) % n] ?? [];
        const cross = ax * by - bx * ay;
        mx += (ax + bx) * cross;
        my += (ay + by) * cross;
      }
      // mx / (6·area) is the ring's centroid x; weight it by |area|, negative for holes.
      const weight = (i === 0 ? 1 : -1) * Math.abs(area);
      sx += (weight * mx) / (6 * area);
      sy += (weight * my) / (6 * area);
      sa += weight;
    });
  }
  if (sa === 0) {
    const [x0, y0, x1, y1] = geometryBounds(geometry);
    return [(x0 + x1) / 2, (y0 + y1) / 2];
  }
  return [sx / sa, sy / sa];
}

/** True when two boxes overlap with positive area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
