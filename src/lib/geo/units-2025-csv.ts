/**
 * Reading the unit list in force from 1 July 2025 (shared/geo/an-giang-2025-units.csv: code, name,
 * type, former_province, old_codes, …) into the UnitList of one vintage. That vintage has no
 * districts; `old_codes` becomes each unit's `formedFrom` (the crosswalk from the previous vintage).
 */
import { parseOrThrow } from '../data/errors';
import { UnitListSchema, type UnitList } from '../data/schema';
import { readCsvRows } from './units-csv';

export interface NewUnitsOptions {
  vintage: string;
  province: { code: string; name: string };
  listDate: string;
  source: string;
  /** Keep only the units of this former province (e.g. "Kiên Giang"); all when undefined. */
  formerProvince?: string | undefined;
  /** Write `formedFrom` (only when the area also has the previous vintage's list). */
  withFormedFrom: boolean;
}

/** The former Kiên Giang territory on the 2025-07 list, credited as SOURCES.md §5 suggests. */
export const KIEN_GIANG_2025_UNITS: NewUnitsOptions = {
  vintage: '2025-07',
  province: { code: '91', name: 'An Giang' },
  listDate: '2025-07-01',
  source: 'Danh mục ĐVHC theo Công văn 1027/CTK-CSCL và Nghị quyết 1654/NQ-UBTVQH15',
  formerProvince: 'Kiên Giang',
  withFormedFrom: true,
};

/**
 * The whole new An Giang (102 units). No `formedFrom`: the old An Giang list (province 89) is not
 * available, so that area has no previous vintage to point into.
 */
export const AN_GIANG_2025_UNITS: NewUnitsOptions = {
  ...KIEN_GIANG_2025_UNITS,
  formerProvince: undefined,
  withFormedFrom: false,
};

const REQUIRED = ['code', 'name', 'type', 'former_province', 'old_codes'] as const;

/** Parses the 2025 units CSV; throws DataValidationError naming `file` with one line per problem. */
export function parseNewUnitsCsv(text: string, file: string, opts: NewUnitsOptions): UnitList {
  const rows = readCsvRows(text, file, REQUIRED);
  const units = rows
    .filter((r) => opts.formerProvince === undefined || r['former_province'] === opts.formerProvince)
    .map((r) => {
      const nfc = (key: string): string => (r[key] ?? '').normalize('NFC');
      const formedFrom = nfc('old_codes')
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean);
      return {
        code: nfc('code'),
        name: nfc('name'),
        type: nfc('type'),
        ...(opts.withFormedFrom ? { formedFrom } : {}),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return parseOrThrow(
    UnitListSchema,
    {
      vintage: opts.vintage,
      province: opts.province,
      listDate: opts.listDate,
      source: opts.source,
      districts: [],
      units,
    },
    file,
  );
}
