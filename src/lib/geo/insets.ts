/**
 * Island frames chosen from the geometry, never from a list of places: which polygon parts of an
 * area lie so far from its main body that drawing them in place would shrink the main body into a
 * corner of the map (Trường Sa ~400 km off Khánh Hòa, Hoàng Sa, Côn Đảo, Phú Quý, Thổ Châu …), and
 * how much each group is enlarged or reduced in its frame.
 *
 * Distances are measured in kilometres on a local equirectangular plane (good to a few per cent
 * over one province), between the bounding boxes of polygon parts:
 * 1. parts less than `touchKm` apart form chunks; the chunk with the largest area is the core;
 * 2. every part reachable from the core in steps shorter than `linkShare` of the core's larger
 *    side is the main body (coastal islets and near islands stay in place);
 * 3. the other parts are grouped (steps shorter than `groupShare` of that side): one frame for
 *    each group that holds a whole unit. A far islet of a unit on the mainland (Hòn Chuối of Xã
 *    Sông Đốc) stays in place: the issue is units far from the rest, not every rock.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { InsetSpec } from '../data/schema/geo-inputs';
import type { AreaGeometry } from '../data/map-shapes';
import { slugOf } from '../text/names';
import { polygonsOf, type Box } from './types';

export interface AutoInsetOptions {
  /** Parts closer than this (km) are one chunk when looking for the core. */
  touchKm: number;
  /** Parts within this share of the core's larger side of the main body stay in place. */
  linkShare: number;
  /** Far parts within this share of the core's larger side of each other share a frame. */
  groupShare: number;
  /** A frame's content is at most this share of the core's larger side. */
  frameShare: number;
  /** Largest enlargement inside a frame. */
  maxScale: number;
}

/**
 * Tried on the 34 provinces of the 2025 reference: 0.15 keeps Lý Sơn, Cồn Cỏ, Cô Tô, Cù Lao Chàm,
 * Phú Quốc and Nam Du in place and frames Trường Sa, Hoàng Sa, Côn Đảo, Bạch Long Vĩ, Phú Quý and
 * Thổ Châu (docs/reference-data.md lists the outcome per province).
 */
export const DEFAULT_AUTO_INSET_OPTIONS: AutoInsetOptions = {
  touchKm: 2,
  linkShare: 0.15,
  groupShare: 0.6,
  frameShare: 0.3,
  maxScale: 3,
};

/** What the choice reads of each feature. */
export interface InsetFeatureProperties {
  code: string;
  name: string;
}

/** One polygon part: its unit, its box in km and in lon/lat, its centre (lon/lat) and its area (km²). */
interface Part {
  code: string;
  name: string;
  km: Box;
  lonLat: Box;
  centre: [number, number];
  area: number;
}

/** Box of a ring's positions. */
function ringBox(ring: readonly Position[], fx = 1, fy = 1): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    box[0] = Math.min(box[0], x * fx);
    box[1] = Math.min(box[1], y * fy);
    box[2] = Math.max(box[2], x * fx);
    box[3] = Math.max(box[3], y * fy);
  }
  return box;
}

/** Absolute shoelace area of a ring, with x and y scaled. */
function ringArea(ring: readonly Position[], fx: number, fy: number): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length] ?? [];
    sum += x0 * fx * y1 * fy - x1 * fx * y0 * fy;
  }
  return Math.abs(sum / 2);
}

/** The parts of every feature, measured on a plane in km around the area's mean latitude. */
function partsOf(collection: FeatureCollection<AreaGeometry, InsetFeatureProperties>): Part[] {
  const outers = collection.features.flatMap((f) => polygonsOf(f.geometry).map((rings) => ({ f, ring: rings[0] })));
  const lats = outers.flatMap(({ ring }) => (ring ?? []).map((p) => p[1] ?? 0));
  const meanLat = lats.reduce((a, b) => a + b, 0) / Math.max(1, lats.length);
  const fx = 111.32 * Math.cos((meanLat * Math.PI) / 180);
  const fy = 110.57;
  return outers.flatMap(({ f, ring }) => {
    if (!ring || ring.length < 4) return [];
    const lonLat = ringBox(ring);
    const centre: [number, number] = [(lonLat[0] + lonLat[2]) / 2, (lonLat[1] + lonLat[3]) / 2];
    return [
      {
        code: f.properties.code,
        name: f.properties.name,
        km: ringBox(ring, fx, fy),
        lonLat,
        centre,
        area: ringArea(ring, fx, fy),
      },
    ];
  });
}

