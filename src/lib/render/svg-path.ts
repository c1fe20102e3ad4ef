/**
 * SVG output for server-rendered maps. Layout geometries are already planar (see map-layout.ts:
 * a box about 1,000 units wide, drawn 300–800 px wide on a page), so coordinates need no projection,
 * only rounding to whole units and a compact writing: each ring starts with an absolute point and
 * goes on with relative steps ("M738,319l1,3 -2,0z"), which on a phone's map page is a third of
 * d3's absolute one-decimal path text after gzip (17 → 6 KB for 48 units). Neighbours round the same
 * shared vertices the same way, so borders still meet. d3-geo's path generator writes only absolute
 * commands, hence this small writer.
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../data/map-shapes';
import { polygonsOf } from '../geo/types';

/** A ring's vertices rounded to whole units, repeated points (and the closing one) dropped. */
function roundedRing(ring: readonly Position[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [x = 0, y = 0] of ring) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first] = out;
  const last = out.at(-1);
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** "1,3" or "-2-1": a step, the minus sign doubling as the separator. */
const step = (dx: number, dy: number): string => `${dx}${dy < 0 ? '' : ','}${dy}`;

/** One ring as "M x,y l steps z"; empty when rounding leaves fewer than three points (nothing to draw). */
function ringPath(ring: readonly Position[]): string {
  const points = roundedRing(ring);
  const [start] = points;
  if (!start || points.length < 3) return '';
  const steps = points.slice(1).map((p, i) => step(p[0] - points[i]![0], p[1] - points[i]![1]));
  return `M${start[0]},${start[1]}l${steps.join(' ')}z`;
}

/**
 * The SVG `<path d>` of a planar geometry (whole units, relative steps). Empty for no geometry. A
 * unit smaller than a unit square still gets one, at its first vertex, so no unit vanishes.
 */
export function svgPath(geometry: AreaGeometry | null | undefined): string {
  if (!geometry) return '';
  const polygons = polygonsOf(geometry);
  const d = polygons.flatMap((rings) => rings.map(ringPath)).join('');
  const [x = 0, y = 0] = polygons[0]?.[0]?.[0] ?? [];
  return d || (polygons.length > 0 ? `M${Math.round(x)},${Math.round(y)}l1,0 0,1 -1,0z` : '');
}
