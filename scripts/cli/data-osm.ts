/**
 * npm run data:osm — for a deployer WITH Internet access: fetches the commune polygons of Kiên Giang
 * from OpenStreetMap as they were on --date (default 2025-03-01, before the July 2025 remapping),
 * writes them as a commune GeoJSON, then runs the data:geo pipeline with --communes on it.
 *
 * Relation ids come from data/osm-relations.csv, a copy of shared/geo/kien-giang-osm-relations.csv
 * (from daohoangson/dvhcvn, branch feature/osm, data/osm.csv of 2023-09-20, GPL-3.0 repository; the
 * ids refer to OpenStreetMap data, ODbL). The result is © OpenStreetMap contributors, ODbL: credit it
 * wherever the polygons are shown or published.
 *
 * Offline: --response FILE reads a saved Overpass JSON response instead of querying.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { failed, isEntry, optionsOrExit } from './cli';
import writeFileAtomic from 'write-file-atomic';
import { parseJson, readJsonFile } from '../../src/lib/data/json-file';
import {
  buildOverpassQuery,
  osmResponseToCommunes,
  OSM_ATTRIBUTION,
  OVERPASS_ENDPOINT,
  parseOsmCrosswalk,
  type OsmCommuneCollection,
} from '../../src/lib/geo/osm';
import type { GeoBuildResult } from '../../src/lib/geo/build-geo-data';
import { DEFAULT_AREA, districtVintage, readUnits, runDataGeo } from './data-geo';

export interface DataOsmOptions {
  /** Crosswalk CSV: GSO code → OSM relation id → 2025 code. */
  relations: string;
  /** OSM state to query, YYYY-MM-DD (00:00 UTC). */
  date: string;
  /** Overpass API interpreter URL. */
  endpoint: string;
  /** Saved Overpass JSON response to read instead of querying (offline). */
  response?: string | undefined;
  /** Where to save the fetched response (optional, for the record). */
  saveResponse?: string | undefined;
  /** Commune GeoJSON to write. */
  out: string;
  /** Area folder whose vintage with districts gets the polygons (its geo-inputs.json names the rest). */
  area: string;
  /** Unit list for names and for data:geo (default: the vintage's geo-inputs.json). */
  units?: string | undefined;
  /** District outlines for data:geo (default: the vintage's geo-inputs.json). */
  districts?: string | undefined;
  /** data:geo output folder (default: the vintage's folder). */
  dataOut?: string | undefined;
}

export const DATA_OSM_DEFAULTS: DataOsmOptions = {
  relations: 'data/osm-relations.csv',
  date: '2025-03-01',
  endpoint: OVERPASS_ENDPOINT,
  out: 'data/geo/communes.source.geojson',
  area: DEFAULT_AREA,
};

const USAGE = `Usage: npm run data:osm -- [options]

Fetches Kiên Giang's commune polygons from OpenStreetMap as they were on --date (Overpass API,
dated query), writes them as GeoJSON with the attribution "${OSM_ATTRIBUTION}", then runs
data:geo with --communes on that file. Needs Internet access, unless --response is given.

Options:
  --relations FILE      crosswalk CSV (default ${DATA_OSM_DEFAULTS.relations})
  --date YYYY-MM-DD     OSM state to query, 00:00 UTC (default ${DATA_OSM_DEFAULTS.date})
  --endpoint URL        Overpass interpreter (default ${DATA_OSM_DEFAULTS.endpoint})
  --response FILE       read a saved Overpass JSON response instead of querying (offline)
  --save-response FILE  also save the fetched response there
  --out FILE            commune GeoJSON to write (default ${DATA_OSM_DEFAULTS.out})
  --area DIR            area folder whose vintage with districts gets the polygons (default ${DATA_OSM_DEFAULTS.area})
  --units FILE          unit list, as for data:geo (default: that vintage's geo-inputs.json)
  --districts FILE      district outlines, as for data:geo (default: that vintage's geo-inputs.json)
  --data-out DIR        data:geo output folder of that vintage (default: its folder in the area)
  -h, --help            show this help

Examples:
  npm run data:osm
  npm run data:osm -- --date 2025-06-01 --save-response tmp/overpass-2025-06-01.json
  npm run data:osm -- --response tmp/overpass-2025-06-01.json`;

