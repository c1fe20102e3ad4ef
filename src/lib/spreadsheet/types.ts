/**
 * A spreadsheet as the importer sees it: rows of cells, each row with its 1-based number as the
 * official sees it in Excel (or in a text editor for CSV), so every message can point at `row:column`.
 */
import type { Bilingual, Texts } from '../text/messages';

/** A cell: text from CSV, or what Excel stored (number, text, date, true/false); `null` is empty. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number, as shown by Excel. */
  row: number;
  /** Cells from column A onwards (index 0 = A). */
  cells: CellValue[];
}

export interface Sheet {
  /** Worksheet name (xlsx) or the file's base name (csv). */
  name: string;
  rows: SheetRow[];
}

export interface Workbook {
  format: 'csv' | 'xlsx';
  /** How the file was read, for the progress line, e.g. "UTF-8 with BOM, semicolon-separated". */
  description: Bilingual<string>;
  sheets: Sheet[];
}

/**
 * A problem found while reading a file (before any row is interpreted), in both languages of the
 * message catalogue: the reader does not know the user's; the import picks one (`texts[lang]`).
 */
export class SpreadsheetError extends Error {
  override name = 'SpreadsheetError';
  constructor(readonly texts: Bilingual<Texts>) {
    super(`${texts.en.problem} — ${texts.en.todo}`);
  }
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** True for an empty cell or one holding only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as text, for names and messages (dates as YYYY-MM-DD). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
