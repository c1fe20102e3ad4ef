/**
 * Pace to month-end (issue 16, point 1): for a month still in progress, where each unit's count
 * would land at the current pace and how many samples a day it still needs. Definitions, exactly
 * as the issue gives them: the as-of day counts as elapsed; projection = count ÷ days elapsed ×
 * days in the month; N = ⌈(target − count) ÷ days left⌉; on track = projection ≥ target; a count
 * already at the target is "đã đạt". A month that is complete (as-of on or after its last day) has
 * no pace at all: its count is final, and a projection would only restate it.
 */
import { isMonthInProgress, lastDayOfMonth } from '../data/months';

/** Status of one unit in the pace view. `none`: no count reported yet (never read as zero). */
export type PaceStatus = 'met' | 'on-track' | 'behind' | 'none';

/** The calendar of a month in progress: how far its figures reach. */
export interface PaceCalendar {
  /** Days of the month up to and including the as-of day. */
  elapsed: number;
  /** Days of the month after the as-of day (at least 1 while in progress). */
  left: number;
  /** Days in the month (28–31). */
  days: number;
}

/** The pace of one unit in a month in progress. */
export interface Pace extends PaceCalendar {
  status: PaceStatus;
  count: number | undefined;
  target: number;
  /** Count at month-end at the current pace (unrounded); undefined without a count. */
  projection: number | undefined;
  /** Samples a day still needed to reach the target: 0 when met; undefined without a count. */
  perDayNeeded: number | undefined;
}

/**
 * The calendar of a month whose figures are valid up to `asOf`, or undefined when the month is
 * not in progress (as-of on or after its last day — the site's own rule, isMonthInProgress — or,
 * impossibly, before its first day: no day has elapsed, so there is no pace to speak of).
 */
export function paceCalendar(month: { month: string; asOf: string }): PaceCalendar | undefined {
  if (!isMonthInProgress(month) || !month.asOf.startsWith(`${month.month}-`)) return undefined;
  const days = Number(lastDayOfMonth(month.month).slice(8));
  const elapsed = Number(month.asOf.slice(8));
  return { elapsed, left: days - elapsed, days };
}

/** The pace of a count against its target on a month's calendar. */
export function paceOf(count: number | undefined, target: number, calendar: PaceCalendar): Pace {
  const base = { ...calendar, count, target };
  if (count === undefined) return { ...base, status: 'none', projection: undefined, perDayNeeded: undefined };
  const projection = (count * calendar.days) / calendar.elapsed;
  if (count >= target) return { ...base, status: 'met', projection, perDayNeeded: 0 };
  return {
    ...base,
    // In whole numbers (count × days ≥ target × elapsed), so a projection of exactly the target is
    // on track whatever the floating-point division would round it to.
    status: count * calendar.days >= target * calendar.elapsed ? 'on-track' : 'behind',
    projection,
    perDayNeeded: Math.ceil((target - count) / calendar.left),
  };
}

/** The pace of a unit in a month, or undefined when the month is complete (no projection then). */
export function monthPace(
  month: { month: string; asOf: string },
  count: number | undefined,
  target: number,
): Pace | undefined {
  const calendar = paceCalendar(month);
  return calendar === undefined ? undefined : paceOf(count, target, calendar);
}
