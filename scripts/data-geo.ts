/**
 * npm run data:geo — builds the committed geography files of the site from the official unit list
 * and the district outlines (and, when given, commune polygons):
 *
 *   data/units.json             the unit list (UnitListSchema)
 *   data/geo/districts.topojson district outlines, lon/lat
 *   data/geo/communes.topojson  commune polygons, lon/lat (only with --communes)
 *   data/geo/map.topojson       the planar layout the SVG and Leaflet maps draw (districts, inset
 *                               frames, commune mosaic tiles, commune polygons when installed)
 *
 * A thin shell over src/lib/geo/build-geo-data.ts: read, build, write atomically, print a summary.
 * Sources and licences: ../shared/geo/SOURCES.md.
 */
import { readFileSync, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import writeFileAtomic from 'write-file-atomic';
import { DataValidationError, parseOrThrow } from '../src/lib/errors';
import { UnitListSchema, type UnitList } from '../src/lib/schema';
import { buildGeoData, type GeoBuildResult } from '../src/lib/geo/build-geo-data';
import type { DistrictCollection } from '../src/lib/geo/types';
import { parseUnitsCsv } from '../src/lib/geo/units-csv';

export interface DataGeoOptions {
  /** Units CSV (shared/geo/kien-giang-units.csv) or an existing units.json. */
  units: string;
  /** District outlines GeoJSON (properties district_code/district, or code/name). */
  districts: string;
  /** Output folder (units.json and geo/ go there). */
  out: string;
  /** Optional commune polygons GeoJSON. */
  communes?: string | undefined;
  /** Property of the commune features holding the 5-digit GSO code. */
  codeProperty: string;
}

export const DATA_GEO_DEFAULTS: DataGeoOptions = {
  units: '../shared/geo/kien-giang-units.csv',
  districts: '../shared/geo/kien-giang-districts.geojson',
  out: 'data',
  codeProperty: 'code',
};

const USAGE = `Usage: npm run data:geo -- [options]

Builds data/units.json, data/geo/districts.topojson, data/geo/map.topojson (layout map with the
commune mosaic) and, with --communes, data/geo/communes.topojson. Files are written atomically,
and nothing is written when an input has a problem (all problems are listed, exit code 1).

Options:
  --units FILE          unit list CSV (code,name,type,district_code,district) or a units.json
                        (default ${DATA_GEO_DEFAULTS.units})
  --districts FILE      district polygons, GeoJSON FeatureCollection in lon/lat
                        (default ${DATA_GEO_DEFAULTS.districts})
  --communes FILE       commune polygons, GeoJSON FeatureCollection in lon/lat, one feature per unit
                        (optional; without it the map shows the commune mosaic)
  --code-property NAME  property of the commune features holding the 5-digit GSO code (default ${DATA_GEO_DEFAULTS.codeProperty})
  --out DIR             output folder (default ${DATA_GEO_DEFAULTS.out})
  -h, --help            show this help

Example:
  npm run data:geo
  npm run data:geo -- --communes data/geo/communes.source.geojson --code-property code

Commune problems are printed as "FILE: feature N (code X): problem — what to do",
N counting from 0 as in features[N].`;

/** Reads JSON, naming the file when it is not valid JSON. */
function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new DataValidationError(file, [`cannot read as JSON: ${(e as Error).message}`]);
  }
}

/** The unit list from a CSV or a units.json. */
export function readUnits(file: string): UnitList {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return parseOrThrow(UnitListSchema, JSON.parse(text), file);
  return parseUnitsCsv(text, file);
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

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number): string => s.padEnd(n);

/**
 * Runs the pipeline: reads the inputs, builds every file, and writes them only when all of them
 * were built. Throws DataValidationError (nothing written) when an input has problems.
 */
export async function runDataGeo(
  options: Partial<DataGeoOptions> = {},
  log: (line: string) => void = console.log,
): Promise<GeoBuildResult> {
  const opts: DataGeoOptions = { ...DATA_GEO_DEFAULTS, ...options };
  const units = readUnits(opts.units);
  const districts = readDistricts(opts.districts);
  const result = buildGeoData({
    units,
    districts,
    districtsFile: opts.districts,
    ...(opts.communes
      ? { communes: { file: opts.communes, data: readJsonFile(opts.communes), codeProperty: opts.codeProperty } }
      : {}),
  });

  for (const file of result.files) {
    const target = resolve(opts.out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content, 'utf8');
  }

  const sources = [opts.units, opts.districts, ...(opts.communes ? [opts.communes] : [])];
  log('Sources');
  for (const s of sources) {
    const bytes = readFileSync(s);
    log(`  ${pad(s, 48)} ${pad(kb(bytes.length), 10)} gzip ${kb(gzipSync(bytes).length)}`);
  }
  log(`Written to ${relative(process.cwd(), resolve(opts.out)) || '.'}/`);
  for (const file of result.files) {
    const raw = Buffer.byteLength(file.content);
    const gz = gzipSync(file.content).length;
    const counts = Object.entries(file.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    log(`  ${pad(file.path, 24)} ${pad(kb(raw), 10)} gzip ${pad(kb(gz), 9)} ${counts}`);
  }
  log(
    `Layout ${result.width}×${result.height}, view "${result.view}", mosaic cell ${result.cellSize} (tile ${result.tileSize}), ` +
      `${(result.fit.ownShare * 100).toFixed(0)}% of tiles on their own district, worst ${result.fit.spill.toFixed(2)} tile sides off`,
  );
  if (!opts.communes) {
    const installed = resolve(opts.out, 'geo/communes.topojson');
    if (existsSync(installed)) {
      log(
        `Note: ${relative(process.cwd(), installed)} is from an earlier run with --communes; map.topojson now has no commune polygons. ` +
          'Rerun with --communes FILE to keep them, or delete the file.',
      );
    }
  }
  return result;
}

/** Command-line entry point. */
async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
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
  try {
    await runDataGeo({
      ...(values.units ? { units: values.units } : {}),
      ...(values.districts ? { districts: values.districts } : {}),
      ...(values.communes ? { communes: values.communes } : {}),
      ...(values['code-property'] ? { codeProperty: values['code-property'] } : {}),
      ...(values.out ? { out: values.out } : {}),
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
