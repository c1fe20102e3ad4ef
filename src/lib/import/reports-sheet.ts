/**
 * A sheet of reports (reported date, solutions deployed, difficulties met) → reports per month,
 * with every problem found in one pass. Who reports follows the month's vintage: districts before
 * 2025-07, communes from then on. Text is kept as plain text: trimmed, NFC, never HTML.
 */
import { formatDate } from '../text/format';
import type { UnitReport } from '../data/schema/campaign';
import type { Header, Role } from '../spreadsheet/header';
import { parseDate } from '../spreadsheet/title';
import { cellText, columnLetter, isBlank, type CellValue, type Sheet } from '../spreadsheet/types';
import { say } from '../text/messages';
import { NAMES, REPORTS } from './messages/names';
import { futureMonthProblems, monthSource, type MonthSource } from './month';
import { headerTexts, locator, type Problem } from './problems';
import { resolveCommune, resolveDistrict, type Resolved } from './resolve';
import { codeText } from './rows';
import type { VintageContext, VintageIndex } from './vintages';

export interface ImportedReport {
  report: UnitReport;
  row: number;
}

export interface ReportsSheetOptions {
  index: VintageIndex;
  optionMonth?: string | undefined;
  currentMonth: string;
  /** Today by the injected clock, `YYYY-MM-DD`. */
  today: string;
  sheetLabel?: string | undefined;
}

export interface ReportsSheetResult {
  months: Map<string, ImportedReport[]>;
  problems: Problem[];
  warnings: Problem[];
  stats: { rowsRead: number; matched: number; unmatched: number };
  monthFrom: string;
}

/** Plain text of a report cell: NFC, Windows line ends made "\n", control characters removed, trimmed. */
export function plainText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/gu, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim()
  );
}

const REQUIRED: ReadonlyArray<[Role, string]> = [
  ['reportedOn', '"Ngày báo cáo"'],
  ['solutions', '"Giải pháp"'],
  ['difficulties', '"Khó khăn, vướng mắc"'],
];

/** Everything one pass over a reports sheet carries from row to row. */
interface ReportState {
  header: Header;
  options: ReportsSheetOptions;
  at: ReturnType<typeof locator>;
  month: MonthSource;
  months: Map<string, ImportedReport[]>;
  problems: Problem[];
  warnings: Problem[];
  stats: ReportsSheetResult['stats'];
  firstRowOfMonth: Map<string, { row: number; column?: string | undefined }>;
  rowOfUnit: Map<string, number>;
}

/** The column of district names or codes (before 2025-07; a plain "Đơn vị" column counts too). */
const districtColumn = (h: Header): number | undefined =>
  h.columns.district ?? h.columns.districtCode ?? h.columns.commune;
/** The column of commune names or codes (from 2025-07). */
const communeColumn = (h: Header): number | undefined => h.columns.commune ?? h.columns.code;

export function readReportsSheet(sheet: Sheet, header: Header, options: ReportsSheetOptions): ReportsSheetResult {
  const at = locator(options.sheetLabel);
  const { voice } = options.index;
  const state: ReportState = {
    header,
    options,
    at,
    month: monthSource(sheet, header, options.optionMonth, options.sheetLabel, voice),
    months: new Map(),
    problems: [],
    warnings: [],
    stats: { rowsRead: 0, matched: 0, unmatched: 0 },
    firstRowOfMonth: new Map(),
    rowOfUnit: new Map(),
  };
  const missing = REQUIRED.filter(([role]) => header.columns[role] === undefined).map(([, name]) => name);
  if (districtColumn(header) === undefined) missing.unshift(say(voice, REPORTS.unitColumn));
  if (missing.length > 0) {
    const cells = headerTexts(sheet, header.index).join(', ');
    state.problems.push({ ...at(header.row), ...say(voice, REPORTS.headerMissing, cells, missing, voice.controls) });
  }
  state.problems.push(...state.month.problems);
  const done = (): ReportsSheetResult => ({
    months: state.months,
    problems: state.problems,
    warnings: state.warnings,
    stats: state.stats,
    monthFrom: state.month.describe,
  });
  if (missing.length > 0) return done();

  for (const { row, cells } of sheet.rows.slice(header.index + 1)) readReportRow(state, row, cells);
  if (state.stats.rowsRead === 0) {
    state.problems.push({ ...at(header.row), ...say(voice, REPORTS.none) });
  }
  state.problems.push(...futureMonthProblems(state.firstRowOfMonth, options.currentMonth, options.sheetLabel, voice));
  return done();
}

function readReportRow(state: ReportState, row: number, cells: readonly CellValue[]): void {
  const cols = state.header.columns;
  const get = (role: Role): CellValue | undefined => {
    const c = cols[role];
    return c === undefined ? undefined : cells[c];
  };
  const unitCells = [districtColumn(state.header), communeColumn(state.header)].map((c) =>
    c === undefined ? null : (cells[c] ?? null),
  );
  const used = [...unitCells, get('reportedOn'), get('solutions'), get('difficulties')];
  if (used.every((c) => isBlank(c ?? null))) return;
  state.stats.rowsRead += 1;

  const month = reportMonth(state, row, cells);
  // A month after the current one is refused as a whole (futureMonthProblems): no need to match.
  const current = month !== undefined && month <= state.options.currentMonth;
  const context = current ? state.options.index.forMonth(month) : undefined;
  const unit = month && context ? reportingUnit({ state, row, cells, month, context }) : undefined;
  if (unit) state.stats.matched += 1;
  else state.stats.unmatched += 1;
  const reportedOn = reportDate(state, row, get('reportedOn'), month);
  if (!unit || !month || !reportedOn) return;
  storeReport(
    state,
    row,
    month,
    {
      unit: unit.code,
      reportedOn,
      solutions: plainText(get('solutions')),
      difficulties: plainText(get('difficulties')),
    },
    unit.name,
  );
}

