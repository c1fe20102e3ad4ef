/**
 * Reading a unit list without districts (e.g. the list in force from 1 July 2025,
 * shared/geo/an-giang-2025-units.csv: code, name, type, former_province, old_codes, …) into the
 * UnitList of one vintage. That vintage has no districts; `old_codes` becomes each unit's
 * `formedFrom` (the crosswalk from the previous vintage).
 */
import { parseOrThrow } from '../data/errors';
import { UnitListSchema, type UnitList } from '../data/schema/units';
import { type CommuneGeoInputs } from '../data/schema/geo-inputs';
import { readCsvRows } from './units-csv';
import { checkPopulations, POPULATION_NOTES, type PopulationCheck } from './population';

/** The list's facts and which rows to keep (from the vintage's geo-inputs.json). */
export type NewUnitsOptions = Omit<CommuneGeoInputs['units'], 'file'> & {
  /** The boundary vintage the list belongs to. */
  vintage: string;
};

const REQUIRED = ['code', 'name', 'type', 'former_province', 'old_codes'] as const;

/** Parses a units CSV without districts; throws DataValidationError naming `file` with one line per problem. */
export function parseNewUnitsCsv(text: string, file: string, opts: NewUnitsOptions): UnitList {
  const rows = readCsvRows(text, file, REQUIRED);
  // Checked over every row of the file, not only the kept ones: a copied row can sit in another province.
  const checks = checkPopulations(
    rows.map((r) => ({
      code: r['code'] ?? '',
      type: (r['type'] ?? '').normalize('NFC'),
      area: r['area_km2'] ?? '',
      population: r['population'] ?? '',
    })),
  );
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
        ...(opts.formedFrom ? { formedFrom } : {}),
        ...(opts.population ? populationFields(checks.get(r['code'] ?? '')) : {}),
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

/** The unit's population fields from its check: the figure, or the note why it is withheld. */
export function populationFields(
  check: PopulationCheck | undefined,
): { population: number } | { populationNote: string } {
  if (check === undefined) return { populationNote: POPULATION_NOTES.missing };
  return 'population' in check ? { population: check.population } : { populationNote: check.note };
}
