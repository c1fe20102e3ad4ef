/**
 * Excel workbooks (.xlsx) → rows, with ExcelJS. Cells keep their type (a number stays a number, so
 * 12.5 is told apart from "12.5"), formulas give their result, rich text its plain text, and the
 * hidden cells of a merged range read as empty (only the top-left cell holds the value).
 */
import ExcelJS from 'exceljs';
import { both } from '../text/messages';
import { FILE } from './messages';
import { SpreadsheetError, type CellValue, type Sheet, type Workbook } from './types';

/** The value of an ExcelJS cell as a plain CellValue. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined) return null;
      return plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return plainValue(text as ExcelJS.CellRichTextValue);
      return String(text);
    }
  }
  return String(value);
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: Sheet['rows'] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last; r += 1) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const hiddenByMerge = cell.isMerged && cell.master.address !== cell.address;
      cells[col - 1] = hiddenByMerge ? null : plainValue(cell.value);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= null;
    rows.push({ row: r, cells });
  }
  return { name: ws.name, rows };
}

/** Reads an .xlsx file's bytes; every worksheet, in workbook order. */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new SpreadsheetError(both(FILE.xlsxUnreadable, (e as Error).message));
  }
  const sheets = workbook.worksheets.map(readSheet);
  if (sheets.length === 0) {
    throw new SpreadsheetError(both(FILE.noWorksheet));
  }
  return { format: 'xlsx', description: both(FILE.xlsxDescription, sheets.length), sheets };
}
