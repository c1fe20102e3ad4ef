/**
 * A sheet of sample counts → counts per month and commune, with every problem of the sheet found
 * in one pass (nothing stops at the first error). Each row is classified (rows.ts), and a data
 * row is resolved in the vintage of its month (resolve.ts). Pure: the sheet, the unit lists and
 * the options go in; months, problems and warnings come out.
 */
import type { Unit } from '../data/schema/units';
import type { Header, Role, SpeedRole } from '../spreadsheet/header';
import { cellText, columnLetter, isBlank, type CellValue, type Sheet } from '../spreadsheet/types';
import { parseCount } from './count';
import { say } from '../text/messages';
import { type Voice } from './messages/voice';
import { COUNTS } from './messages/sheet';
import { futureMonthProblems, monthSource, type MonthSource } from './month';
import { headerTexts, locator, type Problem } from './problems';
import { resolveCommune, resolveDistrict, type Place, type Resolved } from './resolve';
import { classifyRow, codeText, type RowView } from './rows';
import { rowSpeeds, speedColumns } from './speeds';
import { unitLabel, type VintageContext, type VintageIndex } from './vintages';
import type { UnitSpeeds } from '../data/schema/campaign';

export type SeriesKey = 'mobile' | 'fixed';

export interface ImportedMonth {
  month: string;
  /** The boundary vintage of the month, whose codes the counts are keyed on. */
  vintage: string;
  /** Counts by series, by commune code. A commune without a count is absent (no data). */
  counts: { mobile: Map<string, number>; fixed?: Map<string, number> };
  /**
   * Median speeds of the mobile series by commune code, when the sheet has speed columns; a
   * commune whose speed cells are all blank is absent (not measured).
   */
  speeds?: Map<string, UnitSpeeds>;
  /** Data rows read for this month (title, header, group and total rows excluded). */
  rowsRead: number;
  /** Row of each commune, for messages. */
  rowOf: Map<string, number>;
}

export interface CountsSheetOptions {
  /** The unit list of every vintage; each row is matched in its month's. */
  index: VintageIndex;
  /** --month, already checked to be YYYY-MM. */
  optionMonth?: string | undefined;
  /** The current month by the injected clock. */
  currentMonth: string;
  /** Store a blank count as "no data" instead of failing. */
  blankIsNoData: boolean;
  /** Name of the sheet in messages (only for a sheet other than a workbook's first). */
  sheetLabel?: string | undefined;
}

export interface CountsSheetResult {
  months: Map<string, ImportedMonth>;
  problems: Problem[];
  warnings: Problem[];
  stats: { rowsRead: number; matched: number; unmatched: number; totalRows: number; blankCounts: number };
  /** How the month was found, for the progress line. */
  monthFrom: string;
}

const SERIES_ROLE: Record<SeriesKey, Role> = { mobile: 'count', fixed: 'fixedCount' };

type Sums = Record<SeriesKey, number>;
const zero = (): Sums => ({ mobile: 0, fixed: 0 });

/** A district group row ("Huyện An Biên" with its subtotal) and the sums of the rows under it. */
interface Group {
  district: string;
  name: string;
  row: number;
  totals: Partial<Record<SeriesKey, number>>;
  sums: Sums;
}

/** Everything one pass over a counts sheet carries from row to row. */
interface SheetState {
  header: Header;
  options: CountsSheetOptions;
  series: SeriesKey[];
  /** The speed columns read (those whose header names an accepted unit, or none). */
  speedRoles: SpeedRole[];
  at: ReturnType<typeof locator>;
  month: MonthSource;
  months: Map<string, ImportedMonth>;
  problems: Problem[];
  warnings: Problem[];
  stats: CountsSheetResult['stats'];
  firstRowOfMonth: Map<string, { row?: number | undefined; column?: string | undefined }>;
  /** Sums since the last total row, to check the total against. */
  sums: Sums;
  group: Group | undefined;
  /** The district of the last row that wrote one (a merged cell covers the rows below it). */
  lastDistrict: string | undefined;
  afterTotal: boolean;
  /** Months whose rows follow another vintage's list: refused once, their rows not matched one by one. */
  otherList: Set<string>;
  /** The row of each month and unit as written (a second row written alike is a repeated copy). */
  written: Map<string, string>;
}

