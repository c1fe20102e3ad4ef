/**
 * npm run data:geo — builds the committed geography of every boundary vintage of an area folder
 * (data/ by default), into `<area folder>/vintages/<id>/`:
 *
 *   units.json              the unit list of the vintage (UnitListSchema)
 *   geo/districts.topojson  district outlines, lon/lat (vintages with districts)
 *   geo/communes.topojson   commune polygons, lon/lat (vintages without districts; with districts
 *                           only when commune polygons are given)
 *   geo/map.topojson        the planar layout the SVG and Leaflet maps draw: inset frames, and either
 *                           district outlines + commune mosaic tiles or commune polygons
 *
 * What each vintage is built from — source files, the list's facts, island frames, retired codes —
 * is the area's data: `<area folder>/vintages/<id>/geo-inputs.json` (GeoInputsSchema), for the
 * vintages area.json lists. A thin shell over src/lib/geo/build-geo-data.ts: read, build every
 * vintage, write atomically only when all were built, print a summary. Sources and licences:
 * ../shared/geo/SOURCES.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { failed, isEntry, optionsOrExit } from './cli';
import { gzipSync } from 'node:zlib';
import writeFileAtomic from 'write-file-atomic';
import { DataValidationError, parseOrThrow } from '../../src/lib/data/errors';
import { readJsonFile } from '../../src/lib/data/json-file';
import { loadArea, loadGeoInputs, vintageDir } from '../../src/lib/data/load';
import { UnitListSchema, type UnitList } from '../../src/lib/data/schema/units';
import {
  type CommuneGeoInputs,
  type DistrictGeoInputs,
  type ReferenceGeoInputs,
} from '../../src/lib/data/schema/geo-inputs';
import {
  buildCommuneVintage,
  buildGeoData,
  type GeoBuildFile,
  type GeoBuildResult,
  type VintageBuildResult,
} from '../../src/lib/geo/build-geo-data';
import type { DistrictCollection } from '../../src/lib/data/map-shapes';
import { parseUnitsCsv, type UnitListMeta } from '../../src/lib/geo/units-csv';
import { parseNewUnitsCsv } from '../../src/lib/geo/units-2025-csv';
import { readNationalReference } from '../../src/lib/geo/reference';
import { buildReferenceVintage } from '../../src/lib/geo/reference-vintage';
import { mapFit } from './map-fit';

/** The area folder built when none is given. */
export const DEFAULT_AREA = 'data';

/** Replacements for the inputs of the vintage with districts (command-line options). */
export interface DistrictInputs {
  /** Units CSV or an existing units.json. */
  units?: string | undefined;
  /** District outlines GeoJSON (properties district_code/district, or code/name). */
  districts?: string | undefined;
  /** Commune polygons GeoJSON. */
  communes?: string | undefined;
  /** Property of the commune features holding the 5-digit GSO code. */
  codeProperty?: string | undefined;
}

/** The vintage with districts of an area: inputs replaced, written to `out`. */
export interface DataGeoOptions extends DistrictInputs {
  /** Area folder (holds area.json and vintages/<id>/geo-inputs.json; default data). */
  area?: string | undefined;
  /** Output folder of the vintage (units.json and geo/ go there; default the vintage's own). */
  out?: string | undefined;
}

const USAGE = `Usage: npm run data:geo -- [options]

Builds units.json and geo/*.topojson of every boundary vintage of an area into
<area folder>/vintages/<id>/, from what <area folder>/vintages/<id>/geo-inputs.json names: for a
vintage with districts the district outlines and the layout map with the commune mosaic (and,
with commune polygons, those); for a vintage without districts the commune polygons and the
layout map drawing them. Files are written atomically, and nothing is written when an input has a
problem (all problems are listed, exit code 1).

Options:
  --area DIR            area folder: area.json lists its vintages (default ${DEFAULT_AREA}; e.g.
                        tests/fixtures/kien-giang, the shipped area's test fixture)
  --vintage ID          build only this vintage of the area
  --out DIR             area folder to write instead of --area (vintages go to DIR/vintages/<id>/)
  --units FILE          unit list CSV (code,name,type,district_code,district) or a units.json of
                        the vintage with districts (default: its geo-inputs.json)
  --districts FILE      its district polygons, GeoJSON FeatureCollection in lon/lat (default: its
                        geo-inputs.json)
  --communes FILE       its commune polygons, GeoJSON FeatureCollection in lon/lat, one feature per
                        unit (optional; without them its map shows the commune mosaic)
  --code-property NAME  property of those features holding the 5-digit GSO code (default code)
  -h, --help            show this help

Paths in geo-inputs.json are relative to the project folder (where npm runs).

Examples:
  npm run data:geo
  npm run data:geo -- --area tests/fixtures/kien-giang
  npm run data:geo -- --vintage 2025-01 --communes data/geo/communes.source.geojson

Commune problems are printed as "FILE: feature N (code X): problem — what to do",
N counting from 0 as in features[N].`;

