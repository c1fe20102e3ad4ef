/**
 * Problems and warnings of an import, each pointing at a place in the file and saying what to do:
 * `file:row:column: problem — what to do`.
 */
import { cellText, columnLetter, type Sheet } from '../spreadsheet/types';
import type { Voice } from './messages/voice';
import { say } from '../text/messages';
import { RUN } from './messages/summary';
import { viCollator } from '../text/format';

export interface Problem {
  /** 1-based spreadsheet row; absent for problems of the whole file or of the data file. */
  row?: number | undefined;
  /** Column letter ("C"); absent when the problem is about a whole row. */
  column?: string | undefined;
  /** Worksheet name, given only for a sheet other than the first of a workbook. */
  sheet?: string | undefined;
  /** What is wrong, e.g. `negative count "-5"`. */
  problem: string;
  /** What to do about it, e.g. `a count cannot be below 0; correct the number`. */
  todo: string;
  /** Where the problem is, when not in the imported file (e.g. `data/campaign.json`). */
  file?: string | undefined;
}

/** One line: `file:row:column: problem — what to do` (`voice`: the language of the sheet's label). */
export function formatProblem(file: string, p: Problem, voice: Voice): string {
  let where = p.file ?? file;
  if (p.row !== undefined) where += `:${p.row}`;
  if (p.row !== undefined && p.column !== undefined) where += `:${p.column}`;
  const sheet = p.sheet ? say(voice, RUN.sheet, p.sheet) : '';
  return `${where}: ${sheet}${p.problem} — ${p.todo}`;
}

/** Sorts problems by sheet, row and column, keeping file-level problems first. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const colNum = (c?: string): number => (c ? [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        Number(a.p.file !== undefined) - Number(b.p.file !== undefined) ||
        viCollator.compare(a.p.sheet ?? '', b.p.sheet ?? '') ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        colNum(a.p.column) - colNum(b.p.column) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

/** A function giving the location fields of a problem in one sheet: `at(row, columnIndex?)`. */
export function locator(sheetLabel: string | undefined) {
  return (row: number, column?: number): Pick<Problem, 'row' | 'column' | 'sheet'> => ({
    row,
    column: column === undefined ? undefined : columnLetter(column),
    sheet: sheetLabel,
  });
}

/** The non-empty texts of a sheet's header row, for quoting it in a problem. */
export function headerTexts(sheet: Sheet, headerIndex: number): string[] {
  return sheet.rows[headerIndex]?.cells.map(cellText).filter((t) => t !== '') ?? [];
}
