/**
 * Reading the official unit list CSV of a vintage with districts (e.g. shared/geo/kien-giang-units.csv:
 * code, name, type, district_code, district) into the UnitList of its units.json.
 */
import { parse } from 'csv-parse/sync';
import { DataValidationError, parseOrThrow } from '../data/errors';
import { UnitListSchema, type UnitList } from '../data/schema/units';
import { type DistrictGeoInputs } from '../data/schema/geo-inputs';

/** List-level facts that are not in the CSV rows (from the vintage's geo-inputs.json). */
export type UnitListMeta = Omit<DistrictGeoInputs['units'], 'file'> & {
  /** The boundary vintage the list belongs to. */
  vintage: string;
};

const REQUIRED_COLUMNS = ['code', 'name', 'type', 'district_code', 'district'] as const;
const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Huyện'] as const;

/**
 * The rows of a unit-list CSV as records by column name (NFC not yet applied). Throws
 * DataValidationError naming `file` when a required column or every data row is missing.
 */
export function readCsvRows(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const header = Object.keys(rows[0] ?? {});
  const missing = required.filter((c) => !header.includes(c));
  if (rows.length === 0 || missing.length > 0) {
    throw new DataValidationError(file, [
      `(header): needs the columns ${required.join(', ')}; missing: ${missing.join(', ') || 'every data row'}`,
    ]);
  }
  return rows;
}

/**
 * Parses the units CSV and validates it with UnitListSchema. Districts are listed by code, each with
 * the type read from its name prefix ("Thành phố …", "Huyện …"). Throws DataValidationError naming
 * `file` with one line per problem.
 */
export function parseUnitsCsv(text: string, file: string, meta: UnitListMeta): UnitList {
  const rows = readCsvRows(text, file, REQUIRED_COLUMNS);
  const lines: string[] = [];
  const districts = new Map<string, { code: string; name: string; type: string }>();
  const units = rows.map((row, i) => {
    const nfc = (key: string): string => (row[key] ?? '').normalize('NFC');
    const districtCode = nfc('district_code');
    const districtName = nfc('district');
    const type = DISTRICT_TYPES.find((t) => districtName.startsWith(`${t} `)) ?? '';
    const known = districts.get(districtCode);
    if (!known) districts.set(districtCode, { code: districtCode, name: districtName, type });
    else if (known.name !== districtName) {
      lines.push(
        `row ${i + 2}: district ${districtCode} is named "${districtName}" here but "${known.name}" above — use one name`,
      );
    }
    return { code: nfc('code'), name: nfc('name'), type: nfc('type'), districtCode };
  });
  if (lines.length > 0) throw new DataValidationError(file, lines);
  return parseOrThrow(
    UnitListSchema,
    {
      vintage: meta.vintage,
      province: meta.province,
      listDate: meta.listDate,
      source: meta.source,
      districts: [...districts.values()].sort((a, b) => a.code.localeCompare(b.code)),
      units: [...units].sort((a, b) => a.districtCode.localeCompare(b.districtCode) || a.code.localeCompare(b.code)),
    },
    file,
  );
}
