/**
 * The data:geo pipeline as one pure function: unit list + district outlines (+ optional commune
 * polygons) in, file contents out. No file system: scripts/data-geo.ts reads the inputs, calls
 * `buildGeoData` and writes the files atomically.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataValidationError, parseOrThrow } from '../errors';
import { UnitListSchema, type UnitList } from '../schema';
import { createMapLayout, DEFAULT_MAP_LAYOUT_OPTIONS, type MapLayoutOptions } from './map-layout';
import { readMapModel } from './map-model';
import { chooseMosaic, tileFeature, type ChooseMosaicOptions, type MosaicFit } from './mosaic';
import { geometryBounds } from './planar';
import { rewindForD3 } from './rewind';
import { buildTopology } from './topology';
import { polygonsOf, type AreaGeometry, type Box, type DistrictCollection } from './types';
import { checkCommunes, geometryProblems } from './validate-communes';

/** Commune polygons to install (a parsed GeoJSON FeatureCollection, lon/lat). */
export interface CommuneInput {
  /** File name for messages. */
  file: string;
  data: unknown;
  /** Property holding the 5-digit GSO code. */
  codeProperty: string;
}

export interface GeoBuildInput {
  units: UnitList;
  /** District outlines in lon/lat (any winding), properties {code, name}. */
  districts: DistrictCollection;
  /** File name of the districts, for messages. */
  districtsFile: string;
  communes?: CommuneInput;
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

export interface GeoBuildResult {
  files: GeoBuildFile[];
  width: number;
  height: number;
  /** Grid pitch of the mosaic and side of one tile, in layout units. */
  cellSize: number;
  tileSize: number;
  fit: MosaicFit;
  view: 'mosaic' | 'polygons';
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

/**
 * Builds data/units.json, data/geo/districts.topojson, data/geo/map.topojson and, with commune
 * polygons, data/geo/communes.topojson. Throws DataValidationError listing every problem of an input
 * (with commune problems as `FILE: feature N (code X): problem — what to do`).
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

  let communes: ReturnType<typeof checkCommunes>['communes'] | undefined;
  if (input.communes) {
    const checked = checkCommunes(input.communes.data, units, {
      file: input.communes.file,
      codeProperty: input.communes.codeProperty,
      extent: paddedExtent(districts, 0.5),
    });
    if (checked.problems.length > 0) throw new DataValidationError(input.communes.file, checked.problems);
    communes = checked.communes.map((c) => ({ ...c, geometry: rewindForD3(c.geometry) }));
  }

  const files: GeoBuildFile[] = [];
  const unitsJson = `${JSON.stringify(units, null, 2)}\n`;
  files.push({
    path: 'units.json',
    content: unitsJson,
    counts: { districts: units.districts.length, units: units.units.length },
  });

  // Geographic topologies (lon/lat).
  const districtsTopo = buildTopology(
    { districts: districts },
    { quantization: 1e5, simplify: { keepShare: opts.geographicKeepShare } },
  );
  assertRingsKept(districtsTopo, 'districts', districts.features, 'geo/districts.topojson', true);
  files.push({
    path: 'geo/districts.topojson',
    content: JSON.stringify(districtsTopo),
    counts: { districts: districts.features.length },
  });

  if (communes) {
    const features = communes.map((c) => ({
      type: 'Feature' as const,
      properties: { code: c.code, name: c.name, districtCode: c.districtCode },
      geometry: c.geometry,
    }));
    const communesTopo = buildTopology(
      { communes: collectionOf(features) },
      { quantization: 1e5, simplify: { keepShare: opts.geographicKeepShare } },
    );
    assertRingsKept(communesTopo, 'communes', features, 'geo/communes.topojson', true);
    files.push({
      path: 'geo/communes.topojson',
      content: JSON.stringify(communesTopo),
      counts: { communes: features.length },
    });
  }

  // The layout map (planar, y down).
  const layout = createMapLayout(districts, opts.layout);
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
  const tiles = mosaic.tiles.map(tileFeature);
  const objects: Record<string, FeatureCollection> = {
    districts: collectionOf(projectedDistricts),
    insets: collectionOf(layout.insets),
    tiles: collectionOf(tiles),
  };
  const projectedCommunes = communes?.map((c) => ({
    type: 'Feature' as const,
    properties: { code: c.code, districtCode: c.districtCode },
    geometry: layout.project(c.geometry),
  }));
  if (projectedCommunes) objects['communes'] = collectionOf(projectedCommunes);
  const mapTopo = buildTopology(objects, {
    quantization: 1e4,
    simplify: { minWeight: opts.layoutMinWeight },
    bbox: [0, 0, width, height],
    transform: { scale: [0.1, 0.1], translate: [0, 0] },
  });
  assertRingsKept(mapTopo, 'districts', projectedDistricts, 'geo/map.topojson', false);
  if (projectedCommunes) assertRingsKept(mapTopo, 'communes', projectedCommunes, 'geo/map.topojson', false);
  const model = readMapModel(mapTopo);
  const counts: Record<string, number> = {
    districts: model.districts.length,
    insets: model.insets.length,
    tiles: tiles.length,
  };
  if (projectedCommunes) counts['communes'] = projectedCommunes.length;
  files.push({ path: 'geo/map.topojson', content: JSON.stringify(mapTopo), counts });

  return {
    files,
    width,
    height,
    cellSize: mosaic.cellSize,
    tileSize: mosaic.cellSize - opts.mosaic.gap,
    fit: mosaic.fit,
    view: model.view,
  };
}
