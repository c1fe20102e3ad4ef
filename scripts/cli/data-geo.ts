/**
 * npm run data:geo — builds the committed geography of every boundary vintage of an area, into
 * `<area folder>/vintages/<id>/`:
 *
 *   units.json              the unit list of the vintage (UnitListSchema)
 *   geo/districts.topojson  district outlines, lon/lat (vintages with districts: 2025-01)
 *   geo/communes.topojson   commune polygons, lon/lat (2025-07; 2025-01 only with --communes)
 *   geo/map.topojson        the planar layout the SVG and Leaflet maps draw: inset frames, and either
 *                           district outlines + commune mosaic tiles (2025-01) or commune polygons
 *
 * A thin shell over src/lib/geo/build-geo-data.ts: read, build every vintage, write atomically only
 * when all were built, print a summary. Sources and licences: ../shared/geo/SOURCES.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import writeFileAtomic from 'write-file-atomic';
import { DataValidationError, parseOrThrow } from '../../src/lib/data/errors';
import { readJsonFile } from '../../src/lib/data/json-file';
import { UnitListSchema, type UnitList } from '../../src/lib/data/schema';
import {
  buildCommuneVintage,
  buildGeoData,
  type GeoBuildFile,
  type GeoBuildResult,
  type VintageBuildResult,
} from '../../src/lib/geo/build-geo-data';
import type { DistrictCollection } from '../../src/lib/geo/types';
import { parseUnitsCsv } from '../../src/lib/geo/units-csv';
import {
  AN_GIANG_2025_UNITS,
  KIEN_GIANG_2025_UNITS,
  parseNewUnitsCsv,
  type NewUnitsOptions,
} from '../../src/lib/geo/units-2025-csv';

/** Inputs of a vintage with districts (2025-01), written to `out` (that vintage's folder). */
export interface DataGeoOptions {
  /** Units CSV (shared/geo/kien-giang-units.csv) or an existing units.json. */
  units: string;
  /** District outlines GeoJSON (properties district_code/district, or code/name). */
  districts: string;
  /** Output folder of the vintage (units.json and geo/ go there). */
  out: string;
  /** Optional commune polygons GeoJSON. */
  communes?: string | undefined;
  /** Property of the commune features holding the 5-digit GSO code. */
  codeProperty: string;
}

export const DATA_GEO_DEFAULTS: DataGeoOptions = {
  units: '../shared/geo/kien-giang-units.csv',
  districts: '../shared/geo/kien-giang-districts.geojson',
  out: 'data/vintages/2025-01',
  codeProperty: 'code',
};

/** Inputs of a vintage drawn with its commune polygons (from 2025-07). */
interface CommuneVintageSource {
  /** The 2025 units CSV (shared/geo/an-giang-2025-units.csv). */
  units: string;
  /** Which rows of it, and the list's facts. */
  unitsOptions: NewUnitsOptions;
  /** Commune polygons of the whole province; features of other units are left out. */
  communes: string;
}

type VintageSource =
  { kind: 'districts'; source: Omit<DataGeoOptions, 'out'> } | { kind: 'communes'; source: CommuneVintageSource };

/** An area: its folder (area.json lives there) and how each of its vintages is built. */
interface AreaConfig {
  out: string;
  vintages: Record<string, VintageSource>;
}

const COMMUNES_2025 = '../shared/geo/an-giang-2025-communes.geojson';
const UNITS_2025 = '../shared/geo/an-giang-2025-units.csv';

export const AREAS: Record<string, AreaConfig> = {
  // The site: former Kiên Giang, both vintages.
  'kien-giang': {
    out: 'data',
    vintages: {
      '2025-01': { kind: 'districts', source: DATA_GEO_DEFAULTS },
      '2025-07': {
        kind: 'communes',
        source: { units: UNITS_2025, unitsOptions: KIEN_GIANG_2025_UNITS, communes: COMMUNES_2025 },
      },
    },
  },
  // A second configuration: the whole new An Giang (102 units); no older list exists for it here.
  'an-giang': {
    out: 'tests/fixtures/an-giang',
    vintages: {
      '2025-07': {
        kind: 'communes',
        source: { units: UNITS_2025, unitsOptions: AN_GIANG_2025_UNITS, communes: COMMUNES_2025 },
      },
    },
  },
};

const USAGE = `Usage: npm run data:geo -- [options]

Builds units.json and geo/*.topojson of every boundary vintage of an area into
<area folder>/vintages/<id>/: for 2025-01 the district outlines and the layout map with the
commune mosaic (and, with --communes, commune polygons); for 2025-07 the commune polygons and the
layout map drawing them. Files are written atomically, and nothing is written when an input has a
problem (all problems are listed, exit code 1).

Options:
  --area NAME           ${Object.entries(AREAS)
    .map(([name, a]) => `${name} (${a.out}/, vintages ${Object.keys(a.vintages).join(', ')})`)
    .join('\n                        or ')}
                        (default kien-giang)
  --vintage ID          build only this vintage of the area
  --out DIR             area folder instead of the area's own (vintages go to DIR/vintages/<id>/)
  --units FILE          2025-01 unit list CSV (code,name,type,district_code,district) or a units.json
                        (default ${DATA_GEO_DEFAULTS.units})
  --districts FILE      2025-01 district polygons, GeoJSON FeatureCollection in lon/lat
                        (default ${DATA_GEO_DEFAULTS.districts})
  --communes FILE       2025-01 commune polygons, GeoJSON FeatureCollection in lon/lat, one feature per
                        unit (optional; without it the 2025-01 map shows the commune mosaic)
  --code-property NAME  property of those features holding the 5-digit GSO code (default ${DATA_GEO_DEFAULTS.codeProperty})
  -h, --help            show this help

The 2025-07 vintage is built from ${UNITS_2025} and
${COMMUNES_2025}.

Examples:
  npm run data:geo
  npm run data:geo -- --area an-giang
  npm run data:geo -- --vintage 2025-01 --communes data/geo/communes.source.geojson

Commune problems are printed as "FILE: feature N (code X): problem — what to do",
N counting from 0 as in features[N].`;

