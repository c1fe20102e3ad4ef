/**
 * Geometry helpers of the geo pipeline: boxes, the polygons of a geometry, rectangles. The shapes
 * of the map files themselves are data concepts (src/lib/data/map-shapes.ts).
 */
import type { Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../data/map-shapes';

/** Axis-aligned box `[x0, y0, x1, y1]` (or `[lon0, lat0, lon1, lat1]`). */
export type Box = [number, number, number, number];

/** The polygons of a Polygon or MultiPolygon, as coordinate arrays (rings, outer ring first). */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A Polygon when there is one part, a MultiPolygon otherwise. */
export function geometryFromPolygons(polygons: Position[][][]): AreaGeometry {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * An axis-aligned rectangle `w`×`h` (a square when `h` is left out). The ring runs (x, y) → (x+w, y)
 * → (x+w, y+h): counter-clockwise in lon/lat (RFC 7946 order), clockwise in the y-down layout
 * (d3's order), so the same rectangle serves test inputs and synthetic layout geometry.
 */
export function rectangle(x: number, y: number, w: number, h = w): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
        [x, y],
      ],
    ],
  };
}