/** POSTs the query to Overpass and returns the parsed JSON, with readable errors. */
async function fetchOverpass(endpoint: string, query: string): Promise<{ json: unknown; text: string }> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'ispeed-kien-giang data:osm' },
    body: new URLSearchParams({ data: query }).toString(),
  });
  const text = await res.text();
  if (!res.ok) {
    throw new Error(
      `Overpass answered ${res.status} ${res.statusText}: ${text.slice(0, 300)} — retry later or use another --endpoint`,
    );
  }
  return { json: parseJson(text, `the answer of ${endpoint}`), text };
}

/** Serialises the collection with one feature per line (readable diffs, modest size). */
function stringifyCollection(collection: OsmCommuneCollection): string {
  const { features, ...head } = collection;
  const lines = features.map((f) => `    ${JSON.stringify(f)}`);
  const headJson = JSON.stringify(head).slice(0, -1);
  return `${headJson},\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/**
 * Fetches (or reads) the response, writes the commune GeoJSON, then runs data:geo on it. Throws
 * DataValidationError when the polygons are incomplete or invalid (data:geo then writes nothing;
 * the commune GeoJSON is still written, for inspection).
 */
export async function runDataOsm(
  options: Partial<DataOsmOptions> = {},
  log: (line: string) => void = console.log,
): Promise<GeoBuildResult> {
  const opts: DataOsmOptions = { ...DATA_OSM_DEFAULTS, ...options };
  const rows = parseOsmCrosswalk(readFileSync(opts.relations, 'utf8'), opts.relations);
  const query = buildOverpassQuery(
    rows.map((r) => r.relationId),
    opts.date,
  );
  let response: unknown;
  if (opts.response) {
    log(`Reading the saved Overpass response ${opts.response}`);
    response = readJsonFile(opts.response);
  } else {
    log(`Querying ${opts.endpoint} for ${rows.length} relations as of ${opts.date} …`);
    const { json, text } = await fetchOverpass(opts.endpoint, query);
    response = json;
    if (opts.saveResponse) {
      await mkdir(dirname(resolve(opts.saveResponse)), { recursive: true });
      await writeFileAtomic(opts.saveResponse, text, 'utf8');
      log(`Saved the response to ${opts.saveResponse}`);
    }
  }
  const remark = (response as { remark?: unknown } | null)?.remark;
  if (typeof remark === 'string' && remark.trim()) log(`Overpass remark: ${remark.trim()}`);

  const vintage = districtVintage(opts.area);
  const units = readUnits(opts.units ?? vintage.inputs.units.file, { ...vintage.inputs.units, vintage: vintage.id });
  const names = new Map(units.units.map((u) => [u.code, u.name]));
  const { collection, problems } = osmResponseToCommunes(response, rows, { date: opts.date, names });
  for (const p of problems) log(`warning: ${p}`);
  await mkdir(dirname(resolve(opts.out)), { recursive: true });
  await writeFileAtomic(opts.out, stringifyCollection(collection), 'utf8');
  log(`Wrote ${collection.features.length} commune features to ${opts.out} (${OSM_ATTRIBUTION})`);

  return runDataGeo(
    {
      area: opts.area,
      units: opts.units,
      districts: opts.districts,
      out: opts.dataOut,
      communes: opts.out,
      codeProperty: 'code',
    },
    log,
  );
}

/** Command-line entry point. */
async function main(argv: string[]): Promise<number> {
  const values = optionsOrExit(
    argv,
    {
      relations: { type: 'string' },
      date: { type: 'string' },
      endpoint: { type: 'string' },
      response: { type: 'string' },
      'save-response': { type: 'string' },
      out: { type: 'string' },
      area: { type: 'string' },
      units: { type: 'string' },
      districts: { type: 'string' },
      'data-out': { type: 'string' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  try {
    await runDataOsm({
      ...(values.relations ? { relations: values.relations } : {}),
      ...(values.date ? { date: values.date } : {}),
      ...(values.endpoint ? { endpoint: values.endpoint } : {}),
      ...(values.response ? { response: values.response } : {}),
      ...(values['save-response'] ? { saveResponse: values['save-response'] } : {}),
      ...(values.out ? { out: values.out } : {}),
      ...(values.area ? { area: values.area } : {}),
      ...(values.units ? { units: values.units } : {}),
      ...(values.districts ? { districts: values.districts } : {}),
      ...(values['data-out'] ? { dataOut: values['data-out'] } : {}),
    });
    return 0;
  } catch (e) {
    return failed(e, 'Nothing written by data:geo');
  }
}

if (isEntry(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
