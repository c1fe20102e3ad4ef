/**
 * SVG output for server-rendered maps. Layout geometries are already planar (see map-layout.ts), so
 * the path generator uses no projection at all: coordinates go through unchanged, rounded to one
 * decimal, which is finer than a pixel at any size the map is shown.
 */
import { geoPath } from 'd3-geo';
import type { AreaGeometry } from './types';
import { planarCentroid } from './planar';

const pathGenerator = geoPath(null).digits(1);

/** The SVG `<path d>` of a planar geometry (identity projection, 1 decimal). Empty for no geometry. */
export function svgPath(geometry: AreaGeometry | null | undefined): string {
  if (!geometry) return '';
  return pathGenerator(geometry) ?? '';
}

/**
 * The area-weighted centroid `[x, y]` of a planar geometry, rounded to 1 decimal, for placing a
 * label or a marker. For a MultiPolygon of islands it may fall in the sea between them.
 */
export function centroid(geometry: AreaGeometry): [number, number] {
  const [x, y] = planarCentroid(geometry);
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
