/**
 * Messages about the data file (data/campaign.json) and the files next to it: a month or a report
 * already there, an "as of" date before the month, a data file that is damaged or changed while
 * the import ran, and the imported file itself missing.
 */
import { formatDate, formatMonth } from '../../text/format';
import { CLI_CONTROLS as C, type Controls } from './voice';
import { message, type Texts } from '../../text/messages';

const fd = formatDate;
const fm = formatMonth;
const FIX = {
  vi: 'sửa tệp dữ liệu (hoặc hoàn tác lần thay đổi gần nhất bằng git revert) rồi mới nhập.',
  en: 'fix the data file (or undo the last change with git revert) before importing',
};

export const DATA = {
  invalid: message({
    vi: (detail: string) => ({ problem: `tệp dữ liệu không hợp lệ: ${detail}`, todo: FIX.vi }),
    en: (detail) => ({ problem: `the data file is not valid: ${detail}`, todo: FIX.en }),
    example: ['months.0.month: Invalid string'],
  }),
  unitsMismatch: message({
    vi: (detail: string) => ({ problem: `tệp dữ liệu không khớp với danh sách đơn vị: ${detail}`, todo: FIX.vi }),
    en: (detail) => ({ problem: `the data file does not match the unit list: ${detail}`, todo: FIX.en }),
    example: ['2025-03: 0999'],
  }),
  invalidAfter: message({
    vi: (detail: string) => ({
      problem: `sau khi nhập, tệp dữ liệu sẽ không hợp lệ: ${detail}`,
      todo: 'chưa ghi gì; hãy báo cho người quản trị trang.',
    }),
    en: (detail) => ({
      problem: `the data file would not be valid after the import: ${detail}`,
      todo: 'nothing was written; tell the site maintainer',
    }),
    example: ['months.0.counts: Required'],
  }),
  monthExists: message({
    vi: (month: string, data: string, from: { file: string; on?: string | undefined } | undefined, c: Controls) => ({
      problem: `${fm(month)} đã có trong ${data}${from ? ` (nhập từ tệp ${from.file}${from.on ? ` ngày ${fd(from.on)}` : ''})` : ''}`,
      todo: `muốn ghi đè thì chọn ${c.replace} (nên thử với ${c.dryRun} trước để xem những gì sẽ thay đổi).`,
    }),
    en: (month, data, from, c) => ({
      problem: `month ${month} is already in ${data}${from ? ` (imported from ${from.file}${from.on ? ` on ${from.on}` : ''})` : ''}`,
      todo: `run again with ${c.replace} to overwrite it (try ${c.dryRun} first to see what changes)`,
    }),
    example: ['2025-03', 'data/campaign.json', { file: 'so-mau.csv', on: '2025-04-02' }, C],
  }),
  asOfBeforeMonth: message({
    vi: (asOf: string, month: string, c: Controls) => ({
      problem: `ngày ${fd(asOf)} ở ${c.asOf} còn trước khi ${fm(month)} bắt đầu`,
      todo: 'ghi ngày mà số liệu được tính đến, từ ngày đầu tháng trở đi.',
    }),
    en: (asOf, month, c) => ({
      problem: `${c.asOf} ${asOf} is before ${month} starts`,
      todo: 'give the date the figures are valid for, on or after the first day of the month',
    }),
    example: ['2025-02-28', '2025-03', C],
  }),
  sameAsPrevious: message({
    vi: (month: string, previous: string) => ({
      problem: `số mẫu ${fm(month)} giống hệt ${fm(previous)} ở mọi đơn vị`,
      todo: `có thể đã tải nhầm tệp của ${fm(previous)}: kiểm tra tháng của tệp tải từ cổng VNNIC trước khi đăng.`,
    }),
    en: (month, previous) => ({
      problem: `the counts of ${month} are those of ${previous}, unit for unit`,
      todo: `check that the file exported from the VNNIC portal is of ${month}, not ${previous}, before publishing`,
    }),
    example: ['2025-09', '2025-08'],
  }),
  reportsWithoutCounts: message({
    vi: (month: string, data: string, illustrative: boolean) => ({
      problem: illustrative
        ? `${fm(month)} trong ${data} chỉ có số liệu minh hoạ`
        : `${fm(month)} chưa có số mẫu trong ${data}`,
      todo: `hãy nhập số mẫu của ${fm(month)} trước, rồi mới nhập báo cáo.`,
    }),
    en: (month, data, illustrative) => ({
      problem: illustrative
        ? `${month} holds only illustrative figures in ${data}`
        : `${month} has no counts in ${data}`,
      todo: `import the counts for ${month} first`,
    }),
    example: ['2025-03', 'data/campaign.json', false],
  }),
  reportExists: message({
    vi: (unit: string, month: string, data: string, reportedOn: string, c: Controls) => ({
      problem: `${unit} đã có báo cáo ${fm(month)} trong ${data} (báo cáo ngày ${fd(reportedOn)})`,
      todo: `muốn ghi đè thì chọn ${c.replace}.`,
    }),
    en: (unit, month, data, reportedOn, c) => ({
      problem: `${unit} already has a report for ${month} in ${data} (reported on ${reportedOn})`,
      todo: `run again with ${c.replace} to overwrite it`,
    }),
    example: ['Thành phố Rạch Giá', '2025-03', 'data/campaign.json', '2025-04-08', C],
  }),
  notJson: message<[line: number, column: number, c: Controls, reason: string], Texts>({
    vi: (line, column, c) => ({
      problem: `tệp không phải JSON hợp lệ: lỗi ở dòng ${line}, cột ${column}`,
      todo: `kiểm tra đường dẫn ${c.data}; nếu tệp bị hỏng thì khôi phục bằng git.`,
    }),
    en: (line, column, c, reason) => ({
      problem: `the file is not valid JSON: line ${line}, column ${column} (${reason})`,
      todo: `check the ${c.data} path; restore the file with git if it was damaged`,
    }),
    example: [3, 7, C, 'Unexpected token'],
  }),
  referenceInvalid: message({
    vi: (detail: string, c: Controls) => ({
      problem: `tệp không hợp lệ: ${detail}`,
      todo: `kiểm tra đường dẫn ${c.data} (area.json và thư mục vintages/ phải nằm cùng thư mục với tệp dữ liệu); khôi phục các tệp bằng git.`,
    }),
    en: (detail, c) => ({
      problem: `not valid: ${detail}`,
      todo: `check the ${c.data} path (area.json and vintages/ must be next to it); restore the files with git`,
    }),
    example: ['vintages: Required', C],
  }),
  referenceMissing: message({
    vi: (c: Controls) => ({
      problem: 'không có tệp này',
      todo: `kiểm tra đường dẫn ${c.data} (area.json và thư mục vintages/ phải nằm cùng thư mục với tệp dữ liệu); khôi phục các tệp bằng git.`,
    }),
    en: (c) => ({
      problem: 'the file does not exist',
      todo: `check the ${c.data} path (area.json and vintages/ must be next to it); restore the files with git`,
    }),
    example: [C],
  }),
  fileUnreadable: message({
    vi: (code: string | undefined) => ({
      problem: code === 'ENOENT' ? 'không có tệp này' : `không đọc được tệp (${code ?? 'lỗi'})`,
      todo: 'kiểm tra lại tên tệp và thư mục chứa tệp.',
    }),
    en: (code) => ({
      problem: code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? 'error'})`,
      todo: 'check the file name and folder',
    }),
    example: ['ENOENT'],
  }),
  changedMeanwhile: message({
    vi: () => ({
      problem: 'tệp dữ liệu đã bị thay đổi trong lúc đang nhập',
      todo: 'hãy nhập lại.',
    }),
    en: () => ({ problem: 'the data file changed while the import was running', todo: 'run the import again' }),
    example: [],
  }),
  nothingToImport: message({
    vi: () => ({ problem: 'tệp không có gì để nhập', todo: 'kiểm tra lại tệp.' }),
    en: () => ({ problem: 'nothing to import', todo: 'check the file' }),
    example: [],
  }),
};
