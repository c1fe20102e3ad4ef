/**
 * A unit's or a district's months over one boundary vintage: the district results and the reports,
 * indexed once per vintage (pure; src/lib/site/routes.ts keeps the per-build caches), so a district
 * or unit page costs O(months), not a pass over every unit of every month (700 districts × 24
 * months × 10,600 communes at national scale).
 */
import type { Month, UnitReport } from '../data/schema/campaign';
import type { MonthView } from './map-view';
import type { Summary } from './progress';

/** One district in one month of its vintage. */
export interface DistrictMonth {
  month: Month;
  /** Totals of the district's communes (the month's own statuses). */
  summary: Summary;
  /** The district's report for the month, if it sent one. */
  report: UnitReport | undefined;
}

/** One report of a unit, with its month. */
export interface ReportOfMonth {
  month: string;
  report: UnitReport;
}

/** Appends `entry` to the list of `key`. */
function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * Every district's results month by month, by district code, from the months of one vintage (oldest
 * first) and the view of each; a district's first report of a month is its report.
 */
export function districtHistories(
  months: readonly Month[],
  viewOf: (month: Month) => MonthView | undefined,
): Map<string, DistrictMonth[]> {
  const byDistrict = new Map<string, DistrictMonth[]>();
  for (const m of months) {
    const reports = new Map<string, UnitReport>();
    for (const r of m.reports) if (!reports.has(r.unit)) reports.set(r.unit, r);
    for (const d of viewOf(m)?.districts ?? []) {
      push(byDistrict, d.district.code, { month: m, summary: d.summary, report: reports.get(d.district.code) });
    }
  }
  return byDistrict;
}

/** The reports each unit sent over the given months (those of one vintage), oldest first, by unit code. */
export function reportsByUnit(months: readonly Month[]): Map<string, ReportOfMonth[]> {
  const byUnit = new Map<string, ReportOfMonth[]>();
  for (const m of months) for (const report of m.reports) push(byUnit, report.unit, { month: m.month, report });
  return byUnit;
}