function reportMonth(state: ReportState, row: number, cells: readonly CellValue[]): string | undefined {
  const m = state.month.forRow(cells, row);
  if ('problem' in m) state.problems.push(m.problem);
  if (!('month' in m)) return undefined;
  if (!state.firstRowOfMonth.has(m.month)) {
    const column = state.header.columns.month;
    state.firstRowOfMonth.set(
      m.month,
      column !== undefined ? { row, column: columnLetter(column) } : { row: state.month.title?.row ?? row },
    );
  }
  return m.month;
}

function collect<T>(state: ReportState, resolved: Resolved<T>): T | undefined {
  state.problems.push(...resolved.problems);
  state.warnings.push(...resolved.warnings);
  return resolved.value;
}

/** One row of the reports sheet, read for a month of a known vintage. */
interface ReportRow {
  state: ReportState;
  row: number;
  cells: readonly CellValue[];
  month: string;
  context: VintageContext;
}

/** The unit that reports for a row's month: a district before 2025-07, a commune from then on. */
function reportingUnit(r: ReportRow): { code: string; name: string } | undefined {
  return r.context.vintage.reportingUnit === 'district' ? reportingDistrict(r) : reportingCommune(r);
}

function reportingDistrict({ state, row, cells, context }: ReportRow): { code: string; name: string } | undefined {
  const column = districtColumn(state.header) ?? 0;
  const cell = cells[column] ?? null;
  const { voice } = state.options.index;
  if (isBlank(cell)) {
    state.problems.push({ ...state.at(row, column), ...say(voice, REPORTS.noDistrict) });
    return undefined;
  }
  const resolved = resolveDistrict(cellText(cell), context.matcher, (c) => state.at(row, c), column, voice);
  // The district resolver's wording for a report sheet: an ambiguous district is unknown here too.
  const unknown = say(voice, NAMES.districtUnknown, cellText(cell), []).problem;
  const code = collect(state, { ...resolved, problems: resolved.problems.map((p) => ({ ...p, problem: unknown })) });
  const district = code ? context.matcher.districtsByCode.get(code) : undefined;
  return district ? { code: district.code, name: district.name } : undefined;
}

function reportingCommune({
  state,
  row,
  cells,
  month,
  context,
}: ReportRow): { code: string; name: string } | undefined {
  const cols = state.header.columns;
  const column = communeColumn(state.header);
  const { voice } = state.options.index;
  if (column === undefined) {
    state.problems.push({
      ...state.at(row, districtColumn(state.header)),
      ...say(voice, REPORTS.perCommune, formatDate(context.vintage.validFrom), month),
    });
    return undefined;
  }
  const nameCell = cols.commune === undefined ? null : (cells[cols.commune] ?? null);
  const codeCell = cols.code === undefined ? null : (cells[cols.code] ?? null);
  if (isBlank(nameCell) && isBlank(codeCell)) {
    state.problems.push({ ...state.at(row, column), ...say(voice, REPORTS.noCommune) });
    return undefined;
  }
  return collect(
    state,
    resolveCommune({
      place: (c) => state.at(row, c),
      month,
      context,
      index: state.options.index,
      name: cellText(nameCell),
      codeText: cellText(codeCell),
      code: codeText(codeCell),
      columns: { commune: cols.commune, code: cols.code },
    }),
  );
}

/** The report date: required, a real date, not in the future; a warning before its month. */
function reportDate(
  state: ReportState,
  row: number,
  cell: CellValue | undefined,
  month: string | undefined,
): string | undefined {
  const place = state.at(row, state.header.columns.reportedOn);
  const reportedOn = parseDate(cell ?? null);
  const { today, index } = state.options;
  const { voice } = index;
  if (isBlank(cell ?? null)) {
    state.problems.push({ ...place, ...say(voice, REPORTS.noDate) });
  } else if (!reportedOn) {
    state.problems.push({ ...place, ...say(voice, REPORTS.dateInvalid, cellText(cell ?? null)) });
  } else if (reportedOn > today) {
    state.problems.push({ ...place, ...say(voice, REPORTS.dateFuture, reportedOn, today) });
    return undefined;
  } else if (month && reportedOn < `${month}-01`) {
    state.warnings.push({ ...place, ...say(voice, REPORTS.dateEarly, reportedOn, month) });
  }
  return reportedOn;
}

/** Stores a report under its month; one report per unit and month. */
function storeReport(state: ReportState, row: number, month: string, report: UnitReport, name: string): void {
  const key = `${month} ${report.unit}`;
  const firstRow = state.rowOfUnit.get(key);
  if (firstRow !== undefined) {
    const cols = state.header.columns;
    state.problems.push({
      ...state.at(row, districtColumn(state.header) ?? cols.code),
      ...say(state.options.index.voice, REPORTS.twice, name, month, firstRow, row),
    });
    return;
  }
  state.rowOfUnit.set(key, row);
  state.months.set(month, [...(state.months.get(month) ?? []), { row, report }]);
}
