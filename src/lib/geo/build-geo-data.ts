/**
 * The data:geo pipeline as pure functions, one per kind of boundary vintage: file contents out, no
 * file system (scripts/cli/data-geo.ts reads the inputs and writes the files atomically).
 *
 * - `buildGeoData`: a vintage with districts (2025-01): unit list + district outlines (+ optional
 *   commune polygons) → units.json, geo/districts.topojson, geo/map.topojson with the mosaic.
 * - `buildCommuneVintage`: a vintage with real commune polygons and no districts (2025-07) →
 *   units.json, geo/communes.topojson, geo/map.topojson with the polygons.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { DataValidationError, parseOrThrow } from '../data/errors';
import { UnitListSchema, type UnitList } from '../data/schema/units';
import { type InsetSpec, type RetiredCode } from '../data/schema/geo-inputs';
import { createMapLayout, DEFAULT_MAP_LAYOUT_OPTIONS, type MapLayout, type MapLayoutOptions } from './map-layout';
import { readMapModel, type MapModel } from '../data/map-model';
import { chooseMosaic, tileFeature, type ChooseMosaicOptions, type MosaicFit } from './mosaic';
import { geometryBounds, planarArea, pointInGeometry } from './planar';
import { rewindForD3 } from './rewind';
import { buildTopology, crossingArcs, type PlainTopology } from './topology';
import { geometryFromPolygons, polygonsOf, type Box } from './types';
import { type AreaGeometry, type DistrictCollection } from '../data/map-shapes';
import { checkCommunes, geometryProblems, onlyListedUnits, type CheckedCommune } from './validate-communes';

/** Commune polygons to install (a parsed GeoJSON FeatureCollection, lon/lat). */
export interface CommuneInput {
  /** File name for messages. */
  file: string;
  data: unknown;
  /** Property holding the 5-digit GSO code. */
  codeProperty: string;
  /**
   * The file covers more than the area (e.g. a whole province for the part of it the area
   * covers): leave out features of units not in the list instead of reporting them.
   */
  listedOnly?: boolean;
  /** Codes the list dropped, by code: a feature with one is told where to merge (geo-inputs.json). */
  retiredCodes?: Readonly<Record<string, RetiredCode>>;
}

export interface GeoBuildInput {
  units: UnitList;
  /** District outlines in lon/lat (any winding), properties {code, name}. */
  districts: DistrictCollection;
  /** File name of the districts, for messages. */
  districtsFile: string;
  communes?: CommuneInput;
  /** Island groups drawn in frames (geo-inputs.json); none when absent. */
  insets?: readonly InsetSpec[];
}

export interface GeoBuildOptions {
  layout: Partial<MapLayoutOptions>;
  mosaic: Omit<ChooseMosaicOptions, 'width' | 'height' | 'blocked'>;
  /** Share of removable points kept in the lon/lat topologies. */
  geographicKeepShare: number;
  /** Smallest triangle area (layout units²) a vertex needs to stay in map.topojson. */
  layoutMinWeight: number;
}

export const DEFAULT_GEO_BUILD_OPTIONS: GeoBuildOptions = {
  layout: DEFAULT_MAP_LAYOUT_OPTIONS,
  mosaic: {
    maxCellSize: 40,
    minCellSize: 24,
    gap: 2,
    outsideWeight: 2,
    compactness: 0.5,
    maxSpill: 1,
    minOwnShare: 0.75,
  },
  geographicKeepShare: 0.4,
  layoutMinWeight: 0.5,
};

/** One output file, path relative to the output folder (e.g. `geo/map.topojson`). */
export interface GeoBuildFile {
  path: string;
  content: string;
  /** Features per object (TopoJSON) or per list (units.json). */
  counts: Record<string, number>;
}

/** What every vintage build returns: the files and the layout's size. */
export interface VintageBuildResult {
  files: GeoBuildFile[];
  width: number;
  height: number;
  view: 'mosaic' | 'polygons';
}

