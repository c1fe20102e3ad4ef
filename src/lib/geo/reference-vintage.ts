/**
 * One province's boundary vintage from the national reference (reference/<id>/): its unit list
 * (types as they are, populations the source does not doubt, names it had before a later rename),
 * its polygons simplified for that province's map, and island frames chosen from its geometry.
 * Pure over an already read reference (geo/reference.ts reads and checks the files).
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { parseOrThrow } from '../data/errors';
import type { InsetSpec } from '../data/schema/geo-inputs';
import type { VintageSources } from '../data/schema/sources';
import { UnitListSchema, type Unit, type UnitList } from '../data/schema/units';
import type { AreaGeometry } from '../data/map-shapes';
import { buildCommuneVintage, type CommuneVintageOptions, type VintageBuildResult } from './build-geo-data';
import { chooseInsets } from './insets';
import { checkFlaggedPopulation } from './population';
import { populationFields } from './units-2025-csv';
import type { NationalReference, ReferenceProvince, ReferenceUnit } from './reference';

/**
 * Share of the reference's removable points kept in the province's lon/lat communes.topojson:
 * the reference is already simplified to ≈20 m (SOURCES.md §6), so half of its points keep
 * province-scale detail (about 10 % of the portal's full resolution, as the 2025-07 vintage of the
 * shipped area keeps of its own source).
 */
export const REFERENCE_KEEP_SHARE = 0.5;

export interface ReferenceVintageOptions {
  /** Island frames to use instead of those chosen from the geometry. */
  insets?: readonly InsetSpec[] | undefined;
  /** Layout options, e.g. `layoutFit` (the map's byte budget). */
  build?: Partial<CommuneVintageOptions>;
}

export interface ReferenceVintage extends VintageBuildResult {
  units: UnitList;
  sources: VintageSources;
  /** The frames drawn, and whether they were chosen from the geometry. */
  insets: readonly InsetSpec[];
  insetsChosen: boolean;
  layoutMinWeight: number;
}

/** The names a unit had before renames dated after the list came into force, oldest first. */
function formerNames(ref: NationalReference, unit: ReferenceUnit): Pick<Unit, 'formerNames'> {
  const renames = ref.changes
    .filter((c) => c.code === unit.code)
    .sort((a, b) => a.effective.localeCompare(b.effective));
  if (renames.length === 0) return {};
  return {
    formerNames: renames.map((c) => ({
      name: c.before,
      type: (['Xã', 'Phường', 'Thị trấn', 'Đặc khu'] as const).find((t) => c.before.startsWith(`${t} `)) ?? unit.type,
      until: dayBefore(c.effective),
    })),
  };
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The province's units as units.json lists them (sorted by code). */
export function referenceUnitList(ref: NationalReference, province: ReferenceProvince, vintage: string): UnitList {
  const units = ref.units
    .filter((u) => u.provinceCode === province.code)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => ({
      code: u.code,
      name: u.name,
      type: u.type,
      ...populationFields(checkFlaggedPopulation({ population: u.population, flag: u.populationFlag })),
      ...formerNames(ref, u),
    }));
  return parseOrThrow(
    UnitListSchema,
    {
      vintage,
      province: { code: province.code, name: province.name },
      listDate: ref.manifest.listDate,
      source: ref.manifest.unitListCredit,
      districts: [],
      units,
      elsewhere: elsewhere(ref, province.code),
    },
    `${ref.dir}/${ref.manifest.files.units.file}`,
  );
}

/** The other provinces' codes as runs of the national list sorted by code: [first, last] each. */
function elsewhere(ref: NationalReference, own: string): NonNullable<UnitList['elsewhere']> {
  const names = new Map(ref.provinces.map((p) => [p.code, p.fullName]));
  const runs = new Map<string, [string, string][]>();
  let last: { province: string; run: [string, string] } | undefined;
  for (const u of [...ref.units].sort((a, b) => a.code.localeCompare(b.code))) {
    if (last?.province === u.provinceCode) {
      last.run[1] = u.code;
      continue;
    }
    last = { province: u.provinceCode, run: [u.code, u.code] };
    if (u.provinceCode !== own) runs.set(u.provinceCode, [...(runs.get(u.provinceCode) ?? []), last.run]);
  }
  return [...runs].map(([code, ranges]) => ({ code, name: names.get(code) ?? code, ranges }));
}

/** The province's polygons, lon/lat, one feature per unit, properties {code, name}. */
export function referencePolygons(
  ref: NationalReference,
  provinceCode: string,
): FeatureCollection<AreaGeometry, { code: string; name: string }> {
  const all = ref.communes.objects['communes'] as GeometryCollection<{ province_code?: string }>;
  const geometries = all.geometries.filter(
    (g) => (g.properties as { province_code?: string } | undefined)?.province_code === provinceCode,
  );
  const collection = feature(ref.communes, { type: 'GeometryCollection', geometries }) as FeatureCollection<
    AreaGeometry,
    { code: string; name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code, name: f.properties.name },
      geometry: f.geometry,
    })),
  };
}

/** sources.json of the vintage: the reference's own credits and licences. */
function vintageSources(ref: NationalReference): VintageSources {
  const { sources } = ref.manifest;
  return { units: sources.units, geo: { 'communes.topojson': sources.boundaries }, population: sources.population };
}

/**
 * Builds the vintage `vintage` of `province` from the reference: units.json, sources.json,
 * geo/communes.topojson and geo/map.topojson, with frames chosen from the geometry unless given.
 * Throws DataValidationError when the reference's polygons do not match its list.
 */
export function buildReferenceVintage(
  ref: NationalReference,
  province: ReferenceProvince,
  vintage: string,
  options: ReferenceVintageOptions = {},
): ReferenceVintage {
  const units = referenceUnitList(ref, province, vintage);
  const polygons = referencePolygons(ref, province.code);
  const insetsChosen = options.insets === undefined;
  const insets = options.insets ?? chooseInsets(polygons);
  const built = buildCommuneVintage(
    {
      units,
      communes: { file: `${ref.dir}/${ref.manifest.files.communes.file}`, data: polygons, codeProperty: 'code' },
      insets,
    },
    {
      geographicKeepShare: REFERENCE_KEEP_SHARE,
      ...options.build,
      layout: { ...options.build?.layout, placement: insetsChosen ? 'corners' : 'row' },
    },
  );
  const sources = vintageSources(ref);
  const sourcesFile = { path: 'sources.json', content: `${JSON.stringify(sources, null, 2)}\n`, counts: {} };
  return { ...built, files: [...built.files, sourcesFile], units, sources, insets, insetsChosen };
}
