/**
 * What a row under the header of a counts sheet is: blank, a total row, the footer below the total
 * (signatures, dates), a district group row ("Huyện An Biên" with its subtotal) or a data row.
 * Decided before the row's month is read, so it looks at every vintage: a footer names no commune
 * of any vintage, a group row names a district of a vintage that has districts.
 */
import { splitDistrictName } from '../text/names';
import { isTotalRow } from '../spreadsheet/title';
import { cellText, isBlank, type CellValue } from '../spreadsheet/types';
import type { VintageIndex } from './vintages';

/** The cells of a row that decide its kind. */
export interface RowView {
  cells: readonly CellValue[];
  /** The commune cell as text ("" when blank). */
  name: string;
  /** The code cell as a 5-digit code, undefined when blank. */
  code: string | undefined;
  /** The count cells, one per series read. */
  counts: ReadonlyArray<CellValue | undefined>;
}

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'total' }
  | { kind: 'footer' }
  | { kind: 'group'; district: { code: string; name: string } }
  | { kind: 'data' };

/** Code cell → 5-digit code text ("30742", 30742 → "30742"); undefined when blank. */
export function codeText(cell: CellValue | undefined): string | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return String(cell).padStart(5, '0');
  const t = cellText(cell).replace(/\s+/gu, '');
  if (/^\d{1,5}$/u.test(t)) return t.padStart(5, '0');
  return t === '' ? undefined : t;
}

const noCounts = (row: RowView): boolean => row.counts.every((c) => isBlank(c ?? null));

export function classifyRow(
  row: RowView,
  labelColumns: readonly number[],
  afterTotal: boolean,
  index: VintageIndex,
): RowKind {
  if (row.name === '' && row.code === undefined && noCounts(row)) return { kind: 'blank' };
  if (isTotalRow(row.cells, labelColumns)) return { kind: 'total' };
  if (afterTotal && noCounts(row) && row.code === undefined && !namesAnyCommune(row.name, index)) {
    return { kind: 'footer' };
  }
  const district = row.code === undefined ? groupDistrict(row.name, index) : undefined;
  return district ? { kind: 'group', district } : { kind: 'data' };
}

function namesAnyCommune(name: string, index: VintageIndex): boolean {
  return index.all().some((c) => c.matcher.matchCommune(name).kind !== 'unknown');
}

/** The district of a group row: a district name with its type, that is not also a commune's name. */
function groupDistrict(name: string, index: VintageIndex): { code: string; name: string } | undefined {
  if (name === '' || !splitDistrictName(name).type) return undefined;
  for (const { matcher } of index.all()) {
    if (!matcher.hasDistricts) continue;
    const d = matcher.matchDistrict(name);
    if (d.kind === 'ok' && matcher.matchCommune(name).kind !== 'ok') return d.district;
  }
  return undefined;
}