/** Problems of the header row: the count and commune columns must exist, each role once. */
function headerProblems(sheet: Sheet, header: Header, at: SheetState['at'], voice: Voice): Problem[] {
  const problems: Problem[] = [];
  const cols = header.columns;
  const headerCells = headerTexts(sheet, header.index).join(', ');
  if (cols.count === undefined) {
    problems.push({ ...at(header.row), ...say(voice, COUNTS.noCountColumn, headerCells) });
  }
  if (cols.commune === undefined && cols.code === undefined) {
    problems.push({ ...at(header.row), ...say(voice, COUNTS.noCommuneColumn, headerCells) });
  }
  for (const { role, columns } of header.repeated) {
    if (role === 'stt') continue;
    problems.push({
      ...at(header.row, columns[1]),
      ...say(voice, COUNTS.repeatedColumn, header.labels[role] ?? role, columns.map(columnLetter)),
    });
  }
  return problems;
}

/** Reads the data rows of a counts sheet whose header row has been found. */
export function readCountsSheet(sheet: Sheet, header: Header, options: CountsSheetOptions): CountsSheetResult {
  const cols = header.columns;
  const at = locator(options.sheetLabel);
  const { voice } = options.index;
  const speeds = speedColumns(header, at, voice);
  const state: SheetState = {
    header,
    options,
    series: (Object.keys(SERIES_ROLE) as SeriesKey[]).filter((s) => cols[SERIES_ROLE[s]] !== undefined),
    speedRoles: speeds.roles,
    at,
    month: monthSource(sheet, header, options.optionMonth, options.sheetLabel, voice),
    months: new Map(),
    problems: [...headerProblems(sheet, header, at, voice), ...speeds.problems],
    warnings: [],
    stats: { rowsRead: 0, matched: 0, unmatched: 0, totalRows: 0, blankCounts: 0 },
    firstRowOfMonth: new Map(),
    sums: zero(),
    group: undefined,
    lastDistrict: undefined,
    afterTotal: false,
    otherList: new Set(),
    written: new Map(),
  };
  state.problems.push(...state.month.problems);
  const done = (): CountsSheetResult => ({
    months: state.months,
    problems: state.problems,
    warnings: state.warnings,
    stats: state.stats,
    monthFrom: state.month.describe,
  });
  if (cols.count === undefined || (cols.commune === undefined && cols.code === undefined)) return done();

  diagnoseLists(state, sheet);
  for (const { row, cells } of sheet.rows.slice(header.index + 1)) readRow(state, row, cells);
  closeGroup(state);
  if (state.stats.rowsRead === 0) {
    state.problems.push({ ...at(header.row), ...say(voice, COUNTS.noDataRows) });
  }
  state.problems.push(...futureMonthProblems(state.firstRowOfMonth, options.currentMonth, options.sheetLabel, voice));
  return done();
}

/** The cells of a row that decide its kind. */
function viewOf(state: SheetState, cells: readonly CellValue[]): RowView {
  const cols = state.header.columns;
  const cell = (column: number | undefined): CellValue | undefined =>
    column === undefined ? undefined : cells[column];
  return {
    cells,
    name: cellText(cell(cols.commune) ?? null),
    code: codeText(cell(cols.code) ?? null),
    counts: state.series.map((s) => cell(cols[SERIES_ROLE[s]])),
  };
}

const LABEL_ROLES: readonly Role[] = ['stt', 'code', 'commune', 'district'];

function labelColumns(state: SheetState): number[] {
  return [...LABEL_ROLES.map((r) => state.header.columns[r]), 0].filter((c): c is number => c !== undefined);
}

/**
 * The whole file first: the data rows of each month, checked against every vintage's list. A
 * month whose rows follow another list (an export on the 143 old communes for 2025-09) gets one
 * problem saying so, instead of one per row.
 */
function diagnoseLists(state: SheetState, sheet: Sheet): void {
  const byMonth = new Map<string, Array<{ name: string; code: string | undefined }>>();
  let afterTotal = false;
  for (const { row, cells } of sheet.rows.slice(state.header.index + 1)) {
    const view = viewOf(state, cells);
    const kind = classifyRow(view, labelColumns(state), afterTotal, state.options.index).kind;
    if (kind === 'total') afterTotal = true;
    const month = kind === 'data' ? state.month.forRow(cells, row) : undefined;
    if (!month || !('month' in month)) continue;
    byMonth.set(month.month, [...(byMonth.get(month.month) ?? []), { name: view.name, code: view.code }]);
  }
  for (const [month, rows] of byMonth) {
    if (month > state.options.currentMonth) continue;
    const found = state.options.index.otherList(month, rows);
    if (!found) continue;
    state.otherList.add(month);
    state.problems.push({ sheet: state.options.sheetLabel, ...found });
  }
}

