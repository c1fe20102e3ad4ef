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
 * A text cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, or a
 * tab or carriage return) gets a leading `'`, as OWASP recommends against CSV injection. Only for
 * text (names, source): numbers are written as numbers and never pass through here.
 */
export function safeTextCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV text of a month view (BOM + header + one row per commune). */
export function monthCsv(view: MonthView): string {
  const rows = view.rows.map((r) => [
    view.month.month,
    view.month.vintage,
    r.unit.code,
    safeTextCell(r.unit.name),
    r.unit.districtCode ?? '',
    safeTextCell(r.district?.name ?? ''),
    r.count ?? '',
    r.target,
    r.share === undefined ? '' : r.share.toFixed(3),
    r.band,
    view.month.asOf,
    safeTextCell(view.month.source),
    view.month.illustrative ? 'yes' : 'no',
  ]);
  return `\uFEFF${stringify([[...CSV_HEADER], ...rows])}`;
}
