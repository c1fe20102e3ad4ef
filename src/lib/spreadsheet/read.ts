/**
 * Reads a spreadsheet file of any supported kind into a Workbook, choosing the reader by the file's
 * extension and checking the bytes agree (an .xlsx renamed to .csv is caught here).
 */
import { extname } from 'node:path';
import { both } from '../import/messages';
import { FILE } from '../import/messages/file';
import { readCsv } from './csv';
import { SpreadsheetError, type Workbook } from './types';
import { readXlsx } from './xlsx';

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    if (!isZip(bytes)) {
      throw new SpreadsheetError(both(FILE.xlsxNotZip));
    }
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
  throw new SpreadsheetError(both(FILE.unsupportedType, ext));
}
