/**
 * The open data for people: every month in one Excel workbook (/du-lieu/so-mau-cac-thang.xlsx),
 * which Excel and LibreOffice open with the Vietnamese intact and no import options to choose (a
 * CSV needs a byte-order mark for Excel and none for software; the CSVs are for software). A first
 * sheet says what the workbook holds, its sources and licences; then one sheet per month, newest
 * first, with the CSV's columns (the Vietnamese title, then the CSV's name) and its cells typed:
 * numbers as numbers, no data as an empty cell, never 0.
 */
import ExcelJS from 'exceljs';
import type { MonthView } from '../model/map-view';
import { formatDate, formatMonth } from '../text/format';
import { monthRows } from './csv-export';
import { csvSchema, type DataResource } from './datapackage';

export interface WorkbookInput {
  /** The workbook's title (first line of its first sheet). */
  title: string;
  /** The month views, newest first. */
  views: readonly MonthView[];
  /** The workbook's resource in datapackage.json: its description and licences go on the first sheet. */
  resource: Pick<DataResource, 'description' | 'licenses' | 'sources'>;
  /** Where the data is published (the data page's address). */
  homepage: string;
}

/** The first sheet: what the workbook is, where it comes from, under which licences. */
function aboutSheet(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const ws = wb.addWorksheet('Giới thiệu');
  ws.getColumn(1).width = 120;
  const lines = [
    input.title,
    input.resource.description,
    'Ô số mẫu để trống nghĩa là chưa có số liệu, không phải 0. Mã đơn vị chỉ có nghĩa cùng thời kỳ (cột vintage).',
    `Nguồn: ${input.resource.sources.map((s) => s.title).join('; ')}.`,
    ...input.resource.licenses.map((l) => `Giấy phép: ${l.title}${l.path ? ` – ${l.path}` : ''}`),
    input.views.length === 0
      ? 'Chưa có tháng số liệu nào được công bố.'
      : `Các tháng: ${input.views.map((v) => `${formatMonth(v.month.month)} (tính đến ${formatDate(v.month.asOf)}${v.month.illustrative ? ', SỐ LIỆU MINH HỌA' : ''})`).join('; ')}.`,
    `Bản gốc và dữ liệu cho phần mềm (CSV, datapackage.json): ${input.homepage}`,
  ];
  for (const line of lines) ws.addRow([line]).getCell(1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(1).font = { bold: true, size: 14 };
}

/** One month's sheet: the CSV's header and rows, typed. */
function monthSheet(wb: ExcelJS.Workbook, view: MonthView): void {
  const ws = wb.addWorksheet(view.month.month, { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = csvSchema(view.month).fields;
  const header = ws.addRow(fields.map((f) => `${f.title} (${f.name})`));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const row of monthRows(view)) ws.addRow(row.map((cell) => (cell === '' ? null : cell)));
  fields.forEach((f, i) => {
    ws.getColumn(i + 1).width = f.name === 'commune' || f.name === 'source' ? 28 : 14;
  });
}

/** The workbook's bytes. `modified`: the date it is stamped with (the data's, so builds of the same data agree). */
export async function monthsWorkbook(input: WorkbookInput, modified: Date): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.title;
  wb.created = modified;
  wb.modified = modified;
  aboutSheet(wb, input);
  for (const view of input.views) monthSheet(wb, view);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