/** A unit list with districts from a CSV (with the list's facts from geo-inputs.json) or a units.json. */
export function readUnits(file: string, meta: UnitListMeta): UnitList {
  if (file.endsWith('.json')) return parseOrThrow(UnitListSchema, readJsonFile(file), file);
  return parseUnitsCsv(readFileSync(file, 'utf8'), file, meta);
}

/** A property value as text ('' when missing or not a string/number). */
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** District outlines with properties {code, name}, from the shared file (district_code, district) or our own shape. */
function readDistricts(file: string): DistrictCollection {
  const data = readJsonFile(file) as {
    type?: string;
    features?: { properties?: Record<string, unknown>; geometry?: unknown }[];
  };
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new DataValidationError(file, ['not a GeoJSON FeatureCollection']);
  }
  return {
    type: 'FeatureCollection',
    features: data.features.map((f) => {
      const p = f.properties ?? {};
      return {
        type: 'Feature',
        properties: { code: text(p['code'] ?? p['district_code']), name: text(p['name'] ?? p['district']) },
        geometry: f.geometry as DistrictCollection['features'][number]['geometry'],
      };
    }),
  };
}

/** One vintage built in memory: where it goes, what it was built from, and its files. */
interface BuiltVintage {
  id: string;
  out: string;
  sources: string[];
  result: VintageBuildResult;
}

/** Builds a vintage with districts (nothing written). */
function buildDistrictVintage(
  id: string,
  inputs: DistrictGeoInputs,
): Omit<BuiltVintage, 'out'> & { result: GeoBuildResult } {
  const { units, districts, communes, codeProperty, insets, retiredCodes } = inputs;
  const result = buildGeoData({
    units: readUnits(units.file, { ...units, vintage: id }),
    districts: readDistricts(districts),
    districtsFile: districts,
    insets,
    ...(communes ? { communes: { file: communes, data: readJsonFile(communes), codeProperty, retiredCodes } } : {}),
  });
  return { id, sources: [units.file, districts, ...(communes ? [communes] : [])], result };
}

/** Builds a vintage drawn with its commune polygons (nothing written). */
function buildPolygonVintage(id: string, inputs: CommuneGeoInputs): Omit<BuiltVintage, 'out'> {
  const { units: source, communes: file, codeProperty, insets, retiredCodes } = inputs;
  const units = parseNewUnitsCsv(readFileSync(source.file, 'utf8'), source.file, { ...source, vintage: id });
  const communes = { file, data: readJsonFile(file), codeProperty, listedOnly: true, retiredCodes };
  return { id, sources: [source.file, file], result: buildCommuneVintage({ units, communes, insets }) };
}

/** Builds a province's vintage from the national reference (as `npm run area` does; nothing written). */
function buildFromReference(id: string, inputs: ReferenceGeoInputs): Omit<BuiltVintage, 'out'> {
  const ref = readNationalReference(inputs.reference);
  const province = ref.provinces.find((p) => p.code === inputs.province);
  if (!province) throw new Error(`${inputs.reference} has no province ${inputs.province}`);
  const result = buildReferenceVintage(ref, province, id, {
    insets: inputs.insets,
    build: { layoutFit: mapFit(province.units) },
  });
  const communes = join(inputs.reference, ref.manifest.files.communes.file);
  return { id, sources: [join(inputs.reference, ref.manifest.files.units.file), communes], result };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number): string => s.padEnd(n);
const sizes = (bytes: Buffer | string): string =>
  `${pad(kb(Buffer.byteLength(bytes)), 10)} gzip ${pad(kb(gzipSync(bytes).length), 9)}`;

/** Writes every file of a built vintage atomically. */
async function writeFiles(out: string, files: readonly GeoBuildFile[]): Promise<void> {
  for (const file of files) {
    const target = resolve(out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content, 'utf8');
  }
}

