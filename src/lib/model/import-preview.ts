/**
 * What the staff page shows of an imported month before it is published: the headline figures, the
 * units below target by gap, the change since the month before on the same unit list, the report
 * status. Numbers only: the page's worker draws the month's map from the returned month view with
 * the press map's renderer (render/map-image.ts). Pure: the worker calls it with the campaign the
 * import would write.
 */
import type { Reference } from '../data/cross-check';
import type { Campaign, Month } from '../data/schema/campaign';
import { monthView, type MonthView } from './map-view';
import { countStates, reportStatuses, type ReportState, reportStates } from './report-status';
import { targetFor } from '../data/vintage';
import { viCollator } from '../text/format';

export interface PreviewRow {
  code: string;
  name: string;
  /** Samples; undefined for no data. */
  count: number | undefined;
  /** Samples still missing to the target (undefined for no data). */
  gap: number | undefined;
  /** Change since the previous month of the same vintage. */
  change: number | undefined;
}

export interface ImportPreview {
  month: string;
  vintage: string;
  target: number;
  units: number;
  withData: number;
  met: number;
  samples: number;
  /** The month before it in the data (any vintage), if any: the first real month has none. */
  previous: string | undefined;
  /** The previous month's samples (any vintage), for the headline. */
  previousSamples: number | undefined;
  /** The month compared with, when it is on the same unit list (so units can be compared). */
  previousSameVintage: string | undefined;
  /** Units below target or without data: the largest gap first, no data last. */
  below: PreviewRow[];
  /** Units whose count changed since the previous month of the same vintage, by size of change. */
  changes: PreviewRow[];
  /** Reporting units per report state, when the month has reports. */
  reports: Record<ReportState, number> | undefined;
  /** The states the area's reports can be in (with a deadline: on time, late, missing; without: received, missing). */
  reportStates: readonly ReportState[];
  /** When the month replaces a published one: every unit whose count differs from the published, by size of change. */
  replacing: ReplacedRow[] | undefined;
}

/** A unit of a replaced month: its published count and its count in the file. */
export interface ReplacedRow {
  code: string;
  name: string;
  published: number | undefined;
  count: number | undefined;
}

/** The units whose count in `month` differs from `published`'s, the largest change first. */
function replacedRows(units: readonly { code: string; name: string }[], published: Month, month: Month): ReplacedRow[] {
  const size = (r: ReplacedRow): number => Math.abs((r.count ?? 0) - (r.published ?? 0));
  return units
    .map((u) => ({
      code: u.code,
      name: u.name,
      published: published.counts.mobile[u.code],
      count: month.counts.mobile[u.code],
    }))
    .filter((r) => r.published !== r.count)
    .sort((a, b) => size(b) - size(a) || viCollator.compare(a.name, b.name));
}

/**
 * The preview of `monthKey` in `campaign`, with the month view it was read from; undefined without
 * that month. `published`: the data as published, whose version of the month a replacement is
 * compared with.
 */
export function importPreview(
  reference: Reference,
  campaign: Campaign,
  monthKey: string,
  published?: Campaign,
): { preview: ImportPreview; view: MonthView } | undefined {
  const month = campaign.months.find((m) => m.month === monthKey);
  const data = month ? reference.vintages.get(month.vintage) : undefined;
  if (!month || !data) return undefined;
  const vintageOf = (m: { vintage: string }) => reference.vintages.get(m.vintage) ?? data;
  const view = monthView(reference.area, campaign, vintageOf, month);
  const rows: PreviewRow[] = view.rows.map((r) => ({
    code: r.unit.code,
    name: r.unit.name,
    count: r.count,
    gap: r.shortfall,
    change: r.change,
  }));
  const below = rows
    .filter((r) => r.gap === undefined || r.gap > 0)
    .sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || viCollator.compare(a.name, b.name));
  const changes = rows
    .filter((r) => r.change !== undefined && r.change !== 0)
    .sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0));
  const before = published?.months.find((m) => m.month === monthKey);
  const reportingUnits = data.vintage.reportingUnit === 'district' ? data.units.districts : data.units.units;
  const preview: ImportPreview = {
    month: monthKey,
    vintage: month.vintage,
    target: targetFor(reference.area),
    units: view.summary.units,
    withData: view.summary.withData,
    met: view.summary.met,
    samples: view.summary.samples,
    previous: view.previous?.month,
    previousSamples: view.previousSummary?.samples,
    previousSameVintage: view.previous?.vintage === month.vintage ? view.previous.month : undefined,
    below,
    changes,
    reportStates: reportStates(reference.area),
    reports:
      month.reports.length > 0
        ? countStates(reportStatuses(reference.area, monthKey, reportingUnits, month.reports))
        : undefined,
    replacing: before && before.vintage === month.vintage ? replacedRows(data.units.units, before, month) : undefined,
  };
  return { preview, view };
}