/** A vintage with districts: also the mosaic's measures. */
export interface GeoBuildResult extends VintageBuildResult {
  /** Grid pitch of the mosaic and side of one tile, in layout units. */
  cellSize: number;
  tileSize: number;
  fit: MosaicFit;
}

/** Rough lon/lat extent of the districts, padded, for the "is this near the province" check. */
function paddedExtent(districts: DistrictCollection, pad: number): Box {
  const boxes = districts.features.map((f) => geometryBounds(f.geometry));
  return [
    Math.min(...boxes.map((b) => b[0])) - pad,
    Math.min(...boxes.map((b) => b[1])) - pad,
    Math.max(...boxes.map((b) => b[2])) + pad,
    Math.max(...boxes.map((b) => b[3])) + pad,
  ];
}

/** Checks that each district of the list has exactly one outline and vice versa. */
function checkDistricts(districts: DistrictCollection, units: UnitList, file: string): void {
  const lines: string[] = [];
  const listed = new Set(units.districts.map((d) => d.code));
  const seen = new Map<string, number>();
  districts.features.forEach((f, i) => {
    const code = f.properties.code;
    if (!listed.has(code))
      lines.push(`feature ${i} (code ${code}): district not in the unit list — check the district codes`);
    const first = seen.get(code);
    if (first !== undefined) lines.push(`feature ${i} (code ${code}): same district as feature ${first} — merge them`);
    seen.set(code, i);
    for (const issue of geometryProblems(f.geometry)) lines.push(`feature ${i} (code ${code}): geometry ${issue}`);
  });
  for (const d of units.districts) {
    if (!seen.has(d.code)) lines.push(`district ${d.code} (${d.name}): no outline — add its polygon`);
  }
  if (lines.length > 0) throw new DataValidationError(file, lines);
}

/** Number of rings of each feature of a topology object, after decoding. */
function ringCounts(topology: Topology, name: string): number[] {
  const object = topology.objects[name] as GeometryCollection;
  return feature(topology, object).features.map((f) => polygonsOf(f.geometry as AreaGeometry).flat().length);
}

/** Ring count of each feature of a collection. */
const sourceRingCounts = (features: readonly Feature<AreaGeometry>[]): number[] =>
  features.map((f) => polygonsOf(f.geometry).flat().length);

/** Throws when simplification lost a ring or left one degenerate (it must keep every island). */
function assertRingsKept(
  topology: Topology,
  name: string,
  features: readonly Feature<AreaGeometry>[],
  file: string,
  lonLat: boolean,
): void {
  const before = sourceRingCounts(features);
  const after = ringCounts(topology, name);
  const lines: string[] = [];
  before.forEach((n, i) => {
    if (after[i] !== n) lines.push(`${name}[${i}]: ${n} rings before simplification, ${after[i] ?? 0} after`);
  });
  const decoded = feature(topology, topology.objects[name] as GeometryCollection).features;
  decoded.forEach((f, i) => {
    for (const issue of geometryProblems(f.geometry, { lonLat })) lines.push(`${name}[${i}]: ${issue}`);
  });
  if (lines.length > 0) throw new DataValidationError(file, lines);
}

const collectionOf = <G extends AreaGeometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
  type: 'FeatureCollection',
  features,
});

/** units.json, as every vintage writes it. */
function unitsFile(units: UnitList): GeoBuildFile {
  return {
    path: 'units.json',
    content: `${JSON.stringify(units, null, 2)}\n`,
    counts: { districts: units.districts.length, units: units.units.length },
  };
}

/** A lon/lat topology of one object (quantized, simplified on shared arcs, every ring kept). */
function geographicFile(name: string, features: Feature<AreaGeometry>[], keepShare: number): GeoBuildFile {
  const path = `geo/${name}.topojson`;
  const topo = buildTopology(
    { [name]: collectionOf(features) },
    { quantization: 1e5, simplify: { keepShare }, noCrossing: name === 'communes' ? ['communes'] : [] },
  );
  assertRingsKept(topo, name, features, path, true);
  return { path, content: JSON.stringify(topo), counts: { [name]: features.length } };
}

