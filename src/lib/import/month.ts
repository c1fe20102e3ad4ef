/**
 * Which month each row belongs to: from --month, a "Tháng" column or the sheet's title, which must
 * agree; the clock ("now" is always a parameter, read in Vietnam's time zone); and whether the
 * "as of" date stored with a month is plausible.
 */
import type { Header } from '../spreadsheet/header';
import { columnLetter, isBlank, cellText, type CellValue, type Sheet } from '../spreadsheet/types';
import { parseMonth, titleMonths, type TitleMonth } from '../spreadsheet/title';
import { lastDayOfMonth, nextMonth } from '../data/months';
import { asOfLate } from './messages-vi';
import type { Problem } from './problems';

const VN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export function todayAt(now: Date): string {
  return VN_DATE.format(now);
}

/** The current month in Vietnam, `YYYY-MM`. */
export function currentMonthAt(now: Date): string {
  return todayAt(now).slice(0, 7);
}

export interface MonthSource {
  /** Problems of the month sources themselves (conflicts, unreadable title). */
  problems: Problem[];
  /** The month named in the title rows, if any. */
  title: TitleMonth | undefined;
  /** How the month is found, for the progress line. */
  describe: string;
  /** The month of one data row, or a problem at its month cell. */
  forRow(cells: readonly CellValue[], row: number): { month: string } | { problem: Problem } | { none: true };
}

/** The month of the title rows, and problems when they name two months or disagree with --month. */
function titleMonth(
  titles: readonly TitleMonth[],
  optionMonth: string | undefined,
  sheetLabel: string | undefined,
): { title: TitleMonth | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const distinct = [...new Map(titles.map((t) => [t.month, t])).values()];
  const [title] = distinct;
  if (distinct.length > 1) {
    const [a, b] = distinct as [TitleMonth, TitleMonth];
    problems.push({
      row: b.row,
      column: b.column,
      sheet: sheetLabel,
      problem: `the title names two months: "${a.text}" (row ${a.row}) and "${b.text}" (row ${b.row})`,
      todo: 'keep one month in the title, or give the month with --month YYYY-MM',
    });
  }
  if (title && optionMonth && title.month !== optionMonth) {
    problems.push({
      row: title.row,
      column: title.column,
      sheet: sheetLabel,
      problem: `the title says "${title.text}" (${title.month}) but --month says ${optionMonth}`,
      todo: 'fix the title or the --month option so they name the same month',
    });
  }
  return { title, problems };
}

/** Where the months of a sheet come from, for the progress line. */
function describeSource(header: Header, optionMonth: string | undefined, title: TitleMonth | undefined): string {
  const column = header.columns.month;
  if (column !== undefined) return `month from the "${header.labels.month ?? ''}" column ${columnLetter(column)}`;
  if (optionMonth) return `month ${optionMonth} from --month`;
  if (title) return `month ${title.month} from the title ("${title.text}", row ${title.row})`;
  return 'no month found';
}

/** What reading one row's month needs: the month column, and the months it must agree with. */
interface RowMonthContext {
  column: number;
  optionMonth: string | undefined;
  title: TitleMonth | undefined;
  sheetLabel: string | undefined;
}

type RowMonth = ReturnType<MonthSource['forRow']>;

/** The month of one row read from its "Tháng" cell, or a problem at that cell. */
function rowMonth(context: RowMonthContext, cells: readonly CellValue[], row: number): RowMonth {
  const { column, optionMonth, title } = context;
  const fallback = optionMonth ?? title?.month;
  const cell = cells[column];
  const at = { row, column: columnLetter(column), sheet: context.sheetLabel };
  const problem = (p: Pick<Problem, 'problem' | 'todo'>): RowMonth => ({ problem: { ...at, ...p } });
  if (isBlank(cell)) {
    if (fallback) return { month: fallback };
    return problem({
      problem: 'no month in this row',
      todo: 'write the month as MM/YYYY, e.g. 03/2025, or give --month YYYY-MM',
    });
  }
  const month = parseMonth(cell);
  if (!month) {
    return problem({
      problem: `month "${cellText(cell)}" is not a month with its year`,
      todo: 'write it as MM/YYYY, e.g. 03/2025, or as 2025-03',
    });
  }
  if (optionMonth && month !== optionMonth) {
    return problem({
      problem: `the row says ${month} but --month says ${optionMonth}`,
      todo: 'fix the "Tháng" cell or the --month option',
    });
  }
  if (!optionMonth && title && month !== title.month) {
    return problem({
      problem: `the row says ${month} but the title says "${title.text}" (${title.month})`,
      todo: 'fix the "Tháng" cell or the title',
    });
  }
  return { month };
}

/** Sets up month finding for one sheet whose header is `header`. */
export function monthSource(
  sheet: Sheet,
  header: Header,
  optionMonth: string | undefined,
  sheetLabel?: string,
): MonthSource {
  const { title, problems } = titleMonth(titleMonths(sheet.rows.slice(0, header.index)), optionMonth, sheetLabel);
  const column = header.columns.month;
  const fallback = optionMonth ?? title?.month;
  if (column === undefined && !fallback) {
    problems.push({
      sheet: sheetLabel,
      problem: 'no month found: no --month option, no "Tháng" column and no "THÁNG m/yyyy" in the title rows',
      todo: 'run again with --month YYYY-MM, e.g. --month 2025-03',
    });
  }
  return {
    problems,
    title,
    describe: describeSource(header, optionMonth, title),
    forRow(cells, row) {
      if (column === undefined) return fallback ? { month: fallback } : { none: true };
      return rowMonth({ column, optionMonth, title, sheetLabel }, cells, row);
    },
  };
}

/** A problem for each month after the current one, at the first row naming it. */
export function futureMonthProblems(
  firstRowOf: ReadonlyMap<string, { row?: number | undefined; column?: string | undefined }>,
  currentMonth: string,
  sheetLabel?: string,
): Problem[] {
  return [...firstRowOf.entries()]
    .filter(([month]) => month > currentMonth)
    .map(([month, at]) => ({
      ...at,
      sheet: sheetLabel,
      problem: `month ${month} is after the current month (${currentMonth})`,
      todo: 'check the month in the title, the "Tháng" column or --month: a month cannot be imported before it starts',
    }));
}

/**
 * A warning for each month stored "as of" more than two months after its last day (after the last
 * day of the second month that follows): most likely figures fetched long before, imported without
 * --as-of, so the stored date would say they are fresher than they are.
 */
export function asOfWarnings(months: ReadonlyArray<{ month: string; asOf: string }>): Problem[] {
  return months
    .filter((m) => m.asOf > lastDayOfMonth(nextMonth(nextMonth(m.month))))
    .map((m) => asOfLate(m.month, m.asOf, lastDayOfMonth(m.month)));
}
