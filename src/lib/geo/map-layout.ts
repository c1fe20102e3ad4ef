/**
 * The layout map: a d3-geo Mercator projection fitted to the area, plus inset frames for island
 * groups too far away to draw in place (e.g. an archipelago ~100 km off the coast: drawing it in
 * place would shrink the mainland into a corner). The fit works from any polygon features (district
 * outlines, or commune polygons); which parts go into an inset is decided by their position alone,
 * so each vintage only names its inset boxes and captions, in its geo-inputs.json.
 * Output coordinates are planar: x right, y down, origin top-left, `width` wide.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Position } from 'geojson';
import { boxesOverlap, geometryBounds, pointInGeometry } from './planar';
import { rewindForD3 } from './rewind';
import type { InsetSpec } from '../data/schema/geo-inputs';
import { geometryFromPolygons, polygonsOf, type Box } from './types';
import { type AreaGeometry, type InsetFeature } from '../data/map-shapes';

/** An island group drawn in a frame of its own; which ones is the area's data (geo-inputs.json). */
export type { InsetSpec };

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
  /**
   * Where frames go: `row`, left to right along the bottom (frames an area's data names, which
   * must not cover the map); `corners`, each in the free corner nearest its islands' real
   * direction, or in a band added below the map when no corner is free (frames chosen from the
   * geometry, src/lib/geo/insets.ts).
   */
  placement: 'row' | 'corners';
}

export const DEFAULT_MAP_LAYOUT_OPTIONS: MapLayoutOptions = {
  width: 1000,
  padding: 28,
  insets: [],
  frameMargin: 10,
  captionBand: 0,
  placement: 'row',
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

/** Moves a projected point (into an inset frame, or nowhere). */
type Move = (xy: [number, number]) => [number, number];
const identity: Move = (xy) => xy;
/** Projects one lon/lat position to layout coordinates. */
type ProjectPoint = (p: Position) => [number, number];

/** Projects rings, moves each point and rounds the result. */
function projectRings(rings: Position[][], projectPoint: ProjectPoint, move: Move): Position[][] {
  return rings.map((ring) =>
    ring.map((p) => {
      const [x, y] = move(projectPoint(p));
      return [r3(x), r3(y)];
    }),
  );
}

/** The polygon parts of the features, d3-wound: those of the main map, and those of each inset. */
function splitParts<P>(
  collection: FeatureCollection<AreaGeometry, P>,
  insets: readonly InsetSpec[],
): { main: Position[][][]; insets: Position[][][][] } {
  const main: Position[][][] = [];
  const inInsets: Position[][][][] = insets.map(() => []);
  for (const feature of collection.features) {
    for (const rings of polygonsOf(rewindForD3(feature.geometry))) {
      const i = insetIndexOf(rings, insets);
      if (i < 0) main.push(rings);
      else inInsets[i]?.push(rings);
    }
  }
  return { main, insets: inInsets };
}

/** A Mercator projection fitted to the main parts within the padding, and the layout's height. */
function fitProjection(
  mainParts: Position[][][],
  opts: MapLayoutOptions,
): { projectPoint: ProjectPoint; height: number } {
  const mainCollection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: mainParts } }],
  };
  const projection = geoMercator().fitWidth(opts.width - 2 * opts.padding, mainCollection);
  const [[bx0, by0], [, by1]] = geoPath(projection).bounds(mainCollection);
  const [tx, ty] = projection.translate();
  projection.translate([tx - bx0 + opts.padding, ty - by0 + opts.padding]);
  const projectPoint: ProjectPoint = (p) => {
    const out = projection([p[0] ?? NaN, p[1] ?? NaN]);
    if (!out) throw new Error(`cannot project [${p.join(', ')}]`);
    return out;
  };
  return { projectPoint, height: Math.ceil(by1 - by0 + 2 * opts.padding) };
}

