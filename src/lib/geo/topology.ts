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

/**
 * Turns named FeatureCollections into one quantized, simplified topology (one object per name).
 * Shared edges are simplified once, so adjacent polygons stay seamless.
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
  const simplified = simplify(weighted, minWeight);
  simplified.bbox = options.bbox ?? topologyBbox(simplified);
  delete simplified.transform;
  return quantize(simplified, options.transform ?? quantization);
}
