/**
 * Building compact TopoJSON: shared arcs (topojson-server), Visvalingam simplification on those
 * shared arcs (topojson-simplify), so neighbours keep a common edge with no gap or sliver, then
 * quantization (topojson-client). Every ring is kept: a ring whose points would all be simplified
 * away keeps its most significant vertices instead, so small islands stay on the map.
 */
import type { FeatureCollection } from 'geojson';
import { bbox as topologyBbox, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology, Transform } from 'topojson-specification';

/** A topology whose objects carry plain (non-null) properties, as topojson-simplify types it. */
export type PlainTopology = Topology<Objects>;
import type { Box } from './types';

export interface TopologyOptions {
  /** Quantization: number of distinct positions per axis (e.g. 1e5 for lon/lat, 1e4 for a 1000-wide layout). */
  quantization: number;
  /**
   * How much to simplify: either `{ keepShare }`, the share (0–1) of removable points to keep, least
   * significant first to go, or `{ minWeight }`, the smallest triangle area (in squared coordinate
   * units) a point must carry to stay.
   */
  simplify: { keepShare: number } | { minWeight: number };
  /** Fewest distinct vertices any ring keeps (3 makes a triangle; 4 is the default). */
  minRingVertices?: number;
  /** Box to record as `bbox` and to quantize against (default: the data's own bounds). */
  bbox?: Box;
  /**
   * Exact quantization grid for the output (e.g. scale [0.1, 0.1] from [0, 0] for the layout, so
   * whole and tenth units, like tile corners, survive exactly). Default: `quantization` steps over `bbox`.
   */
  transform?: Transform;
  /**
   * Objects whose polygons tile the area (e.g. `communes`): their arcs must not cross one another
   * after simplification and quantization. Others (mosaic tiles over district outlines) may.
   */
  noCrossing?: readonly string[];
}

/** Arc indices of every ring of every polygon in an object. */
function ringsOf(object: GeometryObject): number[][] {
  switch (object.type) {
    case 'GeometryCollection':
      return object.geometries.flatMap(ringsOf);
    case 'Polygon':
      return object.arcs;
    case 'MultiPolygon':
      return object.arcs.flat();
    default:
      return [];
  }
}

/**
 * Raises the weight of the most significant vertices of each ring to Infinity until the ring keeps
 * `minVertices` distinct vertices, whatever the simplification threshold. Works on a presimplified
 * topology (third coordinate = weight).
 */
function protectRings(topo: PlainTopology, minVertices: number): void {
  for (const object of Object.values(topo.objects)) {
    for (const ring of ringsOf(object)) {
      const points = ring.flatMap((index) => {
        const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
        return arc.slice(1); // each arc's first point is the previous arc's last one
      });
      let kept = points.filter((p) => p[2] === Infinity).length;
      const candidates = points.filter((p) => p[2] !== Infinity).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
      for (const p of candidates) {
        if (kept >= minVertices) break;
        p[2] = Infinity;
        kept++;
      }
    }
  }
}

/** Absolute positions of every arc of a quantized topology (arcs are delta-encoded). */
function decodedArcs(topo: PlainTopology): [number, number][][] {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as [number, number]);
  });
}

/** Sign of the turn a → b → c: 1 left, -1 right, 0 collinear. */
const turn = (a: readonly number[], b: readonly number[], c: readonly number[]): number =>
  Math.sign(
    ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) -
      ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0)),
  );

const same = (p: readonly number[], q: readonly number[]): boolean => p[0] === q[0] && p[1] === q[1];

/** True when two segments share a point other than a common endpoint (they cross, touch or overlap). */
function segmentsMeet(a: [number, number], b: [number, number], c: [number, number], d: [number, number]): boolean {
  // The same edge twice (a spike where two arcs meet, or a doubled edge) is invalid too.
  if ((same(a, c) && same(b, d)) || (same(a, d) && same(b, c))) return true;
  const shared = same(a, c) || same(a, d) ? a : same(b, c) || same(b, d) ? b : undefined;
  if (shared) {
    // One common endpoint is where arcs join, or two segments of an arc follow each other; it is
    // wrong only when the two run along each other (a spike).
    const p = shared === a ? b : a;
    const q = same(shared, c) ? d : c;
    return (
      turn(shared, p, q) === 0 && (p[0] - shared[0]) * (q[0] - shared[0]) + (p[1] - shared[1]) * (q[1] - shared[1]) > 0
    );
  }
  const [d1, d2, d3, d4] = [turn(c, d, a), turn(c, d, b), turn(a, b, c), turn(a, b, d)];
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  const onSegment = (p: readonly number[], q: readonly number[], r: readonly number[]): boolean =>
    Math.min(p[0] ?? 0, q[0] ?? 0) <= (r[0] ?? 0) &&
    (r[0] ?? 0) <= Math.max(p[0] ?? 0, q[0] ?? 0) &&
    Math.min(p[1] ?? 0, q[1] ?? 0) <= (r[1] ?? 0) &&
    (r[1] ?? 0) <= Math.max(p[1] ?? 0, q[1] ?? 0);
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}

