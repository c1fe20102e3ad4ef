/**
 * The open-data CSV of one month: one row per commune of the month's vintage (codes are only
 * meaningful with the vintage column), plain UTF-8 without a byte-order mark, so that software
 * (Frictionless's readers among them) reads it as published; people who open the data in Excel or
 * LibreOffice get the months as a workbook (months-workbook.ts). A commune without data has an
 * empty count, never 0.
 *
 * The speed columns are added, after the others, only for the measures the month has: a month
 * without speeds keeps the columns it always had, and no empty column suggests a figure that was
 * never published. Where a unit of such a month has no value the cell is empty.
 * A commune without a checked population (data/vintages/<id>/sources.json `population`) has empty
 * population and per-1,000 cells.
 */
import { stringify } from 'csv-stringify/sync';
import type { Month, SpeedMeasure } from '../data/schema/campaign';
import type { MonthView } from '../model/map-view';
import { speedMeasuresOf } from '../model/speeds';
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

/** The CSV column of each speed measure, named with its unit. */
export const SPEED_CSV_COLUMN = {
  downloadMbps: 'download_mbps',
  uploadMbps: 'upload_mbps',
  latencyMs: 'latency_ms',
} as const satisfies Record<SpeedMeasure, string>;
export type SpeedCsvColumn = (typeof SPEED_CSV_COLUMN)[SpeedMeasure];

/** The header of a month's CSV: the fixed columns, then the speed columns of the month's measures. */
export function csvHeader(month: Month): string[] {
  return [...CSV_HEADER, ...speedMeasuresOf(month).map((m) => SPEED_CSV_COLUMN[m])];
}

/** The cells of a month view's rows, in the order of `csvHeader` (numbers as numbers, no data as ''). */
export function monthRows(view: MonthView): Array<Array<string | number>> {
  const measures = speedMeasuresOf(view.month);
  const speeds = view.month.speeds?.mobile ?? {};
  return view.rows.map((r) => [
    view.month.month,
    view.month.vintage,
    r.unit.code,
    r.unit.name,
    r.unit.districtCode ?? '',
    r.district?.name ?? '',
    r.count ?? '',
    r.target,
    r.share === undefined ? '' : Number(r.share.toFixed(3)),
    r.band,
    view.month.asOf,
    view.month.source,
    view.month.illustrative ? 'yes' : 'no',
    // Empty without a checked population (the old units; a withheld figure): never a guess.
    r.unit.population ?? '',
    ((v) => (v === undefined ? '' : Number(v.toFixed(2))))(perThousand(r.count, r.unit.population)),
    ...measures.map((m) => speeds[r.unit.code]?.[m] ?? ''),
  ]);
}

/**
 * CSV text of a month view (header + one row per commune). A text cell that a spreadsheet
 * would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading `'`, as OWASP recommends against CSV injection (csv-stringify's `escape_formulas`;
 * numbers are written as numbers and never escaped).
 */
export function monthCsv(view: MonthView): string {
  // The share is written with its 3 decimals ("0.850"), as the Table Schema describes it.
  const rows = monthRows(view).map((row) =>
    row.map((cell, i) => (i === SHARE && typeof cell === 'number' ? cell.toFixed(3) : cell)),
  );
  return stringify([csvHeader(view.month), ...rows], { escape_formulas: true });
}

const SHARE = CSV_HEADER.indexOf('share_of_target');
