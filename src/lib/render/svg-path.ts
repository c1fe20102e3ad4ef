/**
 * SVG output for server-rendered maps. Layout geometries are already planar (see map-layout.ts), so
 * the path generator uses no projection at all: coordinates go through unchanged, rounded to one
 * decimal, which is finer than a pixel at any size the map is shown.
 */
import { geoPath } from 'd3-geo';
import type { AreaGeometry } from '../data/map-shapes';

const pathGenerator = geoPath(null).digits(1);

/** The SVG `<path d>` of a planar geometry (identity projection, 1 decimal). Empty for no geometry. */
export function svgPath(geometry: AreaGeometry | null | undefined): string {
  if (!geometry) return '';
  return pathGenerator(geometry) ?? '';
}
