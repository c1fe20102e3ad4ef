/**
 * The open-data CSV of one month: one row per commune of the month's vintage (codes are only
 * meaningful with the vintage column), UTF-8 with BOM so Excel
 * opens the Vietnamese text correctly. A commune without data has an empty count, never 0.
 */
import { stringify } from 'csv-stringify/sync';
import type { MonthView } from '../model/map-view';

export const CSV_HEADER = [
  'month',
  'vintage',
  'code',
  'commune',
  'district_code',
  'district',
  'samples_mobile',
  'target',
  'share_of_target',
  'status',
  'as_of',
  'source',
  'illustrative',
] as const;

/**
 * CSV text of a month view (BOM + header + one row per commune). A text cell that a spreadsheet
 * would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading `'`, as OWASP recommends against CSV injection (csv-stringify's `escape_formulas`;
 * numbers are written as numbers and never escaped).
 */
export function monthCsv(view: MonthView): string {
  const rows = view.rows.map((r) => [
    view.month.month,
    view.month.vintage,
    r.unit.code,
    r.unit.name,
    r.unit.districtCode ?? '',
    r.district?.name ?? '',
    r.count ?? '',
    r.target,
    r.share === undefined ? '' : r.share.toFixed(3),
    r.band,
    view.month.asOf,
    view.month.source,
    view.month.illustrative ? 'yes' : 'no',
  ]);
  return `\uFEFF${stringify([[...CSV_HEADER], ...rows], { escape_formulas: true })}`;
}
