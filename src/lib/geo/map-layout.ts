/**
 * The layout map: a d3-geo Mercator projection fitted to the area, plus inset frames for island
 * groups too far away to draw in place (the Thổ Châu archipelago lies ~100 km south-west of Phú Quốc;
 * drawing it in place would shrink the mainland into a corner). The fit works from any polygon
 * features (district outlines in 2025-01, commune polygons from 2025-07); which parts go into an
 * inset is decided by their position alone, so each vintage only names its inset boxes and captions.
 * Output coordinates are planar: x right, y down, origin top-left, `width` wide.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Position } from 'geojson';
import { boxesOverlap, geometryBounds } from './planar';
import { rewindForD3 } from './rewind';
import { geometryFromPolygons, polygonsOf, type AreaGeometry, type Box, type InsetFeature } from './types';

/** An island group drawn in a frame of its own instead of at its real position. */
export interface InsetSpec {
  /** Stable id, stored in the frame's properties. */
  id: string;
  /** Vietnamese caption for the frame. */
  label: string;
  /** Geographic box `[lon0, lat0, lon1, lat1]`: polygon parts whose bounding-box centre lies in it move. */
  region: Box;
  /** Enlargement applied inside the frame (1 = map scale). */
  scale: number;
}

/** The Thổ Châu archipelago (Xã Thổ Châu, Thành phố Phú Quốc), around 9.2–9.4°N, 103.4–103.6°E. */
export const THO_CHAU_INSET: InsetSpec = {
  id: 'tho-chau',
  label: 'Quần đảo Thổ Châu (TP Phú Quốc) – phóng to, không theo tỷ lệ và vị trí thực',
  region: [103.3, 9.1, 103.75, 9.5],
  scale: 2,
};

/** The same islands from 1 July 2025, a unit of their own: Đặc khu Thổ Châu (31105). */
export const THO_CHAU_INSET_2025: InsetSpec = {
  ...THO_CHAU_INSET,
  label: 'Đặc khu Thổ Châu – phóng to, không theo tỷ lệ và vị trí thực',
};

export interface MapLayoutOptions {
  /** Width of the layout space; the height follows from the province's shape. */
  width: number;
  /** Free margin around the mainland, so mosaic tiles can reach past the coast and borders. */
  padding: number;
  /** Island groups to move into frames (placed from the bottom-left corner rightwards). */
  insets: readonly InsetSpec[];
  /** Space between a frame's edge and the islands inside. */
  frameMargin: number;
  /** Empty band at the top of a frame, for its caption. */
  captionBand: number;
}

export const DEFAULT_MAP_LAYOUT_OPTIONS: MapLayoutOptions = {
  width: 1000,
  padding: 28,
  insets: [THO_CHAU_INSET],
  frameMargin: 10,
  captionBand: 0,
};

/** The fitted layout: dimensions, projection functions and inset frames. */
export interface MapLayout {
  width: number;
  height: number;
  /** Projects a lon/lat geometry (any winding) to layout coordinates, moving inset parts into their frame. */
  project(geometry: AreaGeometry): AreaGeometry;
  /** Like `project`, without the parts that belong to an inset (null when nothing is left). */
  projectMain(geometry: AreaGeometry): AreaGeometry | null;
  /** The frames, as layout polygons. */
  insets: InsetFeature[];
  /** The frames' boxes `[x0, y0, x1, y1]`. */
  insetBoxes: Box[];
}

