import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from '../../src/lib/spreadsheet/csv';
import { decodeText } from '../../src/lib/spreadsheet/decode';
import { findHeader, roleOf } from '../../src/lib/spreadsheet/header';
import { exampleMarker, isTotalRow, parseDate, parseMonth, titleMonths } from '../../src/lib/spreadsheet/title';
import { columnLetter, type SheetRow } from '../../src/lib/spreadsheet/types';
import { readXlsx } from '../../src/lib/spreadsheet/xlsx';

const rows = (...cells: Array<Array<string | number | null>>): SheetRow[] =>
  cells.map((c, i) => ({ row: i + 1, cells: c }));
const text = 'Xã/Phường,Số mẫu\nXã Bình An,12\n';

describe('decoding text files', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads %s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('refuses text in an old 8-bit encoding', () => {
    expect(() => decodeText(Buffer.from(text, 'latin1'))).toThrow(/not UTF-8 text/u);
  });

  it('refuses UTF-16 without a byte-order mark', () => {
    expect(() => decodeText(Buffer.from(text, 'utf16le'))).toThrow(/UTF-16 text without a byte-order mark/u);
  });
});

describe('choosing the CSV delimiter from the header row', () => {
  it.each([
    ['comma', 'STT,Xã/Phường/Thị trấn,Số mẫu đo\n1,Xã Bình An,12\n', ','],
    ['semicolon', 'STT;Xã/Phường/Thị trấn;Số mẫu đo\n1;Xã Bình An;12\n', ';'],
    ['tab', 'STT\tXã/Phường/Thị trấn\tSố mẫu đo\n1\tXã Bình An\t12\n', '\t'],
    [
      'semicolon under a title full of commas',
      'Báo cáo, số mẫu, tháng 3/2025, tỉnh Kiên Giang\nSTT;Xã/Phường/Thị trấn;Số mẫu đo\n1;Xã Bình An;1,5\n',
      ';',
    ],
    [
      'comma under a title with a semicolon',
      '"Số mẫu; tháng 3/2025"\nXã/Phường/Thị trấn,Số mẫu đo\n"Xã Bình An",12\n',
      ',',
    ],
  ])('%s', (_, csv, delimiter) => {
    expect(detectDelimiter(csv)).toBe(delimiter);
  });

  it('numbers rows as Excel does, empty lines included', () => {
    const wb = readCsv(
      Buffer.from('Title\n\nXã/Phường/Thị trấn,Số mẫu đo\n"Xã\nBình An",12\nXã Bình Sơn,3\n'),
      'x.csv',
    );
    expect(wb.sheets[0]?.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(wb.sheets[0]?.rows[4]?.cells).toEqual(['Xã Bình Sơn', '3']);
  });
});

describe('finding the header row by its content', () => {
  it.each([
    ['Mã ĐVHC', 'code'],
    ['MÃ XÃ', 'code'],
    ['code', 'code'],
    ['Xã/Phường/Thị trấn', 'commune'],
    ['Xã / Phường / Thị Trấn', 'commune'],
    ['Tên đơn vị', 'commune'],
    ['commune', 'commune'],
    ['Huyện', 'district'],
    ['Huyện/Thành phố', 'district'],
    ['district', 'district'],
    ['Số mẫu', 'count'],
    ['Số mẫu đo', 'count'],
    ['  SO MAU DO  ', 'count'],
    ['Số mẫu đo (mẫu)', 'count'],
    ['samples', 'count'],
    ['Tháng', 'month'],
    ['month', 'month'],
    ['STT', 'stt'],
    ['Ngày báo cáo', 'reportedOn'],
    ['reported on', 'reportedOn'],
    ['Giải pháp', 'solutions'],
    ['Khó khăn, vướng mắc', 'difficulties'],
    ['difficulties', 'difficulties'],
  ])('"%s" is the %s column', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it('skips title rows, even one that mentions a column name', () => {
    const header = findHeader(
      rows(
        ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
        ['Số mẫu đo tháng 3/2025'],
        [],
        ['STT', 'Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu đo', 'Ghi chú'],
        [1, 'Xã Bình An', 'Kiên Lương', 12],
      ),
    );
    expect(header).toMatchObject({ row: 4, kind: 'counts', columns: { stt: 0, commune: 1, district: 2, count: 3 } });
    expect(header?.ignored).toEqual([{ column: 4, text: 'Ghi chú' }]);
  });

  it('recognises a report sheet', () => {
    expect(findHeader(rows(['Huyện', 'Ngày báo cáo', 'Giải pháp', 'Khó khăn']))?.kind).toBe('reports');
  });

  it('gives up after 20 rows', () => {
    const many = rows(...Array.from({ length: 20 }, () => ['tiêu đề']), ['Xã', 'Số mẫu']);
    expect(findHeader(many)).toBeUndefined();
  });
});

describe('months, dates and totals', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['03/2025', '2025-03'],
    ['3/2025', '2025-03'],
    ['3-2025', '2025-03'],
    ['Tháng 3/2025', '2025-03'],
    ['THÁNG 03 NĂM 2025', '2025-03'],
    ['T3/2025', '2025-03'],
    ['13/2025', undefined],
    ['3', undefined],
    ['tháng ba', undefined],
  ])('month cell %j is %s', (cell, month) => {
    expect(parseMonth(cell)).toBe(month);
  });

  it('reads an Excel date in the month column as its month', () => {
    expect(parseMonth(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03');
  });

  it.each([
    ['THÁNG 3/2025', '2025-03'],
    ['Số mẫu đo Tháng 03 năm 2025', '2025-03'],
    ['kết quả tháng 3 - 2025', '2025-03'],
    ['SỐ MẪU ĐO i-SPEED, THÁNG 12/2024', '2024-12'],
  ])('title %j names %s', (title, month) => {
    expect(titleMonths(rows([title])).map((t) => t.month)).toEqual([month]);
  });

  it('does not take the date of the document for the month of the data', () => {
    expect(
      titleMonths(rows(['Kiên Giang, ngày 05 tháng 4 năm 2025'], ['SỐ MẪU THÁNG 3/2025'])).map((t) => t.month),
    ).toEqual(['2025-03']);
  });

  it('quotes the title as written and says where it is', () => {
    expect(titleMonths(rows([null, 'Số mẫu đo THÁNG 3/2025 (di động)']))).toEqual([
      { month: '2025-03', row: 1, column: 'B', text: 'THÁNG 3/2025' },
    ]);
  });

  it.each([
    ['10/04/2025', '2025-04-10'],
    ['1/4/2025', '2025-04-01'],
    ['2025-04-10', '2025-04-10'],
    ['ngày 10 tháng 4 năm 2025', '2025-04-10'],
    ['31/04/2025', undefined],
    ['10/2025', undefined],
  ])('date %j is %s', (cell, date) => {
    expect(parseDate(cell)).toBe(date);
  });

  it.each([['Tổng cộng'], ['TỔNG'], ['Total'], ['Tổng số']])('%j marks a total row', (label) => {
    expect(isTotalRow(['', label, '', 123], [0, 1])).toBe(true);
  });

  it('does not take a commune for a total row', () => {
    expect(isTotalRow(['1', 'Xã Tổng Cộng Mới', '', 123], [0, 1])).toBe(false);
  });

  it('notices a file that says it is an example', () => {
    expect(exampleMarker(rows(['VÍ DỤ – số liệu không có thật']))).toEqual({ row: 1, column: 'A' });
    expect(exampleMarker(rows(['SỐ MẪU THÁNG 3/2025']))).toBeUndefined();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('column %i is %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter);
  });
});

describe('reading .xlsx cells', () => {
  it('keeps numbers, takes formula results and rich text, and leaves merged cells empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Tiêu đề', null, null]);
    ws.mergeCells('A1:C1');
    ws.addRow([12.5, { formula: 'A2*2', result: 25 }, { richText: [{ text: 'Xã ' }, { text: 'Bình An' }] }]);
    ws.addRow([new Date(Date.UTC(2025, 3, 10)), { text: 'link', hyperlink: 'https://example.org' }, null]);
    const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read.sheets[0]?.rows).toEqual([
      { row: 1, cells: ['Tiêu đề', null, null] },
      { row: 2, cells: [12.5, 25, 'Xã Bình An'] },
      { row: 3, cells: [new Date(Date.UTC(2025, 3, 10)), 'link'] },
    ]);
  });
});
