/**
 * The open-data CSV of one month: one row per commune of the month's vintage (codes are only
 * meaningful with the vintage column), UTF-8 with BOM so Excel
 * opens the Vietnamese text correctly. A commune without data has an empty count, never 0; a
 * commune without a checked population (data/vintages/<id>/sources.json `population`) has empty
 * population and per-1,000 cells.
 */
import { stringify } from 'csv-stringify/sync';
import type { MonthView } from '../model/map-view';
import { perThousand } from '../model/per-capita';

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
  'population',
  'samples_per_1000',
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
    // Empty without a checked population (the old units; a withheld figure): never a guess.
    r.unit.population ?? '',
    ((v) => (v === undefined ? '' : Number(v.toFixed(2))))(perThousand(r.count, r.unit.population)),
  ]);
  return `\uFEFF${stringify([[...CSV_HEADER], ...rows], { escape_formulas: true })}`;
}
