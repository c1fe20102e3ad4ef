/**
 * When a month's report is due and whether each reporting unit sent it on time (letter, ask 3):
 * "trước ngày 20/02/2025, sau đó định kỳ ngày 10 của tháng tiếp theo". Months up to 2025-01 share
 * the first deadline, 20/02/2025; every later month is due on the 10th of the following month.
 * Pure functions: the pages and the tests call the same code.
 */
import { nextMonth } from '../data/months';
import type { UnitReport } from '../data/schema';

/** The first deadline of the letter, for every month up to and including 2025-01. */
export const FIRST_DEADLINE = '2025-02-20';
/** The last month whose report falls under the first deadline. */
export const FIRST_DEADLINE_LAST_MONTH = '2025-01';

/** The day a month's report is due (YYYY-MM-DD). */
export function reportDeadline(monthKey: string): string {
  if (monthKey <= FIRST_DEADLINE_LAST_MONTH) return FIRST_DEADLINE;
  return `${nextMonth(monthKey)}-10`;
}

export type ReportState = 'on-time' | 'late' | 'missing';

/** One reporting unit's status for a month. */
export interface ReportStatus {
  code: string;
  name: string;
  state: ReportState;
  /** The day the report arrived; undefined when missing. */
  reportedOn: string | undefined;
}

/** Label and symbol of a state: text and shape, so a grey-scale print still tells them apart. */
export const REPORT_STATE: Record<ReportState, { symbol: string; label: string }> = {
  'on-time': { symbol: '✓', label: 'Đúng hạn' },
  late: { symbol: '!', label: 'Trễ hạn' },
  missing: { symbol: '✗', label: 'Chưa nhận' },
};

/** On time when it arrived on or before the deadline day; late after it. */
export function reportState(monthKey: string, reportedOn: string | undefined): ReportState {
  if (reportedOn === undefined) return 'missing';
  return reportedOn <= reportDeadline(monthKey) ? 'on-time' : 'late';
}

/**
 * The status of every reporting unit of a month, in the order of `units`. A unit that sent
 * several reports counts with its first one.
 */
export function reportStatuses(
  monthKey: string,
  units: readonly { code: string; name: string }[],
  reports: readonly Pick<UnitReport, 'unit' | 'reportedOn'>[],
): ReportStatus[] {
  const first = new Map<string, string>();
  for (const r of reports) {
    const seen = first.get(r.unit);
    if (seen === undefined || r.reportedOn < seen) first.set(r.unit, r.reportedOn);
  }
  return units.map((u) => {
    const reportedOn = first.get(u.code);
    return { code: u.code, name: u.name, state: reportState(monthKey, reportedOn), reportedOn };
  });
}

/** How many units are in each state. */
export function countStates(statuses: readonly ReportStatus[]): Record<ReportState, number> {
  const counts: Record<ReportState, number> = { 'on-time': 0, late: 0, missing: 0 };
  for (const s of statuses) counts[s.state] += 1;
  return counts;
}
