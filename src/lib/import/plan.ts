/**
 * The whole import, without touching the disk: file bytes, the area and its unit lists (one per
 * boundary vintage), data file content, options and the clock go in; every problem, warning, progress line, the summary and the next data file content
 * come out. Nothing is written by this module; `run.ts` writes only when there is no problem.
 */
import type { Reference } from '../data/cross-check';
import { campaignDigest, sha256HexOfBytes } from '../data/digest';
import { MonthKeySchema, IsoDateSchema } from '../data/schema/keys';
import { type Campaign, type CampaignInput } from '../data/schema/campaign';
import { findHeader, headerKey, type Header } from '../spreadsheet/header';
import { readWorkbook } from '../spreadsheet/read';
import { exampleMarker } from '../spreadsheet/title';
import { SpreadsheetError, cellText, columnLetter, type Sheet } from '../spreadsheet/types';
import { applyImport, repeatedMonthWarnings, type Changes } from './apply';
import { readCountsSheet, type ImportedMonth } from './counts-sheet';
import { say, type Lang } from '../text/messages';
import { voiceOf, type Controls, type Voice } from './messages/voice';
import { OPTIONS, SHEETS } from './messages/sheet';
import { asOfWarnings, currentMonthAt, todayAt } from './month';
import type { Problem } from './problems';
import { readReportsSheet, type ImportedReport } from './reports-sheet';
import { VintageIndex } from './vintages';
import { elsewhereProblem } from './elsewhere';

export const DEFAULT_SOURCE = 'VNNIC – hệ thống đo i-Speed, số liệu cấp xã do Sở nhận từ cổng dữ liệu VNNIC';

export interface ImportOptions {
  /** The file to import, as the user wrote it. */
  file: string;
  month?: string | undefined;
  sheet?: string | undefined;
  replace: boolean;
  dryRun: boolean;
  /** The data file, as the user wrote it (default data/campaign.json). */
  data: string;
  blankIsNoData: boolean;
  asOf?: string | undefined;
  source?: string | undefined;
  /** The language of the messages (the command line: Vietnamese unless --lang en). */
  lang: Lang;
  /** How messages name the options: the command line's flags, or the staff page's controls. */
  controls: Controls;
}

export interface PlanInput {
  options: ImportOptions;
  fileBytes: Uint8Array;
  /** area.json and every vintage's units.json, already validated (load.ts). */
  reference: Reference;
  /** The data file's JSON value, or `undefined` when it does not exist. */
  campaign: unknown;
  now: Date;
}

export interface Stats {
  rowsRead: number;
  matched: number;
  unmatched: number;
  totalRows: number;
  reportRows: number;
}

export interface Plan {
  problems: Problem[];
  warnings: Problem[];
  progress: string[];
  stats: Stats;
  changes: Changes;
  reference?: Reference | undefined;
  /** Next data file content; present only when there is no problem. */
  text?: string | undefined;
  campaign?: Campaign | undefined;
}

const REPORT_SHEET = /^(bao cao|reports?)( |$)/u;

/** Whether a worksheet's name says it holds district reports ("Báo cáo", "Bao cao", "Reports"). */
export function isReportSheetName(name: string): boolean {
  return REPORT_SHEET.test(headerKey(name));
}

function describeHeader(sheet: Sheet, header: Header): string {
  const cells = sheet.rows[header.index]?.cells ?? [];
  return cells
    .map((c, i) => (cellText(c) ? `${columnLetter(i)} ${cellText(c)}` : ''))
    .filter((t) => t !== '')
    .join(', ');
}

/** A progress line as a sentence: its first letter in capitals ("dòng tiêu đề…" → "Dòng tiêu đề…"). */
const sentence = (line: string): string => line.charAt(0).toUpperCase() + line.slice(1);

/** What the steps of one plan share: findings so far, and what was read from the sheets. */
interface PlanState {
  input: PlanInput;
  voice: Voice;
  index: VintageIndex;
  today: string;
  currentMonth: string;
  problems: Problem[];
  warnings: Problem[];
  progress: string[];
  stats: Stats;
  counts: Map<string, ImportedMonth>;
  reports: Map<string, ImportedReport[]>;
  reportsSheet?: string | undefined;
  countSheets: number;
}

/** Problems of the options themselves (checked before the file is read). */
function optionProblems(options: ImportOptions, today: string): Problem[] {
  const voice = voiceOf(options);
  const c = voice.controls;
  const problems: Problem[] = [];
  if (options.month !== undefined && !MonthKeySchema.safeParse(options.month).success) {
    problems.push(say(voice, OPTIONS.monthInvalid, options.month, c));
  }
  if (options.asOf !== undefined && !IsoDateSchema.safeParse(options.asOf).success) {
    problems.push(say(voice, OPTIONS.asOfInvalid, options.asOf, c));
  } else if (options.asOf !== undefined && options.asOf > today) {
    problems.push(say(voice, OPTIONS.asOfFuture, options.asOf, today, c));
  }
  if (options.source !== undefined && options.source.trim() === '') {
    problems.push(say(voice, OPTIONS.sourceEmpty, c));
  }
  return problems;
}