/**
 * geo/map.topojson: the planar objects on the layout's 0.1-unit grid, simplified on shared arcs,
 * with every ring of the `kept` objects checked, validated as the pages will read it.
 */
function layoutMapFile(
  layout: MapLayout,
  objects: Record<string, FeatureCollection<AreaGeometry>>,
  kept: string[],
  minWeight: number,
): { file: GeoBuildFile; view: 'mosaic' | 'polygons'; model: MapModel; topo: Topology } {
  const path = 'geo/map.topojson';
  const topo = buildTopology(objects, {
    quantization: 1e4,
    simplify: { minWeight },
    bbox: [0, 0, layout.width, layout.height],
    transform: { scale: [0.1, 0.1], translate: [0, 0] },
    noCrossing: ['communes'],
  });
  for (const name of kept) assertRingsKept(topo, name, objects[name]?.features ?? [], path, false);
  const model = readMapModel(topo);
  const counts = Object.fromEntries(Object.entries(objects).map(([k, v]) => [k, v.features.length]));
  return { file: { path, content: JSON.stringify(topo), counts }, view: model.view, model, topo };
}

/** The layout options with the vintage's island frames, when it names any. */
function withInsets(
  layout: Partial<MapLayoutOptions>,
  insets: readonly InsetSpec[] | undefined,
): Partial<MapLayoutOptions> {
  return insets ? { ...layout, insets } : layout;
}

/** Checks the commune polygons against the unit list and winds them for d3; throws on any problem. */
function checkedCommunes(input: CommuneInput, units: UnitList, extent?: Box): CheckedCommune[] {
  const data = input.listedOnly ? onlyListedUnits(input.data, units, input.codeProperty) : input.data;
  const checked = checkCommunes(data, units, {
    file: input.file,
    codeProperty: input.codeProperty,
    ...(extent ? { extent } : {}),
    ...(input.retiredCodes ? { retiredCodes: input.retiredCodes } : {}),
  });
  if (checked.problems.length > 0) throw new DataValidationError(input.file, checked.problems);
  return checked.communes.map((c) => ({ ...c, geometry: rewindForD3(c.geometry) }));
}

/**
 * Builds a vintage with districts: units.json, geo/districts.topojson, geo/map.topojson (district
 * outlines, inset frames, commune mosaic) and, with commune polygons, geo/communes.topojson.
 * Throws DataValidationError listing every problem of an input (with commune problems as
 * `FILE: feature N (code X): problem — what to do`).
 */