/**
 * The arcs of a quantized topology that cross, touch or overlap another arc (or themselves) away
 * from a shared vertex: what simplification or snapping to the grid can do to two nearby edges,
 * and what makes a polygon invalid. Segments are bucketed on a grid, so the search stays linear.
 */
export function crossingArcs(topo: PlainTopology, only?: ReadonlySet<number>): Set<number> {
  const arcs = decodedArcs(topo);
  const crossing = new Set<number>();
  arcs.forEach((arc, i) => {
    if ((!only || only.has(i)) && repeatedPoint(arc)) crossing.add(i);
  });
  for (const [s, t] of crossingPairs(arcs, only)) crossing.add(s.arc).add(t.arc);
  return crossing;
}

/** Segment k of an arc: from its point k to its point k + 1. */
interface Segment {
  arc: number;
  k: number;
  a: [number, number];
  b: [number, number];
}

/** The pairs of segments that cross, touch or run back along each other (see crossingArcs). */
function crossingPairs(arcs: readonly [number, number][][], only?: ReadonlySet<number>): [Segment, Segment][] {
  const segments: Segment[] = arcs.flatMap((arc, i) =>
    only && !only.has(i) ? [] : arc.slice(1).map((p, k) => ({ arc: i, k, a: arc[k] ?? p, b: p })),
  );
  const pairs: [Segment, Segment][] = [];
  for (const bucket of segmentBuckets(segments)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const s = segments[bucket[i] ?? 0];
        const t = segments[bucket[j] ?? 0];
        if (s && t && segmentsMeet(s.a, s.b, t.a, t.b)) pairs.push([s, t]);
      }
    }
  }
  return pairs;
}

/** Segments bucketed on a grid of four median segment lengths, so the pair search stays linear. */
function segmentBuckets(segments: readonly Segment[]): number[][] {
  const lengths = segments.map(({ a, b }) => Math.hypot(b[0] - a[0], b[1] - a[1])).sort((x, y) => x - y);
  const cell = Math.max(1, lengths[Math.floor(lengths.length / 2)] ?? 1) * 4;
  const grid = new Map<string, number[]>();
  segments.forEach(({ a, b }, s) => {
    for (let gx = Math.floor(Math.min(a[0], b[0]) / cell); gx <= Math.floor(Math.max(a[0], b[0]) / cell); gx++) {
      for (let gy = Math.floor(Math.min(a[1], b[1]) / cell); gy <= Math.floor(Math.max(a[1], b[1]) / cell); gy++) {
        const key = `${gx},${gy}`;
        const bucket = grid.get(key);
        if (bucket) bucket.push(s);
        else grid.set(key, [s]);
      }
    }
  });
  return [...grid.values()];
}

/**
 * What the grid still leaves crossing once every point is given back: pair after pair, one inner
 * vertex of the two segments that meet is taken out (a spike's tip, else an end of the shorter
 * segment that is not an arc's end). The move is below the grid's step, and every unit that
 * shares the arc takes it alike, so no gap or overlap opens.
 */
function untangle(topo: PlainTopology, names: readonly string[]): void {
  const rings = names.flatMap((n) => (topo.objects[n] ? ringsOf(topo.objects[n]) : []));
  const only = new Set(rings.flat().map((i) => (i < 0 ? ~i : i)));
  for (let round = 0; round < UNTANGLE_ROUNDS; round++) {
    const arcs = decodedArcs(topo);
    const pairs = crossingPairs(arcs, only);
    if (pairs.length === 0) return;
    const thin = arcsOfSmallRings(rings, arcs);
    const drops = new Map<number, number>();
    for (const [s, t] of pairs) {
      const vertex = innerVertexOf(s, t, arcs);
      if (vertex && !thin.has(vertex[0]) && !drops.has(vertex[0])) drops.set(vertex[0], vertex[1]);
    }
    if (drops.size === 0) return;
    for (const [arc, k] of drops) topo.arcs[arc] = encoded((arcs[arc] ?? []).filter((_, j) => j !== k));
  }
}

