/**
 * The whole import, without touching the disk: file bytes, the area and its unit lists (one per
 * boundary vintage), data file content, options and the clock go in; every problem, warning, progress line, the summary and the next data file content
 * come out. Nothing is written by this module; `run.ts` writes only when there is no problem.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Reference } from '../load';
import { MonthKeySchema, IsoDateSchema, type Campaign } from '../schema';
import { findHeader, headerKey, type Header } from '../spreadsheet/header';
import { readWorkbook } from '../spreadsheet/read';
import { exampleMarker } from '../spreadsheet/title';
import { SpreadsheetError, cellText, columnLetter, type Sheet } from '../spreadsheet/types';
import { applyImport, type Changes } from './apply';
import { readCountsSheet, type ImportedMonth } from './counts-sheet';
import { currentMonthAt, todayAt } from './month';
import type { Problem } from './problems';
import { readReportsSheet, type ImportedReport } from './reports-sheet';
import { VintageIndex } from './vintages';

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

export async function planImport(input: PlanInput): Promise<Plan> {
  const { options, now } = input;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const progress: string[] = [];
  const stats: Stats = { rowsRead: 0, matched: 0, unmatched: 0, totalRows: 0, reportRows: 0 };
  const emptyChanges: Changes = { created: false, removedIllustrative: [], months: [], reports: [] };
  const done = (): Plan => ({ problems, warnings, progress, stats, changes: emptyChanges });

  // Options.
  if (options.month !== undefined && !MonthKeySchema.safeParse(options.month).success) {
    problems.push({
      problem: `--month "${options.month}" is not a month`,
      todo: 'write it as YYYY-MM, e.g. --month 2025-03',
    });
  }
  const today = todayAt(now);
  if (options.asOf !== undefined) {
    if (!IsoDateSchema.safeParse(options.asOf).success) {
      problems.push({
        problem: `--as-of "${options.asOf}" is not a date`,
        todo: 'write it as YYYY-MM-DD, e.g. --as-of 2025-04-05',
      });
    } else if (options.asOf > today) {
      problems.push({
        problem: `--as-of ${options.asOf} is in the future (today is ${today})`,
        todo: 'give the date the figures are valid for',
      });
    }
  }
  if (options.source !== undefined && options.source.trim() === '') {
    problems.push({
      problem: '--source is empty',
      todo: 'leave it out to use the default source, or write who published the figures',
    });
  }

  const { reference } = input;
  const index = new VintageIndex(reference);
  if (problems.length > 0) return { ...done(), reference };

  // The spreadsheet.
  let sheets: Sheet[];
  let format: 'csv' | 'xlsx';
  try {
    const workbook = await readWorkbook(input.fileBytes, options.file);
    progress.push(`Reading ${options.file} (${workbook.description})`);
    format = workbook.format;
    sheets = workbook.sheets;
  } catch (e) {
    if (e instanceof SpreadsheetError) {
      problems.push({ problem: e.problem, todo: e.todo });
      return { ...done(), reference };
    }
    throw e;
  }

  // Which sheets: --sheet, or the first sheet plus any sheet named like "Báo cáo".
  let chosen: Sheet[];
  if (options.sheet !== undefined) {
    const wanted = headerKey(options.sheet);
    const found = sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => headerKey(s.name) === wanted);
    if (format === 'csv') {
      chosen = sheets;
      warnings.push({
        problem: '--sheet is ignored for a CSV file (it has one sheet)',
        todo: 'leave --sheet out for CSV files',
      });
    } else if (!found) {
      problems.push({
        problem: `the workbook has no sheet "${options.sheet}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
        todo: 'give one of these names with --sheet, or leave --sheet out to read the first sheet',
      });
      return { ...done(), reference };
    } else chosen = [found];
  } else {
    chosen = sheets.filter((s, i) => i === 0 || isReportSheetName(s.name));
    const skipped = sheets.filter((s) => !chosen.includes(s)).map((s) => `"${s.name}"`);
    if (skipped.length > 0)
      progress.push(`Sheets not read: ${skipped.join(', ')} (use --sheet NAME to read one of them)`);
  }

  const currentMonth = currentMonthAt(now);
  let counts = new Map<string, ImportedMonth>();
  let reports = new Map<string, ImportedReport[]>();
  let reportsSheet: string | undefined;
  let countSheets = 0;
  for (const sheet of chosen) {
    const sheetLabel = format === 'xlsx' && sheet !== sheets[0] ? sheet.name : undefined;
    const header = findHeader(sheet.rows);
    const where = format === 'xlsx' ? `Sheet "${sheet.name}": ` : '';
    if (!header) {
      problems.push({
        sheet: sheetLabel,
        problem: 'no header row found in the first 20 rows',
        todo: 'the header row needs columns such as "Xã/Phường/Đặc khu" (before 07/2025 "Xã/Phường/Thị trấn") and "Số mẫu đo" (see data/examples/so-mau-thang-mau.csv)',
      });
      continue;
    }
    const example = exampleMarker(sheet.rows.slice(0, header.index));
    if (example) {
      const p: Problem = {
        row: example.row,
        column: example.column,
        sheet: sheetLabel,
        problem: 'the file says it is an example ("VÍ DỤ"): its numbers are not real',
        todo: options.dryRun
          ? 'a real import of this file would be refused; import the export from the VNNIC portal'
          : 'import the export from the VNNIC portal instead (example files can only be tried with --dry-run)',
      };
      (options.dryRun ? warnings : problems).push(p);
    }
    progress.push(`${where}header on row ${header.row}: ${describeHeader(sheet, header)}`);
    if (header.ignored.length > 0) {
      progress.push(
        `${where}columns not used: ${header.ignored.map((c) => `${columnLetter(c.column)} ("${c.text}")`).join(', ')}`,
      );
    }
    if (header.kind === 'counts') {
      if (isReportSheetName(sheet.name) && sheet !== sheets[0]) {
        problems.push({
          sheet: sheetLabel,
          row: header.row,
          problem: 'a sheet named like "Báo cáo" has the headers of sample counts',
          todo: 'rename the sheet, or give the report headers (Huyện or Xã/Phường/Đặc khu, Ngày báo cáo, Giải pháp, Khó khăn)',
        });
        continue;
      }
      countSheets += 1;
      const result = readCountsSheet(sheet, header, {
        index,
        optionMonth: options.month,
        currentMonth,
        blankIsNoData: options.blankIsNoData,
        sheetLabel,
      });
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      counts = result.months;
      stats.rowsRead += result.stats.rowsRead;
      stats.matched += result.stats.matched;
      stats.unmatched += result.stats.unmatched;
      stats.totalRows += result.stats.totalRows;
      progress.push(`${where}${result.monthFrom}`);
      const blanks =
        options.blankIsNoData && result.stats.blankCounts > 0
          ? `; ${result.stats.blankCounts} blank count(s) stored as no data`
          : '';
      progress.push(
        `${where}${result.stats.rowsRead} data rows: ${result.stats.matched} matched, ${result.stats.unmatched} unmatched; ${result.stats.totalRows} total row(s) skipped${blanks}`,
      );
    } else {
      reportsSheet = sheetLabel;
      const result = readReportsSheet(sheet, header, {
        index,
        optionMonth: options.month,
        currentMonth,
        today,
        sheetLabel,
      });
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      reports = result.months;
      stats.reportRows += result.stats.rowsRead;
      progress.push(`${where}${result.monthFrom}`);
      progress.push(
        `${where}${result.stats.rowsRead} report(s): ${result.stats.matched} matched, ${result.stats.unmatched} unmatched`,
      );
    }
  }
  if (countSheets > 1) {
    problems.push({ problem: 'more than one sheet of counts was read', todo: 'choose one with --sheet NAME' });
  }

  // The data file is checked even when the sheet has problems, so one run lists them all
  // (future months are already refused above).
  counts = new Map([...counts].filter(([m]) => m <= currentMonth));
  reports = new Map([...reports].filter(([m]) => m <= currentMonth));
  const sha256 = createHash('sha256').update(input.fileBytes).digest('hex');
  progress.push(
    `Checking against ${options.data}${input.campaign === undefined ? ' (it does not exist yet and will be created)' : ''}`,
  );
  const applied = applyImport({
    campaign: input.campaign,
    dataLabel: options.data,
    reference,
    counts,
    reports,
    replace: options.replace,
    asOf: options.asOf ?? today,
    source: options.source?.trim().normalize('NFC') || DEFAULT_SOURCE,
    provenance: { file: basename(options.file), sha256, importedAt: now.toISOString() },
    reportsSheet,
  });
  problems.push(...applied.problems);
  if (problems.length > 0) return { problems, warnings, progress, stats, changes: applied.changes, reference };
  return {
    problems,
    warnings,
    progress,
    stats,
    changes: applied.changes,
    reference,
    text: applied.text,
    campaign: applied.campaign,
  };
}
