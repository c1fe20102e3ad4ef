/**
 * When a month's report is due and whether each reporting unit sent it on time. The rhythm is the
 * area's data, from the province's own letter (area.json `letter.reporting`; Kiên Giang's: "trước
 * ngày 20/02/2025, sau đó định kỳ ngày 10 của tháng tiếp theo"). An area without one has no
 * deadline: a report is received or not, never late, and no date is expected. Pure functions: the
 * pages and the tests call the same code.
 */
import { nextMonth } from '../data/months';
import type { Area } from '../data/schema/area';
import type { Campaign, UnitReport } from '../data/schema/campaign';
import type { VintageData } from '../data/vintage';
import { formatDate, formatMonth } from '../text/format';

/** What the deadlines are read from: the area's letter. */
export type ReportingArea = Pick<Area, 'letter'>;

/**
 * The day a month's report is due (YYYY-MM-DD) under the area's letter: its first deadline for
 * the months it covers, else the given day of the following month. Undefined when the area has no
 * reporting rhythm (no letter, or a letter without one): no deadline is ever invented.
 */
export function reportDeadline(area: ReportingArea, monthKey: string): string | undefined {
  const rhythm = area.letter?.reporting;
  if (!rhythm) return undefined;
  if (rhythm.first && monthKey <= rhythm.first.lastMonth) return rhythm.first.date;
  return `${nextMonth(monthKey)}-${String(rhythm.dayOfNextMonth).padStart(2, '0')}`;
}

/**
 * When the figures of the month after `latestMonth` are expected: that month's report deadline
 * under the area's rhythm (the letter asks for the month's results by then), or undefined for an
 * area without one — no date is ever guessed. "Số liệu tháng 11/2026 dự kiến có sau ngày 10/12/2026."
 */
export function nextFiguresExpected(
  area: ReportingArea,
  latestMonth: string,
): { month: string; after: string; text: string } | undefined {
  const month = nextMonth(latestMonth);
  const after = reportDeadline(area, month);
  if (after === undefined) return undefined;
  return {
    month,
    after,
    text: `Số liệu ${formatMonth(month)} dự kiến được cập nhật sau ngày ${formatDate(after)} (hạn báo cáo hằng tháng).`,
  };
}

/** `received`: arrived, in an area without deadlines (neither on time nor late). */
export type ReportState = 'on-time' | 'late' | 'received' | 'missing';

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
  received: { symbol: '✓', label: 'Đã nhận' },
  missing: { symbol: '✗', label: 'Chưa nhận' },
};

/** The states an area's reports can be in: with a deadline on time, late or missing; without, received or missing. */
export function reportStates(area: ReportingArea): readonly ReportState[] {
  return area.letter?.reporting ? ['on-time', 'late', 'missing'] : ['received', 'missing'];
}

/** On time when it arrived on or before the deadline day; late after it; received when there is no deadline. */
export function reportState(area: ReportingArea, monthKey: string, reportedOn: string | undefined): ReportState {
  if (reportedOn === undefined) return 'missing';
  const deadline = reportDeadline(area, monthKey);
  if (deadline === undefined) return 'received';
  return reportedOn <= deadline ? 'on-time' : 'late';
}

const firstReportCache = new WeakMap<readonly object[], ReadonlyMap<string, string>>();

/**
 * The day of each reporting unit's first report among `reports` (a unit that sent several counts
 * with its first). Memoised per (validated, never mutated) reports array: every unit page of a
 * month asks for the same month's reports.
 */
function firstReportDates(reports: readonly Pick<UnitReport, 'unit' | 'reportedOn'>[]): ReadonlyMap<string, string> {
  const cached = firstReportCache.get(reports);
  if (cached) return cached;
  const first = new Map<string, string>();
  for (const r of reports) {
    const seen = first.get(r.unit);
    if (seen === undefined || r.reportedOn < seen) first.set(r.unit, r.reportedOn);
  }
  firstReportCache.set(reports, first);
  return first;
}

/**
 * The status of every reporting unit of a month, in the order of `units`. A unit that sent
 * several reports counts with its first one.
 */