/** The bytes table of one vintage: sources, then shipped files, raw and gzip. */
function report({ id, out, sources, result }: BuiltVintage, log: (line: string) => void): void {
  log(`Vintage ${id}: sources`);
  for (const s of sources) log(`  ${pad(s, 48)} ${sizes(readFileSync(s))}`);
  log(`Written to ${relative(process.cwd(), resolve(out)) || '.'}/`);
  for (const file of result.files) {
    const counts = Object.entries(file.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    log(`  ${pad(file.path, 24)} ${sizes(file.content)} ${counts}`);
  }
  log(`Layout ${result.width}×${result.height}, view "${result.view}"${mosaicSummary(result)}`);
  // A district vintage built without --communes drops the polygons of an earlier run from the map.
  const installed = resolve(out, 'geo/communes.topojson');
  if (result.view === 'mosaic' && existsSync(installed)) {
    log(
      `Note: ${relative(process.cwd(), installed)} is from an earlier run with --communes; map.topojson now has no commune polygons. ` +
        'Rerun with --communes FILE to keep them, or delete the file.',
    );
  }
}

const isMosaic = (r: VintageBuildResult): r is GeoBuildResult => 'fit' in r;

/** How the mosaic fits its districts, for the summary line ('' without a mosaic). */
function mosaicSummary(r: VintageBuildResult): string {
  if (!isMosaic(r)) return '';
  return (
    `, mosaic cell ${r.cellSize} (tile ${r.tileSize}), ${(r.fit.ownShare * 100).toFixed(0)}% of tiles on their ` +
    `own district, worst ${r.fit.spill.toFixed(2)} tile sides off`
  );
}

/** The inputs of a vintage with districts, with the given replacements. */
function replaced(inputs: DistrictGeoInputs, by: DistrictInputs): DistrictGeoInputs {
  return {
    ...inputs,
    units: { ...inputs.units, file: by.units ?? inputs.units.file },
    districts: by.districts ?? inputs.districts,
    ...(by.communes ? { communes: by.communes } : {}),
    codeProperty: by.codeProperty ?? inputs.codeProperty,
  };
}

/** The area's vintage with districts (the first one listed): its id and geo inputs. */
export function districtVintage(area = DEFAULT_AREA): { id: string; inputs: DistrictGeoInputs } {
  for (const v of loadArea(area).vintages) {
    const inputs = loadGeoInputs(area, v.id);
    if (inputs.kind === 'districts') return { id: v.id, inputs };
  }
  throw new Error(`area ${area} has no vintage with districts (kind "districts" in a geo-inputs.json)`);
}

/**
 * Builds the area's vintage with districts into `out` (default its own folder), with inputs
 * replaced as given, and writes it when it was built. Throws DataValidationError (nothing
 * written) when an input has problems.
 */
export async function runDataGeo(
  options: DataGeoOptions = {},
  log: (line: string) => void = console.log,
): Promise<GeoBuildResult> {
  const area = options.area ?? DEFAULT_AREA;
  const { id, inputs } = districtVintage(area);
  const out = options.out ?? join(area, vintageDir(id));
  const built = { ...buildDistrictVintage(id, replaced(inputs, options)), out };
  await writeFiles(out, built.result.files);
  report(built, log);
  return built.result;
}

export interface DataGeoAreaOptions {
  /** Area folder (default data). */
  area?: string | undefined;
  /** Area folder to write to (default: the area's own). */
  out?: string | undefined;
  /** Only this vintage (default: all of the area). */
  vintage?: string | undefined;
  /** Replaces inputs of a vintage with districts (e.g. `communes`). */
  districtInputs?: DistrictInputs;
}

/**
 * Builds every (or one) vintage of an area, then writes them all: nothing is written when any
 * vintage has a problem. Returns the built vintages by id.
 */
export async function runDataGeoArea(
  options: DataGeoAreaOptions = {},
  log: (line: string) => void = console.log,
): Promise<Map<string, VintageBuildResult>> {
  const area = options.area ?? DEFAULT_AREA;
  const ids = loadArea(area)
    .vintages.map((v) => v.id)
    .filter((id) => options.vintage === undefined || id === options.vintage);
  if (ids.length === 0) throw new Error(`area ${area} has no vintage ${options.vintage ?? ''}`);
  const out = options.out ?? area;
  const built = ids.map((id): BuiltVintage => {
    const inputs = loadGeoInputs(area, id);
    const vintageOut = join(out, vintageDir(id));
    if (inputs.kind === 'districts') {
      return { ...buildDistrictVintage(id, replaced(inputs, options.districtInputs ?? {})), out: vintageOut };
    }
    if (inputs.kind === 'reference') return { ...buildFromReference(id, inputs), out: vintageOut };
    return { ...buildPolygonVintage(id, inputs), out: vintageOut };
  });
  for (const b of built) await writeFiles(b.out, b.result.files);
  for (const b of built) report(b, log);
  return new Map(built.map((b) => [b.id, b.result]));
}

/** Command-line entry point. */
async function main(argv: string[]): Promise<number> {
  const values = optionsOrExit(
    argv,
    {
      area: { type: 'string', default: DEFAULT_AREA },
      vintage: { type: 'string' },
      units: { type: 'string' },
      districts: { type: 'string' },
      communes: { type: 'string' },
      'code-property': { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  if (!existsSync(join(values.area, 'area.json'))) {
    console.error(`No area.json in --area ${values.area}: give an area folder.\n\n${USAGE}`);
    return 2;
  }
  try {
    const ids = loadArea(values.area).vintages.map((v) => v.id);
    if (values.vintage !== undefined && !ids.includes(values.vintage)) {
      console.error(`Unknown --vintage ${values.vintage} for ${values.area}: one of ${ids.join(', ')}.`);
      return 2;
    }
    await runDataGeoArea({
      area: values.area,
      out: values.out,
      vintage: values.vintage,
      districtInputs: {
        units: values.units,
        districts: values.districts,
        communes: values.communes,
        codeProperty: values['code-property'],
      },
    });
    return 0;
  } catch (e) {
    return failed(e, 'Nothing written');
  }
}

if (isEntry(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
