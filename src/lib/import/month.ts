/**
 * Which month each row belongs to: from --month, a "Tháng" column or the sheet's title, which must
 * agree; the clock ("now" is always a parameter, read in Vietnam's time zone); and whether the
 * "as of" date stored with a month is plausible.
 */
import type { Header } from '../spreadsheet/header';
import { columnLetter, isBlank, cellText, type CellValue, type Sheet } from '../spreadsheet/types';
import { parseMonth, titleMonths, type TitleMonth } from '../spreadsheet/title';
import { lastDayOfMonth, nextMonth } from '../data/months';
import type { Voice } from './messages/voice';
import { say } from '../text/messages';
import { MONTH } from './messages/sheet';
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
  voice: Voice,
): { title: TitleMonth | undefined; problems: Problem[] } {
  const c = voice.controls;
  const problems: Problem[] = [];
  const distinct = [...new Map(titles.map((t) => [t.month, t])).values()];
  const [title] = distinct;
  if (distinct.length > 1) {
    const [a, b] = distinct as [TitleMonth, TitleMonth];
    problems.push({
      row: b.row,
      column: b.column,
      sheet: sheetLabel,
      ...say(voice, MONTH.titleTwoMonths, a.text, a.row, b.text, b.row, c),
    });
  }
  if (title && optionMonth && title.month !== optionMonth) {
    problems.push({
      row: title.row,
      column: title.column,
      sheet: sheetLabel,
      ...say(voice, MONTH.titleVsOption, title.text, title.month, optionMonth, c),
    });
  }
  return { title, problems };
}

/** Where the months of a sheet come from, for the progress line. */
function describeSource(
  header: Header,
  optionMonth: string | undefined,
  title: TitleMonth | undefined,
  voice: Voice,
): string {
  const column = header.columns.month;
  if (column !== undefined) return say(voice, MONTH.fromColumn, header.labels.month ?? '', columnLetter(column));
  if (optionMonth) return say(voice, MONTH.fromOption, optionMonth, voice.controls);
  if (title) return say(voice, MONTH.fromTitle, title.month, title.text, title.row);
  return say(voice, MONTH.notFound);
}

/** What reading one row's month needs: the month column, and the months it must agree with. */
interface RowMonthContext {
  column: number;
  optionMonth: string | undefined;
  title: TitleMonth | undefined;
  sheetLabel: string | undefined;
  voice: Voice;
}

type RowMonth = ReturnType<MonthSource['forRow']>;

/** The month of one row read from its "Tháng" cell, or a problem at that cell. */
function rowMonth(context: RowMonthContext, cells: readonly CellValue[], row: number): RowMonth {
  const { column, optionMonth, title, voice } = context;
  const c = voice.controls;
  const fallback = optionMonth ?? title?.month;
  const cell = cells[column];
  const at = { row, column: columnLetter(column), sheet: context.sheetLabel };
  const problem = (p: Pick<Problem, 'problem' | 'todo'>): RowMonth => ({ problem: { ...at, ...p } });
  if (isBlank(cell)) {
    if (fallback) return { month: fallback };
    return problem(say(voice, MONTH.rowNone, c));
  }
  const month = parseMonth(cell);
  if (!month) return problem(say(voice, MONTH.rowInvalid, cellText(cell)));
  if (optionMonth && month !== optionMonth) return problem(say(voice, MONTH.rowVsOption, month, optionMonth, c));
  if (!optionMonth && title && month !== title.month) {
    return problem(say(voice, MONTH.rowVsTitle, month, title.text, title.month));
  }
  return { month };
}

/** Sets up month finding for one sheet whose header is `header`. */
export function monthSource(
  sheet: Sheet,
  header: Header,
  optionMonth: string | undefined,
  sheetLabel: string | undefined,
  voice: Voice,
): MonthSource {
  const titles = titleMonths(sheet.rows.slice(0, header.index));
  const { title, problems } = titleMonth(titles, optionMonth, sheetLabel, voice);
  const column = header.columns.month;
  const fallback = optionMonth ?? title?.month;
  if (column === undefined && !fallback) {
    problems.push({ sheet: sheetLabel, ...say(voice, MONTH.none, voice.controls) });
  }
  return {
    problems,
    title,
    describe: describeSource(header, optionMonth, title, voice),
    forRow(cells, row) {
      if (column === undefined) return fallback ? { month: fallback } : { none: true };
      return rowMonth({ column, optionMonth, title, sheetLabel, voice }, cells, row);
    },
  };
}

/** A problem for each month after the current one, at the first row naming it. */
export function futureMonthProblems(
  firstRowOf: ReadonlyMap<string, { row?: number | undefined; column?: string | undefined }>,
  currentMonth: string,
  sheetLabel: string | undefined,
  voice: Voice,
): Problem[] {
  return [...firstRowOf.entries()]
    .filter(([month]) => month > currentMonth)
    .map(([month, at]) => ({
      ...at,
      sheet: sheetLabel,
      ...say(voice, MONTH.future, month, currentMonth, voice.controls),
    }));
}

/**
 * A warning for each month stored "as of" more than two months after its last day (after the last
 * day of the second month that follows): most likely figures fetched long before, imported without
 * --as-of, so the stored date would say they are fresher than they are.
 */
export function asOfWarnings(months: ReadonlyArray<{ month: string; asOf: string }>, voice: Voice): Problem[] {
  return months
    .filter((m) => m.asOf > lastDayOfMonth(nextMonth(nextMonth(m.month))))
    .map((m) => say(voice, MONTH.asOfLate, m.month, m.asOf, lastDayOfMonth(m.month), voice.controls));
}