/** The 2025-01 unit list from a CSV or a units.json. */
export function readUnits(file: string): UnitList {
  if (file.endsWith('.json')) return parseOrThrow(UnitListSchema, readJsonFile(file), file);
  return parseUnitsCsv(readFileSync(file, 'utf8'), file);
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
  opts: Omit<DataGeoOptions, 'out'>,
): Omit<BuiltVintage, 'out'> & { result: GeoBuildResult } {
  const result = buildGeoData({
    units: readUnits(opts.units),
    districts: readDistricts(opts.districts),
    districtsFile: opts.districts,
    ...(opts.communes
      ? { communes: { file: opts.communes, data: readJsonFile(opts.communes), codeProperty: opts.codeProperty } }
      : {}),
  });
  return { id, sources: [opts.units, opts.districts, ...(opts.communes ? [opts.communes] : [])], result };
}

/** Builds a vintage drawn with its commune polygons (nothing written). */
function buildPolygonVintage(id: string, src: CommuneVintageSource): Omit<BuiltVintage, 'out'> {
  const units = parseNewUnitsCsv(readFileSync(src.units, 'utf8'), src.units, src.unitsOptions);
  if (units.vintage !== id) {
    throw new DataValidationError(src.units, [`vintage: the list is of vintage ${units.vintage}, not ${id}`]);
  }
  const communes = { file: src.communes, data: readJsonFile(src.communes), codeProperty: 'code', listedOnly: true };
  return { id, sources: [src.units, src.communes], result: buildCommuneVintage({ units, communes }) };
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

/**
 * Builds one vintage with districts into `out` (its vintage folder) and writes it when it was
 * built. Throws DataValidationError (nothing written) when an input has problems.
 */
export async function runDataGeo(
  options: Partial<DataGeoOptions> = {},
  log: (line: string) => void = console.log,
): Promise<GeoBuildResult> {
  const opts: DataGeoOptions = { ...DATA_GEO_DEFAULTS, ...options };
  const built = { ...buildDistrictVintage('2025-01', opts), out: opts.out };
  await writeFiles(opts.out, built.result.files);
  report(built, log);
  return built.result;
}

export interface DataGeoAreaOptions {
  /** A key of AREAS. */
  area: string;
  /** Area folder (default: the area's own). */
  out?: string | undefined;
  /** Only this vintage (default: all of the area). */
  vintage?: string | undefined;
  /** Replaces inputs of the vintage with districts (e.g. `communes`). */
  districtInputs?: Partial<Omit<DataGeoOptions, 'out'>>;
}

/**
 * Builds every (or one) vintage of an area, then writes them all: nothing is written when any
 * vintage has a problem. Returns the built vintages by id.
 */
export async function runDataGeoArea(
  options: DataGeoAreaOptions,
  log: (line: string) => void = console.log,
): Promise<Map<string, VintageBuildResult>> {
  const area = AREAS[options.area];
  if (!area) throw new Error(`unknown area "${options.area}" — one of ${Object.keys(AREAS).join(', ')}`);
  const ids = Object.keys(area.vintages).filter((id) => options.vintage === undefined || id === options.vintage);
  if (ids.length === 0) throw new Error(`area ${options.area} has no vintage ${options.vintage ?? ''}`);
  const out = options.out ?? area.out;
  const built = ids.map((id): BuiltVintage => {
    const v = area.vintages[id] as VintageSource;
    const vintageOut = join(out, 'vintages', id);
    return v.kind === 'districts'
      ? { ...buildDistrictVintage(id, { ...v.source, ...options.districtInputs }), out: vintageOut }
      : { ...buildPolygonVintage(id, v.source), out: vintageOut };
  });
  for (const b of built) await writeFiles(b.out, b.result.files);
  for (const b of built) report(b, log);
  return new Map(built.map((b) => [b.id, b.result]));
}

/** Command-line entry point. */
async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        area: { type: 'string', default: 'kien-giang' },
        vintage: { type: 'string' },
        units: { type: 'string' },
        districts: { type: 'string' },
        communes: { type: 'string' },
        'code-property': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const area = AREAS[values.area];
  if (!area) {
    console.error(`Unknown --area ${values.area}: one of ${Object.keys(AREAS).join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  if (values.vintage !== undefined && !(values.vintage in area.vintages)) {
    console.error(
      `Unknown --vintage ${values.vintage} for ${values.area}: one of ${Object.keys(area.vintages).join(', ')}.`,
    );
    return 2;
  }
  try {
    await runDataGeoArea({
      area: values.area,
      out: values.out,
      vintage: values.vintage,
      districtInputs: {
        ...(values.units ? { units: values.units } : {}),
        ...(values.districts ? { districts: values.districts } : {}),
        ...(values.communes ? { communes: values.communes } : {}),
        ...(values['code-property'] ? { codeProperty: values['code-property'] } : {}),
      },
    });
    return 0;
  } catch (e) {
    if (e instanceof DataValidationError) {
      console.error(`Nothing written: ${e.lines.length} problem(s) in ${e.file}:`);
      for (const line of e.lines) console.error(`  ${line}`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(
        `Cannot read ${(e as NodeJS.ErrnoException).path ?? 'an input file'}: no such file. See --help for the inputs.`,
      );
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