export function buildGeoData(input: GeoBuildInput, options: Partial<GeoBuildOptions> = {}): GeoBuildResult {
  const opts = { ...DEFAULT_GEO_BUILD_OPTIONS, ...options };
  const units = parseOrThrow(UnitListSchema, input.units, 'units');
  checkDistricts(input.districts, units, input.districtsFile);
  const names = new Map(units.districts.map((d) => [d.code, d.name]));

  // Districts in unit-list order, d3-wound, named as in the unit list.
  const order = new Map(units.districts.map((d, i) => [d.code, i]));
  const districts: DistrictCollection = collectionOf(
    [...input.districts.features]
      .sort((a, b) => (order.get(a.properties.code) ?? 0) - (order.get(b.properties.code) ?? 0))
      .map((f) => ({
        type: 'Feature' as const,
        properties: { code: f.properties.code, name: names.get(f.properties.code) ?? f.properties.name },
        geometry: rewindForD3(f.geometry),
      })),
  );
  const communes = input.communes ? checkedCommunes(input.communes, units, paddedExtent(districts, 0.5)) : undefined;

  const files = [unitsFile(units), geographicFile('districts', districts.features, opts.geographicKeepShare)];
  if (communes) {
    const features = communes.map((c) => ({
      type: 'Feature' as const,
      properties: { code: c.code, name: c.name, districtCode: c.districtCode },
      geometry: c.geometry,
    }));
    files.push(geographicFile('communes', features, opts.geographicKeepShare));
  }

  // The layout map (planar, y down).
  const layout = createMapLayout(districts, withInsets(opts.layout, input.insets));
  const { width, height } = layout;
  const projectedDistricts = districts.features.map((f) => ({ ...f, geometry: layout.project(f.geometry) }));
  const mosaicDistricts = districts.features.map((f) => {
    const geometry = layout.projectMain(f.geometry);
    if (!geometry) throw new Error(`district ${f.properties.code} lies entirely inside an inset`);
    return {
      code: f.properties.code,
      geometry,
      communeCodes: units.units.filter((u) => u.districtCode === f.properties.code).map((u) => u.code),
    };
  });
  const mosaic = chooseMosaic(mosaicDistricts, { ...opts.mosaic, width, height, blocked: layout.insetBoxes });
  const objects: Record<string, FeatureCollection<AreaGeometry>> = {
    districts: collectionOf(projectedDistricts),
    insets: collectionOf(layout.insets),
    tiles: collectionOf(mosaic.tiles.map(tileFeature)),
  };
  if (communes) objects['communes'] = collectionOf(communes.map((c) => projectedCommune(layout, c)));
  const kept = communes ? ['districts', 'communes'] : ['districts'];
  const map = layoutMapFile(layout, objects, kept, opts.layoutMinWeight);
  files.push(map.file);

  return {
    files,
    width,
    height,
    cellSize: mosaic.cellSize,
    tileSize: mosaic.cellSize - opts.mosaic.gap,
    fit: mosaic.fit,
    view: map.view,
  };
}

/** A commune polygon on the layout, properties {code} (+ districtCode in a vintage with districts). */
function projectedCommune(layout: MapLayout, c: CheckedCommune): Feature<AreaGeometry> {
  return {
    type: 'Feature',
    properties: c.districtCode === undefined ? { code: c.code } : { code: c.code, districtCode: c.districtCode },
    geometry: layout.project(c.geometry),
  };
}

/** A vintage drawn with its own commune polygons (from 2025-07: no districts, no mosaic). */
export interface CommuneVintageInput {
  units: UnitList;
  communes: CommuneInput;
  /** Island groups drawn in frames (geo-inputs.json); none when absent. */
  insets?: readonly InsetSpec[];
}

export interface CommuneVintageOptions {
  /** Layout of map.topojson (the vintage's island frames come with the input). */
  layout: Partial<MapLayoutOptions>;
  /** Share of removable points kept in geo/communes.topojson (lon/lat). */
  geographicKeepShare: number;
  /** Smallest triangle area (layout units²) a vertex needs to stay in map.topojson. */
  layoutMinWeight: number;
  /**
   * Per-area simplification of map.topojson: the first of `weights` (smallest first, at least
   * `layoutMinWeight`) whose map `measure`s at most `budget` (e.g. the gzip bytes of the paths a
   * page draws; the measure is the caller's, since drawing is render/'s). Absent: `layoutMinWeight`.
   */
  layoutFit?: { budget: number; measure: (model: MapModel) => number; steps: readonly LayoutStep[] };
}

/**
 * One step of the layout fit: the simplification threshold, and the area (layout units²) below
 * which an island part — one that shares no edge with any other part — is left off the drawn map.
 * A unit always keeps its largest part, so no unit vanishes; only islets far below a pixel at
 * phone width go (Hạ Long Bay's thousand rocks would otherwise outweigh the whole page).
 */
export interface LayoutStep {
  minWeight: number;
  minIslandArea: number;
}

/** The polygons of a topology geometry, as arc index rings. */
const polygonArcs = (g: GeometryObject): number[][][] =>
  g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
const arcId = (i: number): number => (i < 0 ? ~i : i);