/** Arcs of rings with 4 vertices or fewer: one less would leave a ring without area. */
function arcsOfSmallRings(rings: readonly number[][], arcs: readonly [number, number][][]): Set<number> {
  const small = new Set<number>();
  for (const ring of rings) {
    const vertices = ring.reduce((n, i) => n + (arcs[i < 0 ? ~i : i]?.length ?? 1) - 1, 0);
    if (vertices <= 4) for (const i of ring) small.add(i < 0 ? ~i : i);
  }
  return small;
}

/** Whether the last point of arc `a` is also an end of arc `b`: a junction both reach. */
function endsAtJunction(arcs: readonly [number, number][][], a: number, b: number): boolean {
  const end = arcs[a]?.at(-1);
  const other = arcs[b] ?? [];
  return end !== undefined && [other[0], other.at(-1)].some((p) => p !== undefined && same(p, end));
}

/** How many times untangle looks again after taking vertices out. */
const UNTANGLE_ROUNDS = 50;

/** The [arc, vertex] that untangle takes out for a pair of segments that meet, if one can go. */
function innerVertexOf(s: Segment, t: Segment, arcs: readonly [number, number][][]): [number, number] | undefined {
  const inner = (seg: Segment, k: number): boolean => k > 0 && k < (arcs[seg.arc]?.length ?? 0) - 1;
  if (s.arc === t.arc && Math.abs(s.k - t.k) === 1) {
    const tip = Math.max(s.k, t.k);
    return inner(s, tip) ? [s.arc, tip] : undefined;
  }
  const length = (seg: Segment): number => Math.hypot(seg.b[0] - seg.a[0], seg.b[1] - seg.a[1]);
  const order = length(s) <= length(t) ? [s, t] : [t, s];
  for (const seg of order) {
    // Near a junction both arcs reach, the vertex toward it: the one the grid pushed across.
    const towardEnd = endsAtJunction(arcs, seg.arc, (seg === s ? t : s).arc);
    for (const k of towardEnd ? [seg.k + 1, seg.k] : [seg.k, seg.k + 1]) if (inner(seg, k)) return [seg.arc, k];
  }
  return undefined;
}

/** An arc with every back-and-forth vertex (a → b → a) and repeated position taken out, endpoints kept. */
function withoutSpikes(arc: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of arc) {
    const last = out.at(-1);
    if (last && same(last, p)) continue;
    const before = out.at(-2);
    if (before && same(before, p)) {
      out.pop();
      continue;
    }
    out.push(p);
  }
  return out.length >= 2 ? out : arc;
}

/**
 * Takes out what the grid can collapse into a zero-width spike: a vertex that goes and comes back
 * within an arc, and an arc a ring runs along and straight back (i then ~i, cyclically); cuts
 * the loops of an arc that still crosses itself, and the closed arcs pinched onto a ring. All
 * make the polygon invalid while drawing nothing visible. Only the arcs and rings of `names` are
 * touched.
 */
function removeSpikes(topo: PlainTopology, names: readonly string[]): void {
  const arcs = decodedArcs(topo);
  const touched = new Set(
    names.flatMap((n) => (topo.objects[n] ? ringsOf(topo.objects[n]).flat() : [])).map((i) => (i < 0 ? ~i : i)),
  );
  const crossing = crossingArcs(topo, touched);
  for (const i of touched) {
    const clean = withoutSpikes(arcs[i] ?? []);
    topo.arcs[i] = encoded(crossing.has(i) ? withoutSelfLoops(clean) : clean);
  }
  const closed = (index: number): boolean => {
    const arc = arcs[index < 0 ? ~index : index] ?? [];
    return arc.length > 0 && same(arc[0] ?? [], arc.at(-1) ?? []);
  };
  for (const name of names) {
    const object = topo.objects[name];
    if (!object) continue;
    for (const ring of ringsOf(object)) {
      // A closed arc inside a ring of several arcs is a loop pinched onto the ring at one point
      // (a narrow neck the grid closed): the ring goes on without it, on each side alike.
      for (let k = ring.length - 1; k >= 0 && ring.length > 1; k--) if (closed(ring[k] ?? 0)) ring.splice(k, 1);
      let changed = true;
      while (changed && ring.length > 2) {
        changed = false;
        for (let k = 0; k < ring.length; k++) {
          const next = (k + 1) % ring.length;
          if (ring[k] === ~(ring[next] ?? 0)) {
            ring.splice(Math.max(k, next), 1);
            ring.splice(Math.min(k, next), 1);
            changed = true;
            break;
          }
        }
      }
    }
  }
}

