/**
 * Everything a map page shows for one month, computed once from the validated data: commune and
 * district statuses, totals, deltas against the previous month, and the small JSON "island" the
 * browser script reads to colour the interactive map.
 */
import { BAND_LETTER } from './palette';
import { communeStatuses, districtStatuses, previousMonth, summarise, delta } from './progress';
import type { CommuneStatus, DistrictStatus, Summary } from './progress';
import type { Campaign, District, Month, Series, UnitList } from './schema';
import { viCollator } from './format';

export interface CommuneRow extends CommuneStatus {
  district: District;
  /** Change since the previous month in the data (undefined if either has no data). */
  change: number | undefined;
}

export interface MonthView {
  month: Month;
  previous: Month | undefined;
  series: Series;
  rows: CommuneRow[];
  summary: Summary;
  previousSummary: Summary | undefined;
  districts: DistrictStatus[];
}

/** Builds the view of one month. Rows are sorted by district then Vietnamese name. */
export function monthView(campaign: Campaign, units: UnitList, month: Month, series: Series = 'mobile'): MonthView {
  const statuses = communeStatuses(campaign, units, month, series);
  const previous = previousMonth(campaign, month.month);
  const prevCounts = previous?.counts[series];
  const districtsByCode = new Map(units.districts.map((d) => [d.code, d]));
  const districtOrder = new Map(units.districts.map((d, i) => [d.code, i]));
  const rows = statuses
    .map((s) => ({
      ...s,
      district: districtsByCode.get(s.unit.districtCode)!,
      change: delta(s.count, prevCounts?.[s.unit.code]),
    }))
    .sort(
      (a, b) =>
        (districtOrder.get(a.unit.districtCode) ?? 0) - (districtOrder.get(b.unit.districtCode) ?? 0) ||
        viCollator.compare(a.unit.name, b.unit.name),
    );
  return {
    month,
    previous,
    series,
    rows,
    summary: summarise(statuses),
    previousSummary: previous ? summarise(communeStatuses(campaign, units, previous, series)) : undefined,
    districts: districtStatuses(units, statuses),
  };
}

/** What the browser map needs for one month: a few bytes per commune, never the whole data JSON. */
export interface MapIsland {
  month: string;
  /** Per commune code: [name, district name, count or null, target, band letter]. */
  communes: Record<string, [string, string, number | null, number, string]>;
  /** Per district code: band letter of the district view. */
  districts: Record<string, string>;
}

/** The island of a month view. */
export function mapIsland(view: MonthView): MapIsland {
  const communes: MapIsland['communes'] = {};
  for (const r of view.rows) {
    communes[r.unit.code] = [r.unit.name, r.district.name, r.count ?? null, r.target, BAND_LETTER[r.band]];
  }
  const districts: MapIsland['districts'] = {};
  for (const d of view.districts) districts[d.district.code] = BAND_LETTER[d.band];
  return { month: view.month.month, communes, districts };
}