function readRow(state: SheetState, row: number, cells: readonly CellValue[]): void {
  const view = viewOf(state, cells);
  const kind = classifyRow(view, labelColumns(state), state.afterTotal, state.options.index);
  if (kind.kind === 'total') readTotalRow(state, row, view);
  else if (kind.kind === 'group') openGroup(state, row, view, kind.district);
  else if (kind.kind === 'data') readDataRow(state, row, view);
}

/** A total row: checked against the rows since the previous total, then skipped. */
function readTotalRow(state: SheetState, row: number, view: RowView): void {
  closeGroup(state);
  state.stats.totalRows += 1;
  state.afterTotal = true;
  const { voice } = state.options.index;
  state.series.forEach((s, k) => {
    const parsed = parseCount(view.counts[k] ?? null, voice);
    const place = state.at(row, state.header.columns[SERIES_ROLE[s]]);
    if (parsed.ok && parsed.value !== state.sums[s]) {
      state.warnings.push({ ...place, ...say(voice, COUNTS.totalMismatch, parsed.value, state.sums[s]) });
    } else if (!parsed.ok && !parsed.blank) {
      state.warnings.push({ ...place, ...say(voice, COUNTS.totalUnreadable, parsed.problem) });
    }
  });
  state.sums = zero();
}

function openGroup(state: SheetState, row: number, view: RowView, district: { code: string; name: string }): void {
  closeGroup(state);
  const totals: Partial<Record<SeriesKey, number>> = {};
  state.series.forEach((s, k) => {
    const parsed = parseCount(view.counts[k] ?? null, state.options.index.voice);
    if (parsed.ok) totals[s] = parsed.value;
  });
  state.group = { district: district.code, name: district.name, row, totals, sums: zero() };
}

/** Ends a district group, warning when its subtotal is not the sum of its rows. */
function closeGroup(state: SheetState): void {
  const { group } = state;
  if (!group) return;
  for (const s of state.series) {
    const stated = group.totals[s];
    if (stated !== undefined && stated !== group.sums[s]) {
      state.warnings.push({
        ...state.at(group.row, state.header.columns[SERIES_ROLE[s]]),
        ...say(state.options.index.voice, COUNTS.subtotalMismatch, group.name, stated, group.sums[s]),
      });
    }
  }
  state.group = undefined;
}

/** The month of a data row, remembering the first row naming each month (for "future month"). */
function rowMonth(state: SheetState, row: number, cells: readonly CellValue[]): string | undefined {
  const m = state.month.forRow(cells, row);
  if ('problem' in m) state.problems.push(m.problem);
  if (!('month' in m)) return undefined;
  if (!state.firstRowOfMonth.has(m.month)) {
    const column = state.header.columns.month;
    const title = state.month.title;
    state.firstRowOfMonth.set(
      m.month,
      column !== undefined ? { row, column: columnLetter(column) } : { row: title?.row, column: title?.column },
    );
  }
  return m.month;
}

function readDataRow(state: SheetState, row: number, view: RowView): void {
  state.stats.rowsRead += 1;
  const month = rowMonth(state, row, view.cells);
  if (month && state.otherList.has(month)) {
    state.stats.unmatched += 1;
    return;
  }
  const context = month ? monthContext(state, row, month) : undefined;
  const unit = month && context ? rowUnit(state, row, view, month, context) : undefined;
  if (unit) state.stats.matched += 1;
  else if (context) state.stats.unmatched += 1;
  const values = readCounts(state, row, view, unit);
  const speeds = rowSpeeds(
    state.speedRoles,
    state.header,
    view.cells,
    (c) => state.at(row, c),
    state.options.index.voice,
  );
  state.problems.push(...speeds.problems);
  if (unit && month && context) {
    // What the row says, without its running number: a copy pasted twice reads the same.
    const written = [view.name, view.code ?? '', ...view.counts.map((c) => cellText(c ?? null))].join('\u0000');
    storeRow(state, row, { month, vintage: context.vintage.id, unit, values, speeds: speeds.speeds, written });
  }
}

/**
 * The vintage of a row's month; a problem when the month is after the last vintage ended. None for
 * a month after the current one: it is refused as a whole, its rows are not worth matching.
 */
function monthContext(state: SheetState, row: number, month: string): VintageContext | undefined {
  if (month > state.options.currentMonth) return undefined;
  const context = state.options.index.forMonth(month);
  if (!context) {
    state.problems.push({
      ...state.at(row, state.header.columns.month),
      ...say(state.options.index.voice, COUNTS.noVintage, month, state.options.index.voice.controls),
    });
  }
  return context;
}

function collect<T>(state: SheetState, resolved: Resolved<T>): T | undefined {
  state.problems.push(...resolved.problems);
  state.warnings.push(...resolved.warnings);
  return resolved.value;
}