/**
 * An arc with its small self-intersection loops cut out: where two of its segments k and m (k < m)
 * meet, the points between them go and point k joins point m + 1. The grid can fold a narrow
 * inlet onto itself that no point given back unfolds; the loop cut is a sliver below the grid.
 */
function withoutSelfLoops(arc: [number, number][]): [number, number][] {
  let points = arc;
  for (let guard = 0; guard < points.length; guard++) {
    let cut: [number, number] | undefined = repeatedPoint(points);
    for (let k = 0; k < points.length - 1 && !cut; k++) {
      for (let m = k + 2; m < points.length - 1 && !cut; m++) {
        const [a, b, c, d] = [points[k], points[k + 1], points[m], points[m + 1]];
        if (a && b && c && d && !(k === 0 && m === points.length - 2) && segmentsMeet(a, b, c, d)) cut = [k, m];
      }
    }
    if (!cut) return points;
    points = [...points.slice(0, cut[0] + 1), ...points.slice(cut[1] + 1)];
  }
  return points;
}

/**
 * The first vertex an arc passes twice, as [first visit, second visit] (a loop that
 * touches itself), or undefined. A closed arc's first and last points are one vertex, not two.
 */
function repeatedPoint(points: readonly [number, number][]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let j = 0; j < points.length; j++) {
    const p = points[j];
    if (!p) continue;
    const key = `${p[0]},${p[1]}`;
    const i = seen.get(key);
    if (i !== undefined && !(i === 0 && j === points.length - 1)) return [i, j];
    seen.set(key, j);
  }
  return undefined;
}

/** Re-encodes absolute arc positions as topojson deltas. */
function encoded(arc: readonly [number, number][]): [number, number][] {
  let [x, y] = [0, 0];
  return arc.map(([ax, ay]) => {
    const delta: [number, number] = [ax - x, ay - y];
    [x, y] = [ax, ay];
    return delta;
  });
}

/** How many times arcs that cross are given back their points before the build gives up on them. */
const REPAIR_ROUNDS = 4;

/**
 * Turns named FeatureCollections into one quantized, simplified topology (one object per name).
 * Shared edges are simplified once, so adjacent polygons stay seamless. Arcs of a `noCrossing`
 * object that the simplification (or the grid) made cross another of its arcs keep all their
 * points, round after round, so no polygon is left self-intersecting (GDAL's ST_IsValid, measured
 * by `npm run bench`).
 */
export function buildTopology(objects: Record<string, FeatureCollection>, options: TopologyOptions): PlainTopology {
  const { quantization, minRingVertices = 4 } = options;
  // topojson-server types properties as nullable; topojson-simplify wants them non-null.
  const raw = topology(objects, quantization) as PlainTopology;
  const weighted = presimplify(raw);
  protectRings(weighted, minRingVertices);
  const minWeight =
    'minWeight' in options.simplify
      ? options.simplify.minWeight
      : options.simplify.keepShare >= 1
        ? 0
        : quantile(weighted, options.simplify.keepShare);
  const build = (): PlainTopology => {
    const simplified = simplify(weighted, minWeight);
    simplified.bbox = options.bbox ?? topologyBbox(simplified);
    delete simplified.transform;
    return quantize(simplified, options.transform ?? quantization);
  };
  let built = build();
  const tiled = (options.noCrossing ?? []).flatMap((name) => {
    const object = raw.objects[name];
    return object
      ? [
          new Set(
            ringsOf(object)
              .flat()
              .map((i) => (i < 0 ? ~i : i)),
          ),
        ]
      : [];
  });
  for (let round = 0; round < REPAIR_ROUNDS && tiled.length > 0; round++) {
    const crossing = new Set(tiled.flatMap((arcs) => [...crossingArcs(built, arcs)]));
    if (crossing.size === 0) break;
    for (const i of crossing) for (const p of weighted.arcs[i] ?? []) p[2] = Infinity;
    built = build();
  }
  removeSpikes(built, options.noCrossing ?? []);
  untangle(built, options.noCrossing ?? []);
  return built;
}
