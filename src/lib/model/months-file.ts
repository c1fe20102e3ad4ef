/**
 * The months file of one boundary vintage (`/du-lieu/<vintage>/thang.json`): every month of that
 * vintage in one compact, cacheable file, so the map page switches month without loading another
 * page. Unit names are not repeated (the page has them); per unit and month it carries the count and
 * the band letter, per month the "as of" date, the source, the illustrative flag and the summary.
 */
import { BAND_LETTER } from './bands';
import type { MonthView } from './map-view';
import { offeredViews, type MapViewId } from './map-views';
import type { Summary } from './progress';
import { comparisonPhrase } from './vintage-change';

/** The area totals the summary cards show (the month view's own summary). */
export type MonthsFileSummary = Summary;

export interface MonthsFileMonth {
  month: string;
  asOf: string;
  source: string;
  illustrative: boolean;
  /** Count per unit, in the order of `codes`; null = no data (never zero). */
  counts: (number | null)[];
  /** One band letter per unit, in the order of `codes` (see BAND_LETTER). */
  bands: string;
  summary: MonthsFileSummary;
  /** The views of the map the month offers (its view switch), the count view first. */
  views: MapViewId[];
  /**
   * The month before in the data (on any vintage) and its totals, for "so với tháng …" (`phrase`);
   * `met` is null when that month is on another vintage: unit counts of two lists are not compared.
   */
  previous: { month: string; met: number | null; samples: number; phrase: string } | null;
}

export interface MonthsFile {
  vintage: string;
  /** Unit codes, the order of every per-unit array. */
  codes: string[];
  /** Target of each unit, in the order of `codes`. */
  targets: number[];
  /** Months of the vintage, oldest first (consecutive months of the data). */
  months: MonthsFileMonth[];
}

/** Builds the months file of `vintage` from the views of its months (oldest first). */
export function buildMonthsFile(vintage: string, views: readonly MonthView[]): MonthsFile {
  const first = views[0];
  const rows = first?.rows ?? [];
  const codes = rows.map((r) => r.unit.code);
  return {
    vintage,
    codes,
    targets: rows.map((r) => r.target),
    months: views.map((view) => {
      if (view.month.vintage !== vintage) throw new Error(`month ${view.month.month} is not on vintage ${vintage}`);
      const byCode = new Map(view.rows.map((r) => [r.unit.code, r]));
      const { summary, comparison } = view;
      return {
        month: view.month.month,
        asOf: view.month.asOf,
        source: view.month.source,
        illustrative: view.month.illustrative,
        counts: codes.map((c) => byCode.get(c)?.count ?? null),
        bands: codes.map((c) => BAND_LETTER[byCode.get(c)?.band ?? 'none']).join(''),
        summary,
        views: offeredViews(view),
        previous: comparison
          ? {
              month: comparison.month,
              met: comparison.met ?? null,
              samples: comparison.samples,
              phrase: comparisonPhrase(comparison),
            }
          : null,
      };
    }),
  };
}