/** For each feature, which of its polygons are islands: no edge shared with another polygon. */
function islandPolygons(collection: FeatureCollection<AreaGeometry>): boolean[][] {
  const topo = topology({ parts: collection }, 1e5);
  const object = topo.objects['parts'] as GeometryCollection;
  const uses = new Map<number, number>();
  const arcIds = object.geometries.map((g) => polygonArcs(g).map((rings) => rings.flat().map(arcId)));
  for (const arcs of arcIds.flat()) for (const i of arcs) uses.set(i, (uses.get(i) ?? 0) + 1);
  return arcIds.map((polygons) => polygons.map((arcs) => arcs.every((i) => uses.get(i) === 1)));
}

/** Communes with some island polygons left out, and which original polygons each feature kept. */
interface Pruned {
  collection: FeatureCollection<AreaGeometry>;
  kept: number[][];
}

/**
 * The communes without their island parts smaller than `minArea`, nor the parts in `drop`
 * ("feature:polygon"); each keeps its largest part.
 */
function withoutIslets(
  collection: FeatureCollection<AreaGeometry>,
  islands: boolean[][],
  minArea: number,
  drop: ReadonlySet<string>,
): Pruned {
  const kept: number[][] = [];
  const features = collection.features.map((f, i) => {
    const parts = polygonsOf(f.geometry);
    const areas = parts.map((rings) => planarArea({ type: 'Polygon', coordinates: rings }));
    const largest = areas.indexOf(Math.max(...areas));
    const keep = parts
      .map((_, k) => k)
      .filter((k) => k === largest || (!drop.has(`${i}:${k}`) && (!islands[i]?.[k] || (areas[k] ?? 0) >= minArea)));
    kept.push(keep);
    return keep.length === parts.length ? f : { ...f, geometry: geometryFromPolygons(keep.map((k) => parts[k] ?? [])) };
  });
  return { collection: collectionOf(features), kept };
}

/** Below this area (layout units², about 0.15 px² at 390 px) a part may go when it cannot be drawn valid. */
const SLIVER_AREA = 1;

/**
 * Small parts (as "feature:polygon" of the unpruned communes) the 0.1-unit grid made invalid:
 * an islet, or a sliver under SLIVER_AREA, whose arcs still cross another arc after the build,
 * or an islet the grid moved inside another part. Drawn, each would make its unit invalid; each
 * is far below a pixel, so it is left off instead (never a unit's largest part).
 */