/** Centre of a ring's bounding box. */
function ringCentre(ring: readonly Position[]): [number, number] {
  const [x0, y0, x1, y1] = geometryBounds({ type: 'Polygon', coordinates: [ring as Position[]] });
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/** Index of the inset whose region holds this polygon part, or -1 for the main map. */
function insetIndexOf(rings: readonly Position[][], insets: readonly InsetSpec[]): number {
  const outer = rings[0];
  if (!outer) return -1;
  const [lon, lat] = ringCentre(outer);
  return insets.findIndex(({ region: [x0, y0, x1, y1] }) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1);
}

/** Rounds layout coordinates to 1/1000 unit, which keeps outputs stable across platforms. */
const r3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * Fits a Mercator projection to the features (districts or communes, without their inset parts)
 * into `width` minus padding, and places one frame per inset in the bottom-left corner, moving
 * rightwards. Throws when a frame would cover part of the map.
 */
export function createMapLayout<P>(
  collection: FeatureCollection<AreaGeometry, P>,
  options: Partial<MapLayoutOptions> = {},
): MapLayout {
  const opts = { ...DEFAULT_MAP_LAYOUT_OPTIONS, ...options };
  const wound = collection.features.map((f) => rewindForD3(f.geometry));
  const mainParts: Position[][][] = [];
  const insetParts: Position[][][][] = opts.insets.map(() => []);
  for (const geometry of wound) {
    for (const rings of polygonsOf(geometry)) {
      const i = insetIndexOf(rings, opts.insets);
      if (i < 0) mainParts.push(rings);
      else insetParts[i]?.push(rings);
    }
  }
  const mainCollection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: mainParts } }],
  };
  const projection = geoMercator().fitWidth(opts.width - 2 * opts.padding, mainCollection);
  const [[bx0, by0], [, by1]] = geoPath(projection).bounds(mainCollection);
  const [tx, ty] = projection.translate();
  projection.translate([tx - bx0 + opts.padding, ty - by0 + opts.padding]);
  const height = Math.ceil(by1 - by0 + 2 * opts.padding);

  const projectPoint = (p: Position): [number, number] => {
    const out = projection([p[0] ?? NaN, p[1] ?? NaN]);
    if (!out) throw new Error(`cannot project [${p.join(', ')}]`);
    return out;
  };
  const projectRings = (rings: Position[][], move: (xy: [number, number]) => [number, number]): Position[][] =>
    rings.map((ring) =>
      ring.map((p) => {
        const [x, y] = move(projectPoint(p));
        return [r3(x), r3(y)];
      }),
    );

  // Frames: content box at map scale → enlarged by `scale` → placed left to right along the bottom.
  const moves: ((xy: [number, number]) => [number, number])[] = [];
  const insets: InsetFeature[] = [];
  const insetBoxes: Box[] = [];
  let cursorX = opts.padding / 2;
  opts.insets.forEach((spec, i) => {
    const parts = insetParts[i] ?? [];
    if (parts.length === 0) {
      moves.push((xy) => xy);
      return;
    }
    const projected = geometryFromPolygons(parts.map((rings) => projectRings(rings, (xy) => xy)));
    const [cx0, cy0, cx1, cy1] = geometryBounds(projected);
    const w = (cx1 - cx0) * spec.scale + 2 * opts.frameMargin;
    const h = (cy1 - cy0) * spec.scale + 2 * opts.frameMargin + opts.captionBand;
    const box: Box = [r3(cursorX), r3(height - opts.padding / 2 - h), r3(cursorX + w), r3(height - opts.padding / 2)];
    cursorX += w + opts.padding / 2;
    const ox = box[0] + opts.frameMargin;
    const oy = box[1] + opts.frameMargin + opts.captionBand;
    moves.push(([x, y]) => [ox + (x - cx0) * spec.scale, oy + (y - cy0) * spec.scale]);
    insetBoxes.push(box);
    insets.push({
      type: 'Feature',
      properties: { id: spec.id, label: spec.label },
      geometry: {
        type: 'Polygon',
        // Clockwise on screen (y down), like every layout ring d3-geo would emit.
        coordinates: [
          [
            [box[0], box[1]],
            [box[2], box[1]],
            [box[2], box[3]],
            [box[0], box[3]],
            [box[0], box[1]],
          ],
        ],
      },
    });
  });

  const identity = (xy: [number, number]): [number, number] => xy;
  const projectWith = (geometry: AreaGeometry, keepInsets: boolean): AreaGeometry | null => {
    const out: Position[][][] = [];
    for (const rings of polygonsOf(rewindForD3(geometry))) {
      const i = insetIndexOf(rings, opts.insets);
      if (i >= 0 && !keepInsets) continue;
      out.push(projectRings(rings, i >= 0 ? (moves[i] ?? identity) : identity));
    }
    return out.length > 0 ? geometryFromPolygons(out) : null;
  };

  // A frame must not hide any part of the main map.
  for (const rings of mainParts) {
    const b = geometryBounds({ type: 'Polygon', coordinates: projectRings(rings, identity) });
    const hit = insetBoxes.findIndex((box) => boxesOverlap(box, b));
    if (hit >= 0) {
      const where = b.map((v) => v.toFixed(0)).join(', ');
      throw new Error(`inset frame "${opts.insets[hit]?.id ?? hit}" would cover part of the map near [${where}]`);
    }
  }

  return {
    width: opts.width,
    height,
    project: (geometry) => {
      const out = projectWith(geometry, true);
      if (!out) throw new Error('geometry has no polygon parts');
      return out;
    },
    projectMain: (geometry) => projectWith(geometry, false),
    insets,
    insetBoxes,
  };
}
