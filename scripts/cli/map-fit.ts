/**
 * The byte budget of a province's map, shared by `npm run area` and `npm run data:geo`: the paths
 * the page draws (one `<path d>` per unit, as MapSvg writes them) must stay within MAP_PATHS_BUDGET
 * bytes gzip, so the map page at 390 px stays within its weight goal whatever the province (the
 * rest of the page — table, script, styles — was about 34 KB gzip on the 48-unit area). The
 * simplification threshold is raised step by step until they do; every ring is kept at any step.
 */
import { gzipSync } from 'node:zlib';
import type { MapModel } from '../../src/lib/data/map-model';
import type { CommuneVintageOptions } from '../../src/lib/geo/build-geo-data';
import { svgPath } from '../../src/lib/render/svg-path';

/** Gzip bytes of the unit paths a map page draws (level 9, as the page-weight tests count). */
export function mapPathBytes(model: MapModel): number {
  const paths = model.communes.map((c) => `<path d="${svgPath(c.geometry)}"/>`).join('');
  return gzipSync(paths, { level: 9 }).length;
}

/** Paths budget, gzip: 20 KB. */
export const MAP_PATHS_BUDGET = 20 * 1024;

/** Simplification thresholds tried, layout units² (the shipped area's vintages use 0.5). */
export const MAP_WEIGHTS = [0.5, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80] as const;

/** The layout fit every reference vintage is built with. */
export const MAP_FIT: NonNullable<CommuneVintageOptions['layoutFit']> = {
  budget: MAP_PATHS_BUDGET,
  measure: mapPathBytes,
  weights: MAP_WEIGHTS,
};
