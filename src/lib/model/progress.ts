/**
 * Counts against the target: per commune, per district, per area, and over months.
 * Everything the site says about "who is below 300" is computed here, once. A month's figures are
 * read against the unit list of its own vintage, never against another.
 */
import { bandFor, districtShareScale } from './band-scale';
import { emptyBandCounts, type BandId } from './bands';
import type { Area } from '../data/schema/area';
import type { Campaign, Month, Series } from '../data/schema/campaign';
import type { District, Unit, UnitList } from '../data/schema/units';
import { targetFor } from '../data/vintage';

/** One commune in one month. `count` is `undefined` when there is no data (not zero). */
export interface CommuneStatus {
  unit: Unit;
  count: number | undefined;
  target: number;
  /** count / target, or undefined without data. */
  share: number | undefined;
  band: BandId;
  /** Samples still missing to reach the target (0 when met; undefined without data). */
  shortfall: number | undefined;
}

/** Status of every unit of the month's vintage list for one series, in unit-list order. */
export function communeStatuses(area: Area, units: UnitList, month: Month, series: Series = 'mobile'): CommuneStatus[] {
  if (month.vintage !== units.vintage) {
    throw new Error(`month ${month.month} is on vintage ${month.vintage}, not on the ${units.vintage} unit list`);
  }
  const counts = month.counts[series] ?? {};
  return units.units.map((unit) => {
    const count = counts[unit.code];
    const target = targetFor(area, { vintage: units.vintage, code: unit.code });
    return {
      unit,
      count,
      target,
      share: count === undefined ? undefined : count / target,
      band: bandFor(count, target),
      shortfall: count === undefined ? undefined : Math.max(0, target - count),
    };
  });
}

/** Totals over a set of commune statuses. */
export interface Summary {
  /** Units in the set. */
  units: number;
  /** Units with a count (zero included). */
  withData: number;
  /** Units at or above target. */
  met: number;
  /** Sum of samples over units with data. */
  samples: number;
  /** Units per band, every band present (0 when empty). */
  bands: Record<BandId, number>;
}

/** Sums a set of statuses. */
export function summarise(statuses: readonly CommuneStatus[]): Summary {
  const bands = emptyBandCounts();
  let withData = 0;
  let samples = 0;
  for (const s of statuses) {
    bands[s.band] += 1;
    if (s.count !== undefined) {
      withData += 1;
      samples += s.count;
    }
  }
  return { units: statuses.length, withData, met: bands.met, samples, bands };
}

/** One district's summary for a month, with the band of its share of communes meeting target. */
export interface DistrictStatus {
  district: District;
  summary: Summary;
  /** Share of the district's communes that met target (0..1). */
  metShare: number;
  /** Band of `metShare` on the district scale; `none` when no commune has data. */
  band: BandId;
}

/** Per-district summaries, in unit-list district order; empty in a vintage without districts. */
export function districtStatuses(units: UnitList, statuses: readonly CommuneStatus[]): DistrictStatus[] {
  // Group once (O(units)), not one filter over every unit per district (O(districts × units)).
  const byDistrict = new Map<string, CommuneStatus[]>();
  for (const s of statuses) {
    if (s.unit.districtCode === undefined) continue;
    const group = byDistrict.get(s.unit.districtCode);
    if (group) group.push(s);
    else byDistrict.set(s.unit.districtCode, [s]);
  }
  return units.districts.map((district) => {
    const summary = summarise(byDistrict.get(district.code) ?? []);
    const metShare = summary.units === 0 ? 0 : summary.met / summary.units;
    return {
      district,
      summary,
      metShare,
      band: summary.withData === 0 ? 'none' : districtShareScale(metShare),
    };
  });
}

/** The latest month of the campaign, or undefined when there is none. */
export function latestMonth(campaign: Campaign): Month | undefined {
  return campaign.months.at(-1);
}

/** The month before `monthKey` in the data, if any. */
export function previousMonth(campaign: Campaign, monthKey: string): Month | undefined {
  const i = campaign.months.findIndex((m) => m.month === monthKey);
  return i > 0 ? campaign.months[i - 1] : undefined;
}

/** Change of a commune's count from the previous month; undefined if either month has no data. */
export function delta(current: number | undefined, previous: number | undefined): number | undefined {
  return current === undefined || previous === undefined ? undefined : current - previous;
}

/** Counts of one commune over the months of its vintage (undefined where there is no data). */
export function communeSeries(
  campaign: Campaign,
  vintage: string,
  code: string,
  series: Series = 'mobile',
): { month: string; count: number | undefined }[] {
  return campaign.months
    .filter((m) => m.vintage === vintage)
    .map((m) => ({ month: m.month, count: m.counts[series]?.[code] }));
}

/** True when any month of the campaign is illustrative (the banner must show). */
export function hasIllustrative(campaign: Campaign): boolean {
  return campaign.months.some((m) => m.illustrative);
}
