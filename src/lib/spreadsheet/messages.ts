/**
 * Messages of reading the file (src/lib/spreadsheet): its type, its encoding, CSV and Excel
 * reading. They are thrown as SpreadsheetError in both languages, since the readers do not know the
 * user's language; the plan picks one.
 */
import { message, type Texts } from '../text/messages';

const SAVE_AS_UTF8 = {
  vi: 'mở tệp trong Excel, chọn Tệp → Lưu Như, kiểu "CSV UTF-8", rồi nhập tệp vừa lưu.',
  en: 'in Excel use File → Save As → "CSV UTF-8 (Comma delimited)" and import that file',
};

const DELIMITERS = {
  vi: { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'dấu tab' },
  en: { ',': 'comma', ';': 'semicolon', '\t': 'tab' },
} as const;

type Delimiter = ',' | ';' | '\t';

type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE';

/** The encodings as staff know them: by the file type Excel saves them as. */
const ENCODINGS_VI: Record<Encoding, string> = {
  'UTF-8': 'UTF-8',
  'UTF-8 with BOM': 'kiểu "CSV UTF-8" của Excel',
  'UTF-16 LE': 'kiểu "Unicode Text" của Excel',
  'UTF-16 BE': 'văn bản Unicode (UTF-16)',
};

export const FILE = {
  utf16WithoutBom: message({
    vi: () => ({
      problem: 'tệp có vẻ là văn bản UTF-16 nhưng thiếu dấu thứ tự byte (BOM)',
      todo: SAVE_AS_UTF8.vi,
    }),
    en: () => ({ problem: 'the file looks like UTF-16 text without a byte-order mark', todo: SAVE_AS_UTF8.en }),
    example: [],
  }),
  notUtf8: message({
    vi: () => ({
      problem: 'tệp không phải văn bản UTF-8 (có thể là bảng mã tiếng Việt cũ như TCVN3 hay Windows-1258)',
      todo: SAVE_AS_UTF8.vi,
    }),
    en: () => ({
      problem: 'the file is not UTF-8 text (perhaps an old Vietnamese encoding such as TCVN3 or Windows-1258)',
      todo: SAVE_AS_UTF8.en,
    }),
    example: [],
  }),
  csvUnreadable: message<[line: number | undefined, detail: string], Texts>({
    vi: (line) => ({
      problem: `không đọc được tệp như một tệp CSV${line ? ` (gần dòng ${line})` : ''}`,
      todo: 'mở tệp trong Excel rồi lưu lại với kiểu "CSV UTF-8".',
    }),
    en: (line, detail) => ({
      problem: `the file could not be read as CSV${line ? ` near line ${line}` : ''}: ${detail}`,
      todo: 'open it in Excel and save it again as "CSV UTF-8 (Comma delimited)"',
    }),
    example: [12, 'Invalid Closing Quote'],
  }),
  csvDescription: message({
    vi: (encoding: Encoding, delimiter: Delimiter | undefined) =>
      delimiter
        ? `${ENCODINGS_VI[encoding]}, các cột cách nhau bằng ${DELIMITERS.vi[delimiter]}`
        : `${ENCODINGS_VI[encoding]}, không nhận ra dấu phân cách cột`,
    en: (encoding, delimiter) =>
      delimiter ? `${encoding}, ${DELIMITERS.en[delimiter]}-separated` : `${encoding}, delimiter not recognised`,
    example: ['UTF-8 with BOM', ';'],
  }),
  xlsxNotZip: message({
    vi: () => ({
      problem: 'tệp có đuôi .xlsx nhưng không phải sổ tính Excel',
      todo: 'tải tệp về lại từ cổng dữ liệu VNNIC; nếu đó là tệp CSV thì đổi đuôi thành .csv.',
    }),
    en: () => ({
      problem: 'the file is named .xlsx but is not an Excel workbook',
      todo: 'export it again, or rename it to .csv if it is a CSV file',
    }),
    example: [],
  }),
  textIsZip: message({
    vi: (ext: string) => ({
      problem: `tệp có đuôi ${ext} nhưng thật ra là sổ tính Excel`,
      todo: 'đổi đuôi tệp thành .xlsx.',
    }),
    en: (ext) => ({ problem: `the file is named ${ext} but is an Excel workbook`, todo: 'rename it to .xlsx' }),
    example: ['.csv'],
  }),
  oldXls: message({
    vi: () => ({
      problem: 'không đọc được tệp Excel cũ dạng .xls',
      todo: 'mở tệp trong Excel, chọn Tệp → Lưu Như, kiểu "Sổ làm việc Excel (.xlsx)", rồi nhập tệp vừa lưu.',
    }),
    en: () => ({
      problem: 'old Excel .xls files cannot be read',
      todo: 'open the file in Excel and save it as "Excel Workbook (.xlsx)"',
    }),
    example: [],
  }),
  ods: message({
    vi: () => ({
      problem: 'không đọc được tệp LibreOffice dạng .ods',
      todo: 'mở tệp bằng LibreOffice Calc, chọn Tệp → Lưu như, kiểu "Excel 2007-365 (.xlsx)", rồi nhập tệp vừa lưu.',
    }),
    en: () => ({
      problem: 'LibreOffice .ods files cannot be read',
      todo: 'open it in LibreOffice Calc and save it as "Excel 2007-365 (.xlsx)"',
    }),
    example: [],
  }),
  unsupportedType: message({
    vi: (ext: string) => ({
      problem: ext ? `không nhập được tệp có đuôi "${ext}"` : 'tên tệp không có đuôi nên không biết là loại tệp gì',
      todo: 'chọn tệp .xlsx hoặc .csv (UTF-8, hoặc "Unicode Text" .txt của Excel).',
    }),
    en: (ext) => ({
      problem: `files of type "${ext || '(none)'}" cannot be imported`,
      todo: 'import a .csv (UTF-8 or UTF-16 "Unicode text") or an .xlsx file',
    }),
    example: ['.pdf'],
  }),
  xlsxUnreadable: message<[detail: string], Texts>({
    vi: () => ({
      problem: 'không đọc được tệp như một sổ tính Excel',
      todo: 'mở tệp trong Excel rồi lưu lại với kiểu "Sổ làm việc Excel (.xlsx)"; tệp .xls cũ cũng phải lưu lại thành .xlsx.',
    }),
    en: (detail) => ({
      problem: `the file could not be read as an Excel workbook (${detail})`,
      todo: 'open it in Excel and save it again as "Excel Workbook (.xlsx)"; old .xls files must be saved as .xlsx first',
    }),
    example: ['end of central directory not found'],
  }),
  noWorksheet: message({
    vi: () => ({
      problem: 'sổ tính không có trang tính nào',
      todo: 'tải lại số liệu từ cổng dữ liệu VNNIC.',
    }),
    en: () => ({ problem: 'the workbook has no worksheet', todo: 'export the data again from the VNNIC portal' }),
    example: [],
  }),
  xlsxDescription: message({
    vi: (sheets: number) => `sổ tính Excel, ${sheets} trang tính`,
    en: (sheets) => `Excel workbook, ${sheets} sheet(s)`,
    example: [2],
  }),
};