export function reportStatuses(
  area: ReportingArea,
  monthKey: string,
  units: readonly { code: string; name: string }[],
  reports: readonly Pick<UnitReport, 'unit' | 'reportedOn'>[],
): ReportStatus[] {
  const first = firstReportDates(reports);
  return units.map((u) => {
    const reportedOn = first.get(u.code);
    return { code: u.code, name: u.name, state: reportState(area, monthKey, reportedOn), reportedOn };
  });
}

/** How many units are in each state. */
export function countStates(statuses: readonly ReportStatus[]): Record<ReportState, number> {
  const counts: Record<ReportState, number> = { 'on-time': 0, late: 0, received: 0, missing: 0 };
  for (const s of statuses) counts[s.state] += 1;
  return counts;
}

/** Who a unit's report of a month comes from: the unit itself, or (before 07/2025) its district. */
export type ReportedBy = 'unit' | 'district';

/** One month of a unit's report history, against that month's deadline. */
export interface UnitReportRow {
  month: string;
  /** The day the month's report was due (YYYY-MM-DD); absent in an area without deadlines. */
  deadline?: string;
  status: ReportState;
  /** The day the report arrived; absent when none did. */
  receivedOn?: string;
  /** Whose report it is: in a vintage reported per district, the district's report stands for the unit. */
  by: ReportedBy;
  /** The reporting district's official name ("Huyện An Biên"), when `by` is 'district'. */
  districtName?: string;
}

/**
 * "Did we report on time?" for one unit, every month of the data on its vintage, oldest first. A
 * month without a report is a row too (status 'missing'), never left out. In a vintage whose
 * reportingUnit is 'district' the unit's status is its district's (districts reported then).
 */
export function unitReportHistory(
  area: ReportingArea,
  campaign: Pick<Campaign, 'months'>,
  vintage: VintageData,
  code: string,
): UnitReportRow[] {
  const byDistrict = vintage.vintage.reportingUnit === 'district';
  const unit = vintage.units.units.find((u) => u.code === code);
  const district = byDistrict ? vintage.units.districts.find((d) => d.code === unit?.districtCode) : undefined;
  const reporter = byDistrict ? district : unit;
  return campaign.months
    .filter((m) => m.vintage === vintage.vintage.id)
    .map((m) => {
      const receivedOn = reporter ? firstReportDates(m.reports).get(reporter.code) : undefined;
      const row: UnitReportRow = {
        month: m.month,
        status: reportState(area, m.month, receivedOn),
        by: byDistrict ? 'district' : 'unit',
      };
      const deadline = reportDeadline(area, m.month);
      if (deadline !== undefined) row.deadline = deadline;
      if (receivedOn !== undefined) row.receivedOn = receivedOn;
      if (district) row.districtName = district.name;
      return row;
    });
}

/**
 * A report's state in the one vocabulary of REPORT_STATE, with the day a late or deadline-free
 * report arrived: "Đúng hạn", "Trễ hạn (nhận ngày 11/09/2025)", "Đã nhận (ngày 11/09/2025)",
 * "Chưa nhận". The unit page and the printed summary say the same words.
 */
export function reportRowStatusText(row: Pick<UnitReportRow, 'status' | 'receivedOn'>): string {
  const { label } = REPORT_STATE[row.status];
  if (row.receivedOn === undefined || row.status === 'on-time') return label;
  return `${label} (${row.status === 'late' ? 'nhận ' : ''}ngày ${formatDate(row.receivedOn)})`;
}

/**
 * "Báo cáo của huyện An Biên" for a row that stands for the district's report, undefined for the
 * unit's own. The type of the district is lower case mid-sentence ("thành phố Rạch Giá").
 */
export function reportRowByText(row: Pick<UnitReportRow, 'by' | 'districtName'>): string | undefined {
  if (row.by !== 'district') return undefined;
  const name = row.districtName;
  if (name === undefined) return 'Báo cáo của huyện';
  return `Báo cáo của ${name.charAt(0).toLocaleLowerCase('vi') + name.slice(1)}`;
}

/** "Hạn nộp báo cáo tháng 8/2025: ngày 10/09/2025", or undefined in an area without deadlines. */
export function deadlineText(area: ReportingArea, monthKey: string): string | undefined {
  const deadline = reportDeadline(area, monthKey);
  return deadline === undefined ? undefined : `Hạn nộp báo cáo ${formatMonth(monthKey)}: ngày ${formatDate(deadline)}`;
}
