/**
 * The optional median speeds of a month (download, upload, latency), as the month's file gave
 * them: which measures a month has, and one unit's speeds month by month. Numbers only; the
 * map never uses them (it stays on sample counts).
 */
import { SPEED_MEASURES, type Campaign, type Month, type SpeedMeasure, type UnitSpeeds } from '../data/schema/campaign';

/** The measures at least one unit of the month has, in the order files and tables list them. */
export function speedMeasuresOf(month: Month): SpeedMeasure[] {
  const entries = Object.values(month.speeds?.mobile ?? {});
  return SPEED_MEASURES.filter((m) => entries.some((s) => s[m] !== undefined));
}

/** One month's speeds of a unit, with what every figure is shown with: its month and source. */
export interface UnitSpeedPoint {
  month: string;
  asOf: string;
  source: string;
  illustrative: boolean;
  speeds: UnitSpeeds;
}

/** A unit's speeds in the months of its vintage that have them, oldest first. */
export function unitSpeedSeries(campaign: Campaign, vintage: string, code: string): UnitSpeedPoint[] {
  return campaign.months.flatMap((m) => {
    const speeds = m.vintage === vintage ? m.speeds?.mobile[code] : undefined;
    if (!speeds) return [];
    return [{ month: m.month, asOf: m.asOf, source: m.source, illustrative: m.illustrative, speeds }];
  });
}