/** The commune of a data row, in its month's vintage. */
function rowUnit(
  state: SheetState,
  row: number,
  view: RowView,
  month: string,
  context: VintageContext,
): Unit | undefined {
  const cols = state.header.columns;
  const place: Place = (column) => state.at(row, column);
  const district = context.matcher.hasDistricts ? rowDistrict(state, row, view, context) : { ok: true };
  if (!district.ok) return undefined;
  return collect(
    state,
    resolveCommune({
      place,
      month,
      context,
      index: state.options.index,
      name: view.name,
      codeText: cellText(cols.code === undefined ? null : (view.cells[cols.code] ?? null)),
      code: view.code,
      districtCode: district.code,
      columns: { commune: cols.commune, code: cols.code, district: cols.district ?? cols.districtCode },
    }),
  );
}

/**
 * The district of a row (vintages with districts only): its own cell, the cell above it (merged
 * cells), or its group row. Not ok when its own cell names no district.
 */
function rowDistrict(
  state: SheetState,
  row: number,
  view: RowView,
  context: VintageContext,
): { ok: boolean; code?: string | undefined } {
  const cols = state.header.columns;
  const column = cols.district ?? cols.districtCode;
  const cell = column === undefined ? undefined : view.cells[column];
  if (column !== undefined && !isBlank(cell ?? null)) {
    const code = collect(
      state,
      resolveDistrict(
        cellText(cell ?? null),
        context.matcher,
        (c) => state.at(row, c),
        column,
        state.options.index.voice,
      ),
    );
    if (code) state.lastDistrict = code;
    return { ok: code !== undefined, code };
  }
  if (column !== undefined && state.lastDistrict) return { ok: true, code: state.lastDistrict };
  return { ok: true, code: state.group?.district };
}

/** The counts of a data row, added to the running sums; problems for blank or bad cells. */
function readCounts(
  state: SheetState,
  row: number,
  view: RowView,
  unit: Unit | undefined,
): Partial<Record<SeriesKey, number>> {
  const values: Partial<Record<SeriesKey, number>> = {};
  const { voice } = state.options.index;
  state.series.forEach((s, k) => {
    const column = state.header.columns[SERIES_ROLE[s]];
    const parsed = parseCount(view.counts[k] ?? null, voice);
    if (parsed.ok) {
      values[s] = parsed.value;
      state.sums[s] += parsed.value;
      if (state.group) state.group.sums[s] += parsed.value;
    } else if (parsed.blank) {
      state.stats.blankCounts += 1;
      if (state.options.blankIsNoData) return;
      const what = unit ? unitLabel(unit) : `"${view.name || (view.code ?? '')}"`;
      state.problems.push({ ...state.at(row, column), ...say(voice, COUNTS.blank, what, voice.controls) });
    } else {
      state.problems.push({ ...state.at(row, column), problem: parsed.problem, todo: parsed.todo });
    }
  });
  return values;
}

/** Stores a matched row under its month; a commune twice in one month is a problem. */
function storeRow(
  state: SheetState,
  row: number,
  data: {
    month: string;
    vintage: string;
    unit: Unit;
    values: Partial<Record<SeriesKey, number>>;
    speeds: UnitSpeeds | undefined;
    /** The row's cells as written, to tell a repeated copy from two different rows. */
    written: string;
  },
): void {
  const { month, unit } = data;
  let entry = state.months.get(month);
  if (!entry) {
    entry = { month, vintage: data.vintage, counts: { mobile: new Map() }, rowsRead: 0, rowOf: new Map() };
    if (state.series.includes('fixed')) entry.counts.fixed = new Map();
    if (state.speedRoles.length > 0) entry.speeds = new Map();
    state.months.set(month, entry);
  }
  entry.rowsRead += 1;
  const firstRow = entry.rowOf.get(unit.code);
  if (firstRow !== undefined) {
    const cols = state.header.columns;
    const rows: 'copy' | 'merged' | 'other' =
      state.written.get(`${month}|${unit.code}`) === data.written
        ? 'copy'
        : (unit.formedFrom?.length ?? 0) > 1
          ? 'merged'
          : 'other';
    state.problems.push({
      ...state.at(row, cols.commune ?? cols.code),
      ...say(state.options.index.voice, COUNTS.duplicate, unitLabel(unit), month, firstRow, row, rows),
    });
    return;
  }
  entry.rowOf.set(unit.code, row);
  state.written.set(`${month}|${unit.code}`, data.written);
  for (const s of state.series) {
    const v = data.values[s];
    if (v !== undefined) entry.counts[s]?.set(unit.code, v);
  }
  if (data.speeds) entry.speeds?.set(unit.code, data.speeds);
}
