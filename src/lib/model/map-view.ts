/**
 * Everything a map page shows for one month, computed once from the validated data: commune and
 * district statuses, totals, deltas against the previous month, and the small JSON "island" the
 * browser script reads to colour the interactive map.
 */
import { BAND_LETTER, type BandId } from './bands';
import { communeLabel } from '../text/labels';
import { communeStatuses, districtStatuses, previousMonth, summarise, delta } from './progress';
import type { CommuneStatus, DistrictStatus, Summary } from './progress';
import type { Area, Vintage } from '../data/schema/area';
import type { Campaign, Month, Series } from '../data/schema/campaign';
import type { District, UnitList } from '../data/schema/units';
import { viCollator } from '../text/format';
import { unitsAsOf, type VintageData } from '../data/vintage';
import type { Comparison } from './vintage-change';

export interface CommuneRow extends CommuneStatus {
  /** The unit's district; undefined in a vintage without districts. */
  district: District | undefined;
  /** Change since the previous month of the same vintage (undefined if either has no data). */
  change: number | undefined;
}

export interface MonthView {
  month: Month;
  vintage: Vintage;
  units: UnitList;
  /** The month before in the data, on any vintage (area totals compare across vintages). */
  previous: Month | undefined;
  series: Series;
  rows: CommuneRow[];
  summary: Summary;
  /** Area totals of the previous month, read on that month's own unit list. */
  previousSummary: Summary | undefined;
  districts: DistrictStatus[];
  /**
   * What the summary compares with: the previous month's totals. Its units meeting target only on
   * the same vintage (unit counts of two lists are never compared); samples always, with the other
   * list's size.
   */
  comparison: Comparison | undefined;
}

/** Reads a month on its own vintage's unit list; `vintageOf` gives the list of any month. */
export function monthView(
  area: Area,
  campaign: Campaign,
  vintageOf: (month: Month) => VintageData,
  month: Month,
  series: Series = 'mobile',
): MonthView {
  const { vintage } = vintageOf(month);
  // The names the month was published under (a later rename keeps code and boundary).
  const units = unitsAsOf(vintageOf(month).units, month.month);
  const statuses = communeStatuses(area, units, month, series);
  const previous = previousMonth(campaign, month.month);
  // A commune's change is only meaningful on the same unit list: codes mean other places across vintages.
  const prevCounts = previous?.vintage === month.vintage ? previous.counts[series] : undefined;
  const districtsByCode = new Map(units.districts.map((d) => [d.code, d]));
  const districtOrder = new Map(units.districts.map((d, i) => [d.code, i]));
  const orderOf = (code: string | undefined): number => (code === undefined ? 0 : (districtOrder.get(code) ?? 0));
  const rows = statuses
    .map((s) => ({
      ...s,
      district: s.unit.districtCode === undefined ? undefined : districtsByCode.get(s.unit.districtCode),
      change: delta(s.count, prevCounts?.[s.unit.code]),
    }))
    .sort(
      (a, b) =>
        orderOf(a.unit.districtCode) - orderOf(b.unit.districtCode) || viCollator.compare(a.unit.name, b.unit.name),
    );
  const prevData = previous ? vintageOf(previous) : undefined;
  const previousSummary =
    previous && prevData ? summarise(communeStatuses(area, prevData.units, previous, series)) : undefined;
  return {
    month,
    vintage,
    units,
    previous,
    series,
    rows,
    summary: summarise(statuses),
    previousSummary,
    districts: districtStatuses(units, statuses),
    comparison:
      previous && prevData && previousSummary ? compareWith(previous, prevData, previousSummary, vintage) : undefined,
  };
}

/** The comparison with `previous`, read on its own list `prevData`; `vintage` is the month's own. */
function compareWith(previous: Month, prevData: VintageData, summary: Summary, vintage: Vintage): Comparison {
  const same = prevData.vintage.id === vintage.id;
  return {
    month: previous.month,
    samples: summary.samples,
    met: same ? summary.met : undefined,
    otherVintage: same ? undefined : { vintage: prevData.vintage, units: summary.units },
  };
}

/**
 * What each unit's shape of a month's map is drawn with, by code: its band and its sentence (the
 * server SVG's class and <title>; the browser recolours with the same, from the island below).
 */
export function shapesOf(view: MonthView): { bands: Record<string, BandId>; titles: Record<string, string> } {
  const bands: Record<string, BandId> = {};
  const titles: Record<string, string> = {};
  for (const r of view.rows) {
    bands[r.unit.code] = r.band;
    titles[r.unit.code] = communeLabel(r.unit.name, r.district?.name ?? '', r.count ?? null, r.target);
  }
  return { bands, titles };
}

/** What the browser map needs for one month: a few bytes per commune, never the whole data JSON. */
export interface MapIsland {
  month: string;
  /** Per commune code: [name, district name ('' without districts), count or null, target, band letter]. */
  communes: Record<string, [string, string, number | null, number, string]>;
  /** Per district code: band letter of the district view. */
  districts: Record<string, string>;
}

/** The island of a month view. */
export function mapIsland(view: MonthView): MapIsland {
  const communes: MapIsland['communes'] = {};
  for (const r of view.rows) {
    communes[r.unit.code] = [r.unit.name, r.district?.name ?? '', r.count ?? null, r.target, BAND_LETTER[r.band]];
  }
  const districts: MapIsland['districts'] = {};
  for (const d of view.districts) districts[d.district.code] = BAND_LETTER[d.band];
  return { month: view.month.month, communes, districts };
}
