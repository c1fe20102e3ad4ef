/**
 * A sheet of district reports (reported date, solutions deployed, difficulties met) → reports per
 * month, with every problem found in one pass. Text is kept as plain text: trimmed, NFC, never HTML.
 */
import type { DistrictReport } from '../schema';
import type { UnitMatcher } from '../names';
import type { Header, Role } from '../spreadsheet/header';
import { parseDate } from '../spreadsheet/title';
import { cellText, columnLetter, isBlank, type CellValue, type Sheet } from '../spreadsheet/types';
import { futureMonthProblems, monthSource } from './month';
import { headerTexts, locator, type Problem } from './problems';

export interface ImportedReport {
  report: DistrictReport;
  row: number;
}

export interface ReportsSheetOptions {
  matcher: UnitMatcher;
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

export function readReportsSheet(sheet: Sheet, header: Header, options: ReportsSheetOptions): ReportsSheetResult {
  const { matcher, sheetLabel } = options;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const stats = { rowsRead: 0, matched: 0, unmatched: 0 };
  const months = new Map<string, ImportedReport[]>();
  const cols = header.columns;
  const at = locator(sheetLabel);
  const headerCells = headerTexts(sheet, header.index);
  const districtCol = cols.district ?? cols.districtCode;
  const missing = REQUIRED.filter(([role]) => cols[role] === undefined).map(([, name]) => name);
  if (districtCol === undefined) missing.unshift('"Huyện"');
  if (missing.length > 0) {
    problems.push({
      ...at(header.row),
      problem: `the report header row (${headerCells.join(', ')}) has no ${missing.join(', ')} column`,
      todo: 'use the headers Huyện, Ngày báo cáo, Giải pháp, Khó khăn, vướng mắc (see data/examples)',
    });
  }
  const month = monthSource(sheet, header, options.optionMonth, sheetLabel);
  problems.push(...month.problems);
  if (missing.length > 0 || districtCol === undefined)
    return { months, problems, warnings, stats, monthFrom: month.describe };

  const firstRowOfMonth = new Map<string, { row: number; column?: string | undefined }>();
  const rowOfDistrict = new Map<string, number>();
  for (let i = header.index + 1; i < sheet.rows.length; i += 1) {
    const sheetRow = sheet.rows[i];
    if (!sheetRow) continue;
    const { row, cells } = sheetRow;
    const get = (role: Role): CellValue | undefined => {
      const c = cols[role];
      return c === undefined ? undefined : cells[c];
    };
    const districtCell = cells[districtCol] ?? null;
    const used = [districtCell, get('reportedOn'), get('solutions'), get('difficulties')];
    if (used.every((c) => isBlank(c ?? null))) continue;
    stats.rowsRead += 1;

    const m = month.forRow(cells, row);
    let rowMonth: string | undefined;
    if ('problem' in m) problems.push(m.problem);
    else if ('month' in m) {
      rowMonth = m.month;
      if (!firstRowOfMonth.has(rowMonth)) {
        firstRowOfMonth.set(
          rowMonth,
          cols.month !== undefined ? { row, column: columnLetter(cols.month) } : { row: month.title?.row ?? row },
        );
      }
    }

    let districtCode: string | undefined;
    if (isBlank(districtCell)) {
      problems.push({
        ...at(row, districtCol),
        problem: 'a report without a district',
        todo: 'write the district (Huyện) of the report',
      });
    } else {
      const d = matcher.matchDistrict(cellText(districtCell));
      if (d.kind === 'ok') districtCode = d.district.code;
      else {
        const options = d.kind === 'ambiguous' ? d.candidates : d.suggestions;
        problems.push({
          ...at(row, districtCol),
          problem: `unknown district "${cellText(districtCell)}"`,
          todo: `correct the district name (closest: ${options.map((x) => `${x.name} (${x.code})`).join(', ')})`,
        });
      }
    }
    if (districtCode) stats.matched += 1;
    else stats.unmatched += 1;

    const dateCol = cols.reportedOn;
    const dateCell = get('reportedOn');
    const reportedOn = parseDate(dateCell ?? null);
    if (isBlank(dateCell ?? null)) {
      problems.push({
        ...at(row, dateCol),
        problem: 'no report date',
        todo: 'write the date the report was received, as DD/MM/YYYY',
      });
    } else if (!reportedOn) {
      problems.push({
        ...at(row, dateCol),
        problem: `"${cellText(dateCell ?? null)}" is not a date`,
        todo: 'write the date as DD/MM/YYYY, e.g. 10/04/2025',
      });
    } else if (reportedOn > options.today) {
      problems.push({
        ...at(row, dateCol),
        problem: `report date ${reportedOn} is in the future (today is ${options.today})`,
        todo: 'correct the date',
      });
    } else if (rowMonth && reportedOn < `${rowMonth}-01`) {
      warnings.push({
        ...at(row, dateCol),
        problem: `report date ${reportedOn} is before the month it reports on (${rowMonth})`,
        todo: 'check the date and the month',
      });
    }

    if (!districtCode || !rowMonth || !reportedOn || reportedOn > options.today) continue;
    const key = `${rowMonth} ${districtCode}`;
    const firstRow = rowOfDistrict.get(key);
    if (firstRow !== undefined) {
      problems.push({
        ...at(row, districtCol),
        problem: `${matcher.districtsByCode.get(districtCode)?.name ?? districtCode} has two reports for ${rowMonth}: rows ${firstRow} and ${row}`,
        todo: 'keep one report per district and month (merge the two texts into one row)',
      });
      continue;
    }
    rowOfDistrict.set(key, row);
    const list = months.get(rowMonth) ?? [];
    list.push({
      row,
      report: {
        districtCode,
        reportedOn,
        solutions: plainText(get('solutions')),
        difficulties: plainText(get('difficulties')),
      },
    });
    months.set(rowMonth, list);
  }
  if (stats.rowsRead === 0) {
    problems.push({
      ...at(header.row),
      problem: 'no reports under the header',
      todo: 'check that this is the right file and sheet',
    });
  }
  problems.push(...futureMonthProblems(firstRowOfMonth, options.currentMonth, sheetLabel));
  return { months, problems, warnings, stats, monthFrom: month.describe };
}