function misplacedParts(built: { topo: Topology; model: MapModel }, pruned: Pruned, islands: boolean[][]): string[] {
  const object = built.topo.objects['communes'] as GeometryCollection | undefined;
  if (!object) return [];
  const arcs = new Set(object.geometries.flatMap((g) => polygonArcs(g).flat(2).map(arcId)));
  const crossing = crossingArcs(built.topo as PlainTopology, arcs);
  const parts = built.model.communes.map((c) => polygonsOf(c.geometry));
  const boxes = parts.map((ps) => ps.map((rings) => geometryBounds({ type: 'Polygon', coordinates: rings })));
  const inside = (i: number, k: number): boolean => {
    const point = parts[i]?.[k]?.[0]?.[0];
    if (!point) return false;
    const [x = 0, y = 0] = point;
    return parts.some((ps, j) =>
      ps.some((rings, m) => {
        const b = boxes[j]?.[m];
        if ((j === i && m === k) || !b || x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
        return pointInGeometry([x, y], { type: 'Polygon', coordinates: rings });
      }),
    );
  };
  return object.geometries.flatMap((g, i) => {
    const polygons = polygonArcs(g);
    const areas = (parts[i] ?? []).map((rings) => planarArea({ type: 'Polygon', coordinates: rings }));
    const largest = areas.indexOf(Math.max(...areas));
    return polygons.flatMap((rings, k) => {
      const original = pruned.kept[i]?.[k] ?? k;
      if (k === largest) return [];
      const island = islands[i]?.[original] ?? false;
      const small = island || (areas[k] ?? Infinity) < SLIVER_AREA;
      const crosses = rings.flat().some((a) => crossing.has(arcId(a)));
      return (small && crosses) || (island && inside(i, k)) ? [`${i}:${original}`] : [];
    });
  });
}

/** The vintage's layout map: at `layoutMinWeight`, or the first step of `layoutFit` within its budget. */
function fittedLayoutMap(
  layout: MapLayout,
  objects: Record<string, FeatureCollection<AreaGeometry>>,
  opts: CommuneVintageOptions,
): ReturnType<typeof layoutMapFile> & { minWeight: number } {
  const fit = opts.layoutFit;
  const steps = fit ? fit.steps.filter((s) => s.minWeight >= opts.layoutMinWeight) : [];
  const communes = objects['communes'];
  const islands = steps.length > 0 && communes ? islandPolygons(communes) : [];
  const drop = new Set<string>();
  let last: (ReturnType<typeof layoutMapFile> & { minWeight: number }) | undefined;
  for (const step of steps.length > 0 ? steps : [{ minWeight: opts.layoutMinWeight, minIslandArea: 0 }]) {
    for (let round = 0; round < 3; round++) {
      const pruned = communes ? withoutIslets(communes, islands, step.minIslandArea, drop) : undefined;
      const built = layoutMapFile(
        layout,
        pruned ? { ...objects, communes: pruned.collection } : objects,
        ['communes'],
        step.minWeight,
      );
      last = { ...built, minWeight: step.minWeight };
      const islets = pruned && fit ? misplacedParts(built, pruned, islands) : [];
      if (islets.length === 0) break;
      for (const islet of islets) drop.add(islet);
    }
    if (!fit || (last && fit.measure(last.model) <= fit.budget)) break;
  }
  if (!last) throw new Error('no layout step to try');
  return last;
}

/**
 * Measured on the 2025 polygons (136,000 points for the 48 units of the shipped area): the layout
 * threshold of 2025-01 keeps coasts and borders recognisable at 1000 px with map.topojson at about
 * 10 KB gzip (a threshold 8× coarser saves only 3 KB: the protected island rings dominate).
 */
export const DEFAULT_COMMUNE_VINTAGE_OPTIONS: CommuneVintageOptions = {
  layout: DEFAULT_MAP_LAYOUT_OPTIONS,
  geographicKeepShare: 0.1,
  layoutMinWeight: DEFAULT_GEO_BUILD_OPTIONS.layoutMinWeight,
};

/**
 * Builds a vintage without districts from its unit list and commune polygons: units.json,
 * geo/communes.topojson (lon/lat) and geo/map.topojson (objects `communes` and `insets`). Throws
 * DataValidationError listing every problem of the polygons.
 */
export function buildCommuneVintage(
  input: CommuneVintageInput,
  options: Partial<CommuneVintageOptions> = {},
): VintageBuildResult & { layoutMinWeight: number } {
  const opts = { ...DEFAULT_COMMUNE_VINTAGE_OPTIONS, ...options };
  const units = parseOrThrow(UnitListSchema, input.units, 'units');
  const communes = checkedCommunes(input.communes, units);
  const geographic = communes.map((c) => ({
    type: 'Feature' as const,
    properties: { code: c.code, name: c.name },
    geometry: c.geometry,
  }));
  const layout = createMapLayout(collectionOf(geographic), withInsets(opts.layout, input.insets));
  const objects = {
    communes: collectionOf(communes.map((c) => projectedCommune(layout, c))),
    insets: collectionOf(layout.insets),
  };
  const map = fittedLayoutMap(layout, objects, opts);
  return {
    files: [unitsFile(units), geographicFile('communes', geographic, opts.geographicKeepShare), map.file],
    width: layout.width,
    height: layout.height,
    view: map.view,
    layoutMinWeight: map.minWeight,
  };
}
