/**
 * Reading the national reference pinned in `reference/<id>/` (ReferenceManifestSchema): its files
 * are checked against the manifest's sha256 before use, so a truncated download or a hand edit is
 * named instead of silently building a wrong province. Build-time only (Node: fs, zlib).
 *
 *   units.csv              province_code, province, code, name, type, area_km2, population,
 *                          population_flag, center_lon, center_lat (one row per unit)
 *   provinces.csv          province_code, province, units, … (one row per province)
 *   communes.topojson.gz   all unit polygons, object `communes`, id = code
 *   former-provinces.csv   old_code, old_province, province_code (the 63 provinces before 1/7/2025)
 *   changes.csv            effective, province_code, code, before, after, act (renames since)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { DataValidationError, parseOrThrow } from '../data/errors';
import { parseJson } from '../data/json-file';
import { ReferenceManifestSchema, type ReferenceManifest } from '../data/schema/reference';
import type { Unit } from '../data/schema/units';
import { readCsvRows } from './units-csv';

/** The folder of the reference `npm run area` uses unless told otherwise. */
export const DEFAULT_REFERENCE = 'reference/vn-2025';

/** One commune-level unit of the reference. */
export interface ReferenceUnit {
  provinceCode: string;
  code: string;
  /** Official name with its type prefix. */
  name: string;
  type: Unit['type'];
  /** Area of the polygon (km², as written). */
  areaKm2: string;
  /** Population as published ('' when absent). */
  population: string;
  /** Why the population is doubtful, English reasons joined by "; " ('' when none was found). */
  populationFlag: string;
}

/** One province of the reference. */
export interface ReferenceProvince {
  code: string;
  /** Name with its type prefix, e.g. "Tỉnh An Giang", "Thành phố Hà Nội". */
  fullName: string;
  /** Name without the prefix, e.g. "An Giang". */
  name: string;
  units: number;
}

/** A province before 1 July 2025 and the province it went into. */
export interface FormerProvince {
  oldCode: string;
  /** Name with its type prefix, e.g. "Tỉnh Bình Dương". */
  fullName: string;
  name: string;
  provinceCode: string;
}

/** A change of name after the list came into force (same code, same polygon). */
export interface ReferenceChange {
  /** First day of the new name. */
  effective: string;
  provinceCode: string;
  /** The unit renamed; undefined for the province itself. */
  code: string | undefined;
  before: string;
  after: string;
  /** The act, e.g. "Nghị quyết 237/NQ-UBTVQH16". */
  act: string;
}

/** The whole reference, read and checked. */
export interface NationalReference {
  dir: string;
  manifest: ReferenceManifest;
  provinces: ReferenceProvince[];
  units: ReferenceUnit[];
  formerProvinces: FormerProvince[];
  changes: ReferenceChange[];
  /** All unit polygons (object `communes`, lon/lat, quantized). */
  communes: Topology;
}

const PROVINCE_PREFIX = /^(Tỉnh|Thành phố) /u;

/** "Thành phố Hà Nội" → "Hà Nội". */
export const bareProvinceName = (fullName: string): string => fullName.replace(PROVINCE_PREFIX, '');

/** A reference file's bytes, checked against the manifest (gunzipped first for `.gz`). */
function readChecked(dir: string, entry: ReferenceManifest['files'][keyof ReferenceManifest['files']]): string {
  const path = join(dir, entry.file);
  const raw = readFileSync(path);
  const bytes = entry.file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== entry.sha256) {
    throw new DataValidationError(path, [
      `sha256 is ${sha}, the manifest says ${entry.sha256} — restore the file with git, or pin a new snapshot as docs/reference-data.md describes`,
    ]);
  }
  return bytes.toString('utf8').normalize('NFC');
}

const UNIT_TYPES: readonly string[] = ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'];

/** The units of units.csv; a row with an unknown type is a broken reference. */
function unitsOf(text: string, file: string): ReferenceUnit[] {
  const rows = readCsvRows(text, file, ['province_code', 'code', 'name', 'type', 'population', 'population_flag']);
  const bad = rows.findIndex((r) => !UNIT_TYPES.includes(r['type'] ?? ''));
  if (bad >= 0) throw new DataValidationError(file, [`row ${bad + 2}: unknown type "${rows[bad]?.['type']}"`]);
  return rows.map((r) => ({
    provinceCode: r['province_code'] ?? '',
    code: r['code'] ?? '',
    name: r['name'] ?? '',
    type: r['type'] as Unit['type'],
    areaKm2: r['area_km2'] ?? '',
    population: r['population'] ?? '',
    populationFlag: r['population_flag'] ?? '',
  }));
}

const cache = new Map<string, NationalReference>();

/**
 * Reads the reference folder `dir` (default reference/vn-2025): the manifest, then every file,
 * each checked against its sha256. Throws DataValidationError naming the file that is wrong.
 * Memoised per folder (a bench or a test builds many provinces from one read; the files are
 * pinned, never written while a process runs).
 */
export function readNationalReference(dir = DEFAULT_REFERENCE): NationalReference {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const read = readUncached(dir);
  cache.set(key, read);
  return read;
}

function readUncached(dir: string): NationalReference {
  const manifestFile = join(dir, 'manifest.json');
  const manifest = parseOrThrow(
    ReferenceManifestSchema,
    parseJson(readFileSync(manifestFile, 'utf8'), manifestFile),
    manifestFile,
  );
  const { files } = manifest;
  const csv = (entry: typeof files.units, required: readonly string[]): Record<string, string>[] =>
    readCsvRows(readChecked(dir, entry), join(dir, entry.file), required);
  const provinces = csv(files.provinces, ['province_code', 'province', 'units']).map((r) => ({
    code: r['province_code'] ?? '',
    fullName: r['province'] ?? '',
    name: bareProvinceName(r['province'] ?? ''),
    units: Number(r['units']),
  }));
  const formerProvinces = csv(files.formerProvinces, ['old_code', 'old_province', 'province_code']).map((r) => ({
    oldCode: r['old_code'] ?? '',
    fullName: r['old_province'] ?? '',
    name: bareProvinceName(r['old_province'] ?? ''),
    provinceCode: r['province_code'] ?? '',
  }));
  const changes = csv(files.changes, ['effective', 'province_code', 'code', 'before', 'after', 'act']).map((r) => ({
    effective: r['effective'] ?? '',
    provinceCode: r['province_code'] ?? '',
    code: r['code'] ? r['code'] : undefined,
    before: r['before'] ?? '',
    after: r['after'] ?? '',
    act: r['act'] ?? '',
  }));
  const units = unitsOf(readChecked(dir, files.units), join(dir, files.units.file));
  const communesFile = join(dir, files.communes.file);
  const communes = parseJson(readChecked(dir, files.communes), communesFile) as Topology;
  if (communes.type !== 'Topology' || !('communes' in communes.objects)) {
    throw new DataValidationError(communesFile, ['not a TopoJSON Topology with an object "communes"']);
  }
  return { dir, manifest, provinces, units, formerProvinces, changes, communes };
}
