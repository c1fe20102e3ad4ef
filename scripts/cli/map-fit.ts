/**
 * The byte budget of a province's map, shared by `npm run area` and `npm run data:geo`: the paths
 * the page draws (one `<path d>` per unit, as MapSvg writes them) must stay within a budget in
 * bytes gzip, so the map page at 390 px stays within its weight goal whatever the province. The
 * simplification is raised step by step until they do; every unit keeps at least its largest part.
 */
import { gzipSync } from 'node:zlib';
import type { MapModel } from '../../src/lib/data/map-model';
import type { CommuneVintageOptions, LayoutStep } from '../../src/lib/geo/build-geo-data';
import { svgPath } from '../../src/lib/render/svg-path';

/** Gzip bytes of the unit paths a map page draws (level 9, as the page-weight tests count). */
export function mapPathBytes(model: MapModel): number {
  const paths = model.communes.map((c) => `<path d="${svgPath(c.geometry)}"/>`).join('');
  return gzipSync(paths, { level: 9 }).length;
}

/**
 * Paths budget, gzip, for a province of `units` units: 20 KB, less 120 B a unit beyond 133. The
 * rest of the map page grows by about 120 B gzip a unit (the table's rows, the page's island), and
 * was 37.6 KB at 102 units and 45.6 KB at 168 (`npm run bench -- --only provinces`), so the page
 * stays within 62 KB, 2 KB short of its 64 KB goal.
 */
export function mapPathsBudget(units: number): number {
  return Math.round(Math.min(20, 36 - 0.12 * units) * 1024);
}

/**
 * The steps tried, finest first: simplification thresholds (layout units²; the shipped area's
 * vintages use 0.5), then, when that is not enough, islets with no shared edge below an area
 * left off the drawn map too (4 units² on the 1000-wide layout is about 0.5 px² at 390 px).
 */
export const MAP_STEPS: readonly LayoutStep[] = [
  ...[0.5, 1, 2, 3, 5, 8, 12, 20].map((minWeight) => ({ minWeight, minIslandArea: 0 })),
  ...[1, 4, 16, 64, 256].map((minIslandArea) => ({ minWeight: 20, minIslandArea })),
  ...[30, 50, 80].map((minWeight) => ({ minWeight, minIslandArea: 256 })),
];

/** The layout fit a reference vintage of `units` units is built with. */
export function mapFit(units: number): NonNullable<CommuneVintageOptions['layoutFit']> {
  return { budget: mapPathsBudget(units), measure: mapPathBytes, steps: MAP_STEPS };
}