/** The workbook's sheets, or undefined when the file cannot be read as a spreadsheet (a problem). */
async function readSheets(state: PlanState): Promise<{ sheets: Sheet[]; format: 'csv' | 'xlsx' } | undefined> {
  const { options } = state.input;
  try {
    const workbook = await readWorkbook(state.input.fileBytes, options.file);
    state.progress.push(say(state.voice, SHEETS.reading, options.file, workbook.description[state.voice.lang]));
    return { sheets: workbook.sheets, format: workbook.format };
  } catch (e) {
    if (!(e instanceof SpreadsheetError)) throw e;
    state.problems.push(e.texts[state.voice.lang]);
    return undefined;
  }
}

/** Which sheets to read: --sheet, or the first sheet plus any sheet named like "Báo cáo". */
function chooseSheets(state: PlanState, sheets: Sheet[], format: 'csv' | 'xlsx'): Sheet[] {
  const { sheet: name } = state.input.options;
  const { voice } = state;
  if (name === undefined) {
    const chosen = sheets.filter((s, i) => i === 0 || isReportSheetName(s.name));
    const skipped = sheets.filter((s) => !chosen.includes(s)).map((s) => `"${s.name}"`);
    if (skipped.length > 0) state.progress.push(say(voice, SHEETS.notRead, skipped.join(', '), voice.controls));
    return chosen;
  }
  if (format === 'csv') {
    state.warnings.push(say(voice, SHEETS.ignoredForCsv, voice.controls));
    return sheets;
  }
  const wanted = headerKey(name);
  const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => headerKey(s.name) === wanted);
  if (found) return [found];
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  state.problems.push(say(voice, SHEETS.noSuchSheet, name, names, voice.controls));
  return [];
}

/** A sheet whose title says it is an example: refused, or only a warning in a dry run. */
function checkExample(state: PlanState, sheet: Sheet, header: Header, sheetLabel: string | undefined): void {
  const example = exampleMarker(sheet.rows.slice(0, header.index));
  if (!example) return;
  const { dryRun } = state.input.options;
  (dryRun ? state.warnings : state.problems).push({
    row: example.row,
    column: example.column,
    sheet: sheetLabel,
    ...say(state.voice, SHEETS.example, dryRun, state.voice.controls),
  });
}

/** Reads one chosen sheet: its header, then its counts or its reports. */
function readSheet(state: PlanState, sheet: Sheet, first: boolean, format: 'csv' | 'xlsx'): void {
  const sheetLabel = format === 'xlsx' && !first ? sheet.name : undefined;
  const { voice } = state;
  const where = format === 'xlsx' ? say(voice, SHEETS.prefix, sheet.name) : '';
  const header = findHeader(sheet.rows);
  if (!header) {
    state.problems.push({ sheet: sheetLabel, ...say(voice, SHEETS.noHeader, voice.controls) });
    return;
  }
  checkExample(state, sheet, header, sheetLabel);
  state.progress.push(sentence(say(voice, SHEETS.headerFound, where, header.row, describeHeader(sheet, header))));
  if (header.ignored.length > 0) {
    const ignored = header.ignored.map((c) => `${columnLetter(c.column)} ("${c.text}")`);
    state.progress.push(sentence(say(voice, SHEETS.columnsNotUsed, where, ignored.join(', '))));
  }
  if (header.kind === 'reports') readReports(state, sheet, header, sheetLabel, where);
  else if (isReportSheetName(sheet.name) && !first) {
    state.problems.push({ sheet: sheetLabel, row: header.row, ...say(voice, SHEETS.reportSheetHasCounts) });
  } else readCounts(state, sheet, header, sheetLabel, where);
}