/** A frame as a layout polygon, clockwise on screen (y down), like every ring d3-geo emits. */
function frameFeature(spec: InsetSpec, box: Box): InsetFeature {
  const [x0, y0, x1, y1] = box;
  return {
    type: 'Feature',
    properties: { id: spec.id, label: spec.label },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}

/** The frames of the insets and how each moves its points. */
interface Frames {
  /** One per inset spec (identity for an inset with no parts). */
  moves: Move[];
  insets: InsetFeature[];
  insetBoxes: Box[];
}

/**
 * Frames: each inset's content box at map scale, enlarged by its `scale`, placed left to right
 * along the bottom of the layout. An inset without parts gets no frame.
 */
function placeFrames(
  insetParts: Position[][][][],
  projectPoint: ProjectPoint,
  height: number,
  opts: MapLayoutOptions,
): Frames {
  const frames: Frames = { moves: [], insets: [], insetBoxes: [] };
  let cursorX = opts.padding / 2;
  opts.insets.forEach((spec, i) => {
    const parts = insetParts[i] ?? [];
    if (parts.length === 0) {
      frames.moves.push(identity);
      return;
    }
    const projected = geometryFromPolygons(parts.map((rings) => projectRings(rings, projectPoint, identity)));
    const [cx0, cy0, cx1, cy1] = geometryBounds(projected);
    const w = (cx1 - cx0) * spec.scale + 2 * opts.frameMargin;
    const h = (cy1 - cy0) * spec.scale + 2 * opts.frameMargin + opts.captionBand;
    const box: Box = [r3(cursorX), r3(height - opts.padding / 2 - h), r3(cursorX + w), r3(height - opts.padding / 2)];
    cursorX += w + opts.padding / 2;
    const ox = box[0] + opts.frameMargin;
    const oy = box[1] + opts.frameMargin + opts.captionBand;
    frames.moves.push(([x, y]) => [ox + (x - cx0) * spec.scale, oy + (y - cy0) * spec.scale]);
    frames.insetBoxes.push(box);
    frames.insets.push(frameFeature(spec, box));
  });
  return frames;
}

/** Throws when a frame would hide any part of the main map. */
function assertFramesClear(
  mainParts: Position[][][],
  frames: Frames,
  projectPoint: ProjectPoint,
  insets: readonly InsetSpec[],
): void {
  for (const rings of mainParts) {
    const b = geometryBounds({ type: 'Polygon', coordinates: projectRings(rings, projectPoint, identity) });
    const hit = frames.insetBoxes.findIndex((box) => boxesOverlap(box, b));
    if (hit >= 0) {
      const where = b.map((v) => v.toFixed(0)).join(', ');
      throw new Error(`inset frame "${insets[hit]?.id ?? hit}" would cover part of the map near [${where}]`);
    }
  }
}

/** True when the segment a–b crosses or touches the box (Liang–Barsky clipping). */
function segmentHitsBox(a: Position, b: Position, [x0, y0, x1, y1]: Box): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, ax - x0],
    [dx, x1 - ax],
    [-dy, ay - y0],
    [dy, y1 - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when a projected polygon part and the box share any point (edges, or the box inside it). */
function partHitsBox(rings: readonly Position[][], box: Box): boolean {
  const outer = rings[0] ?? [];
  const b = geometryBounds({ type: 'Polygon', coordinates: [outer] });
  if (!boxesOverlap(b, box) && !(b[0] === b[2] || b[1] === b[3])) return false;
  for (let i = 1; i < outer.length; i++) {
    const [p, q] = [outer[i - 1], outer[i]];
    if (p && q && segmentHitsBox(p, q, box)) return true;
  }
  // No edge meets the box: it is wholly inside the part or wholly outside.
  return pointInGeometry([box[0], box[1]], { type: 'Polygon', coordinates: [outer] });
}

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** The corners in the order to try: the one in the islands' real direction first. */
function cornersToward([x, y]: [number, number], size: { width: number; height: number }): Corner[] {
  const horizontal = x < size.width / 2 ? 'left' : 'right';
  const vertical = y < size.height / 2 ? 'top' : 'bottom';
  const first: Corner = `${vertical}-${horizontal}`;
  const rest: Corner[] = ['bottom-left', 'bottom-right', 'top-right', 'top-left'];
  return [first, ...rest.filter((c) => c !== first)];
}

/** The box of a w×h frame in a corner of the layout. */
function cornerBox(corner: Corner, w: number, h: number, size: { width: number; height: number }, margin: number): Box {
  const x0 = corner.endsWith('left') ? margin : size.width - margin - w;
  const y0 = corner.startsWith('top') ? margin : size.height - margin - h;
  return [r3(x0), r3(y0), r3(x0 + w), r3(y0 + h)];
}

/**
 * Frames of insets chosen from the geometry: each in the first free corner (nearest its islands'
 * real direction first) that touches no part of the main map and no other frame; frames that fit
 * no corner go in a band added below the map, left to right. Returns the frames and the height.
 */
function placeFramesInCorners(
  parts: { main: Position[][][]; insets: Position[][][][] },
  projectPoint: ProjectPoint,
  size: { width: number; height: number },
  opts: MapLayoutOptions,
): { frames: Frames; height: number } {
  const frames: Frames = { moves: [], insets: [], insetBoxes: [] };
  const main = parts.main.map((rings) => projectRings(rings, projectPoint, identity));
  const margin = opts.padding / 2;
  const band: { spec: InsetSpec; index: number; w: number; h: number; content: Box }[] = [];
  const moveInto = (box: Box, content: Box, scale: number): Move => {
    const ox = box[0] + opts.frameMargin;
    const oy = box[1] + opts.frameMargin + opts.captionBand;
    return ([x, y]) => [ox + (x - content[0]) * scale, oy + (y - content[1]) * scale];
  };
  opts.insets.forEach((spec, i) => {
    frames.moves.push(identity);
    const own = parts.insets[i] ?? [];
    if (own.length === 0) return;
    const content = geometryBounds(
      geometryFromPolygons(own.map((rings) => projectRings(rings, projectPoint, identity))),
    );
    const w = (content[2] - content[0]) * spec.scale + 2 * opts.frameMargin;
    const h = (content[3] - content[1]) * spec.scale + 2 * opts.frameMargin + opts.captionBand;
    const centre: [number, number] = [(content[0] + content[2]) / 2, (content[1] + content[3]) / 2];
    const box = cornersToward(centre, size)
      .map((corner) => cornerBox(corner, w, h, size, margin))
      .find((b) => !frames.insetBoxes.some((o) => boxesOverlap(o, b)) && !main.some((rings) => partHitsBox(rings, b)));
    if (!box) {
      band.push({ spec, index: i, w, h, content });
      return;
    }
    frames.moves[i] = moveInto(box, content, spec.scale);
    frames.insetBoxes.push(box);
    frames.insets.push(frameFeature(spec, box));
  });
  if (band.length === 0) return { frames, height: size.height };
  const bandHeight = Math.max(...band.map((f) => f.h));
  const top = size.height;
  let cursorX = margin;
  for (const f of band) {
    const box: Box = [r3(cursorX), r3(top), r3(cursorX + f.w), r3(top + f.h)];
    cursorX += f.w + margin;
    frames.moves[f.index] = moveInto(box, f.content, f.spec.scale);
    frames.insetBoxes.push(box);
    frames.insets.push(frameFeature(f.spec, box));
  }
  return { frames, height: Math.ceil(top + bandHeight + margin) };
}

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
  const parts = splitParts(collection, opts.insets);
  const fitted = fitProjection(parts.main, opts);
  const { projectPoint } = fitted;
  let { height } = fitted;
  let frames: Frames;
  if (opts.placement === 'corners') {
    const placed = placeFramesInCorners(parts, projectPoint, { width: opts.width, height }, opts);
    frames = placed.frames;
    height = placed.height;
  } else {
    frames = placeFrames(parts.insets, projectPoint, height, opts);
    assertFramesClear(parts.main, frames, projectPoint, opts.insets);
  }

  const projectWith = (geometry: AreaGeometry, keepInsets: boolean): AreaGeometry | null => {
    const out: Position[][][] = [];
    for (const rings of polygonsOf(rewindForD3(geometry))) {
      const i = insetIndexOf(rings, opts.insets);
      if (i >= 0 && !keepInsets) continue;
      out.push(projectRings(rings, projectPoint, i >= 0 ? (frames.moves[i] ?? identity) : identity));
    }
    return out.length > 0 ? geometryFromPolygons(out) : null;
  };
  return {
    width: opts.width,
    height,
    project: (geometry) => {
      const out = projectWith(geometry, true);
      if (!out) throw new Error('geometry has no polygon parts');
      return out;
    },
    projectMain: (geometry) => projectWith(geometry, false),
    insets: frames.insets,
    insetBoxes: frames.insetBoxes,
  };
}
