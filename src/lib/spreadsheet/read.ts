/**
 * Reads a spreadsheet file of any supported kind into a Workbook, choosing the reader by the file's
 * extension and checking the bytes agree (an .xlsx renamed to .csv is caught here).
 */
import { both } from '../text/messages';
import { FILE } from './messages';
import { readCsv } from './csv';
import { SpreadsheetError, type Workbook } from './types';

/** A file name's extension with its dot, as Node's `extname` gives it ("" for ".csv" or "name"). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const ext = extensionOf(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    if (!isZip(bytes)) {
      throw new SpreadsheetError(both(FILE.xlsxNotZip));
    }
    // Loaded only for a workbook: ExcelJS is most of the staff page's reader (see src/client/staff/).
    const { readXlsx } = await import('./xlsx');
    return readXlsx(bytes);
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    if (isZip(bytes)) {
      throw new SpreadsheetError(both(FILE.textIsZip, ext));
    }
    return readCsv(bytes, fileName);
  }
  if (ext === '.xls') {
    throw new SpreadsheetError(both(FILE.oldXls));
  }
  if (ext === '.ods') {
    throw new SpreadsheetError(both(FILE.ods));
  }
  throw new SpreadsheetError(both(FILE.unsupportedType, ext));
}