function readCounts(state: PlanState, sheet: Sheet, header: Header, sheetLabel: string | undefined, where: string) {
  const { options } = state.input;
  state.countSheets += 1;
  // Another province's file, or the national one: one problem, not one per row.
  const elsewhere = elsewhereProblem(sheet, header, state.input.reference, state.voice);
  if (elsewhere) {
    state.problems.push({ ...elsewhere, sheet: sheetLabel });
    return;
  }
  const result = readCountsSheet(sheet, header, {
    index: state.index,
    optionMonth: options.month,
    currentMonth: state.currentMonth,
    blankIsNoData: options.blankIsNoData,
    sheetLabel,
  });
  state.problems.push(...result.problems);
  state.warnings.push(...result.warnings);
  state.counts = result.months;
  const { stats } = result;
  state.stats.rowsRead += stats.rowsRead;
  state.stats.matched += stats.matched;
  state.stats.unmatched += stats.unmatched;
  state.stats.totalRows += stats.totalRows;
  state.progress.push(sentence(`${where}${result.monthFrom}`));
  const blanks = options.blankIsNoData ? stats.blankCounts : 0;
  state.progress.push(
    say(state.voice, SHEETS.countRows, where, stats.rowsRead, stats.matched, stats.unmatched, stats.totalRows, blanks),
  );
}

function readReports(state: PlanState, sheet: Sheet, header: Header, sheetLabel: string | undefined, where: string) {
  state.reportsSheet = sheetLabel;
  const result = readReportsSheet(sheet, header, {
    index: state.index,
    optionMonth: state.input.options.month,
    currentMonth: state.currentMonth,
    today: state.today,
    sheetLabel,
  });
  state.problems.push(...result.problems);
  state.warnings.push(...result.warnings);
  state.reports = result.months;
  state.stats.reportRows += result.stats.rowsRead;
  state.progress.push(sentence(`${where}${result.monthFrom}`));
  const { rowsRead, matched, unmatched } = result.stats;
  state.progress.push(say(state.voice, SHEETS.reportRows, where, rowsRead, matched, unmatched));
}

/** The last part of a path, as Node's `basename` gives it on POSIX (the CLI's provenance.file). */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/u, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Applies what was read to the data file (checked even when the sheet has problems, so one run lists them all). */
async function applyToData(state: PlanState, basedOn: string | undefined): Promise<Plan> {
  const { input, currentMonth } = state;
  const { options, reference } = input;
  state.progress.push(say(state.voice, SHEETS.checkingAgainst, options.data, input.campaign === undefined));
  // Future months are already refused by the sheet readers.
  const applied = applyImport({
    campaign: input.campaign,
    dataLabel: options.data,
    reference,
    counts: new Map([...state.counts].filter(([m]) => m <= currentMonth)),
    reports: new Map([...state.reports].filter(([m]) => m <= currentMonth)),
    replace: options.replace,
    asOf: options.asOf ?? state.today,
    source: options.source?.trim().normalize('NFC') || DEFAULT_SOURCE,
    provenance: {
      file: baseName(options.file),
      sha256: await sha256HexOfBytes(input.fileBytes),
      importedAt: input.now.toISOString(),
    },
    reportsSheet: state.reportsSheet,
    voice: state.voice,
    basedOn,
  });
  state.problems.push(...applied.problems);
  state.warnings.push(...asOfWarnings(applied.changes.months, state.voice));
  state.warnings.push(...repeatedMonthWarnings(applied.campaign, applied.changes, state.voice));
  const { problems, warnings, progress, stats } = state;
  const plan: Plan = { problems, warnings, progress, stats, changes: applied.changes, reference };
  return problems.length > 0 ? plan : { ...plan, text: applied.text, campaign: applied.campaign };
}

export async function planImport(input: PlanInput): Promise<Plan> {
  const today = todayAt(input.now);
  const voice = voiceOf(input.options);
  const state: PlanState = {
    input,
    voice,
    index: new VintageIndex(input.reference, voice),
    today,
    currentMonth: currentMonthAt(input.now),
    problems: optionProblems(input.options, today),
    warnings: [],
    progress: [],
    stats: { rowsRead: 0, matched: 0, unmatched: 0, totalRows: 0, reportRows: 0 },
    counts: new Map(),
    reports: new Map(),
    countSheets: 0,
  };
  const { problems, warnings, progress, stats } = state;
  const stop = (): Plan => ({
    problems,
    warnings,
    progress,
    stats,
    changes: { created: false, removedIllustrative: [], months: [], reports: [] },
    reference: input.reference,
  });
  if (problems.length > 0) return stop();
  const workbook = await readSheets(state);
  if (!workbook) return stop();
  const chosen = chooseSheets(state, workbook.sheets, workbook.format);
  if (chosen.length === 0) return stop();
  for (const sheet of chosen) readSheet(state, sheet, sheet === workbook.sheets[0], workbook.format);
  if (state.countSheets > 1) {
    problems.push(say(voice, SHEETS.severalCountSheets, voice.controls));
  }
  // The digest of the data the import starts from, recorded as `basedOn` (src/lib/data/digest.ts).
  const basedOn = input.campaign === undefined ? undefined : await campaignDigest(input.campaign as CampaignInput);
  return applyToData(state, basedOn);
}