/** Distance between two boxes (0 when they overlap). */
const gap = (a: Box, b: Box): number =>
  Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));

/** Single-linkage groups of the parts (indices), linking parts less than `within` apart. */
function groups(parts: readonly Part[], within: number): number[][] {
  const parent = parts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i], parts[j]];
      if (a && b && gap(a.km, b.km) <= within) parent[find(i)] = find(j);
    }
  }
  const byRoot = new Map<number, number[]>();
  parts.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return [...byRoot.values()];
}

/** Box around several boxes. */
function union(boxes: readonly Box[]): Box {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

const larger = (b: Box): number => Math.max(b[2] - b[0], b[3] - b[1]);

/** The main body (indices of its parts) and the size (km) frames are measured against. */
function mainBody(parts: readonly Part[], opts: AutoInsetOptions): { main: Set<number>; size: number } {
  const chunks = groups(parts, opts.touchKm);
  const areaOf = (chunk: number[]): number => chunk.reduce((s, i) => s + (parts[i]?.area ?? 0), 0);
  const core = chunks.reduce((best, c) => (areaOf(c) > areaOf(best) ? c : best), chunks[0] ?? []);
  const size = larger(union(core.map((i) => parts[i]?.km ?? [0, 0, 0, 0])));
  const main = new Set(core);
  // Grow the core by every part within reach of it, breadth first.
  const queue = [...core];
  for (let q = queue.shift(); q !== undefined; q = queue.shift()) {
    const from = parts[q];
    parts.forEach((p, i) => {
      if (from && !main.has(i) && gap(from.km, p.km) <= opts.linkShare * size) {
        main.add(i);
        queue.push(i);
      }
    });
  }
  return { main, size };
}

/** "Đặc khu Trường Sa – thu nhỏ, không theo vị trí thực" (the caption says how the frame differs). */
function caption(names: readonly string[], scale: number): string {
  const how =
    scale > 1.05
      ? 'phóng to, không theo tỷ lệ và vị trí thực'
      : scale < 0.95
        ? 'thu nhỏ, không theo tỷ lệ và vị trí thực'
        : 'không theo vị trí thực';
  return `${names.join(', ')} – ${how}`;
}

/**
 * The island frames an area's polygons call for (none for most provinces), each with the parts'
 * lon/lat region, its caption (the units' names) and its scale. A group whose region would also
 * hold the centre of a part of the main body is left in place: a frame must never take the
 * mainland with it.
 */
export function chooseInsets(
  collection: FeatureCollection<AreaGeometry, InsetFeatureProperties>,
  options: Partial<AutoInsetOptions> = {},
): InsetSpec[] {
  const opts = { ...DEFAULT_AUTO_INSET_OPTIONS, ...options };
  const parts = partsOf(collection);
  if (parts.length === 0) return [];
  const { main, size } = mainBody(parts, opts);
  const far = parts.filter((_, i) => !main.has(i));
  const onMainland = new Set(parts.filter((_, i) => main.has(i)).map((p) => p.code));
  const mainCentres = parts.filter((_, i) => main.has(i)).map((p) => p.centre);
  const specs: InsetSpec[] = [];
  for (const group of groups(far, opts.groupShare * size)) {
    const members = group.flatMap((i) => far[i] ?? []);
    if (members.every((p) => onMainland.has(p.code))) continue;
    const centres = union(members.map((p): Box => [p.centre[0], p.centre[1], p.centre[0], p.centre[1]]));
    const eps = 1e-4;
    const region: Box = [centres[0] - eps, centres[1] - eps, centres[2] + eps, centres[3] + eps];
    const holdsMain = mainCentres.some(
      ([x, y]) => x >= region[0] && x <= region[2] && y >= region[1] && y <= region[3],
    );
    if (holdsMain) continue;
    const extent = Math.max(larger(union(members.map((p) => p.km))), 0.1);
    const scale = Math.min(opts.maxScale, (opts.frameShare * size) / extent);
    // Largest units first, so the caption leads with the one the frame is about.
    const byArea = new Map<string, number>();
    for (const p of members) byArea.set(p.name, (byArea.get(p.name) ?? 0) + p.area);
    const names = [...byArea].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    const base = slugOf(names[0] ?? 'khung');
    const taken = specs.filter((s) => s.id === base || s.id.startsWith(`${base}-`)).length;
    specs.push({
      id: taken === 0 ? base : `${base}-${taken + 1}`,
      label: caption(names, scale),
      region,
      scale: Math.round(scale * 1000) / 1000,
    });
  }
  return specs;
}
