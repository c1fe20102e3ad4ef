/**
 * The lines an import prints after reading the file: the summary (rows, matched, warnings, the
 * before → after table of each month, the "as of" date, reports), and how the run ended.
 */
import { formatDate, formatMonth, formatMonthTitle } from '../../text/format';
import { CLI_CONTROLS as C, type Controls } from './voice';
import { message, plural } from '../../text/messages';

const fd = formatDate;
const fm = formatMonth;

/** The rows of the summary's first table. */
export type SummaryRow = 'rowsRead' | 'matched' | 'unmatched' | 'warnings' | 'withoutData' | 'reportsRead';

const ROWS: Record<'vi' | 'en', Record<SummaryRow, string>> = {
  vi: {
    rowsRead: 'Số dòng đã đọc',
    matched: 'Khớp',
    unmatched: 'Không khớp',
    warnings: 'Cảnh báo',
    withoutData: 'Xã không có số liệu',
    reportsRead: 'Báo cáo đã đọc',
  },
  en: {
    rowsRead: 'Rows read',
    matched: 'Matched',
    unmatched: 'Unmatched',
    warnings: 'Warnings',
    withoutData: 'Communes without data',
    reportsRead: 'Reports read',
  },
};

/** The columns of a month's before → after table. */
export type TableColumn = 'district' | 'type' | 'withData' | 'before' | 'after' | 'total';

const COLUMNS: Record<'vi' | 'en', Record<TableColumn, string>> = {
  vi: {
    district: 'Huyện',
    type: 'Loại đơn vị',
    withData: 'Xã có số liệu',
    before: 'Số mẫu trước',
    after: 'sau',
    total: 'Tổng',
  },
  en: {
    district: 'District',
    type: 'Type',
    withData: 'Communes with data',
    before: 'Samples before',
    after: 'after',
    total: 'Total',
  },
};

export const SUMMARY = {
  heading: message({ vi: () => 'Tóm tắt', en: () => 'Summary', example: [] }),
  row: message({ vi: (row: SummaryRow) => ROWS.vi[row], en: (row) => ROWS.en[row], example: ['withoutData'] }),
  column: message({
    vi: (column: TableColumn) => COLUMNS.vi[column],
    en: (column) => COLUMNS.en[column],
    example: ['before'],
  }),
  month: message({
    vi: (month: string, vintage: string, replaced: boolean, rows: number, changed: number) =>
      `${formatMonthTitle(month)} (${month}, danh sách đơn vị ${vintage}) ${replaced ? 'được thay thế' : 'được thêm'}: đọc ${rows} dòng, ${changed} xã thay đổi`,
    en: (month, vintage, replaced, rows, changed) =>
      `${formatMonthTitle(month)} (${month}, units of ${vintage}) ${replaced ? 'replaced' : 'added'}: ${rows} rows read, ${changed} communes changed`,
    example: ['2025-03', '2025-01', false, 143, 143],
  }),
  asOfStored: message({
    vi: (asOf: string, c: Controls) =>
      `  Số liệu tính đến ngày ${fd(asOf)} (ngày lưu cùng tháng; ghi ngày khác bằng ${c.asOf}, dạng YYYY-MM-DD).`,
    en: (asOf, c) =>
      `  Figures as of ${fd(asOf)} (the date stored with the month; give another with ${c.asOf} YYYY-MM-DD).`,
    example: ['2025-04-15', C],
  }),
  asOfInProgress: message({
    vi: (month: string, lastDay: string) =>
      `  Ngày này trước ngày cuối ${fm(month)} (${fd(lastDay)}): trang web sẽ ghi ${fm(month)} là "đang cập nhật".`,
    en: (month, lastDay) =>
      `  This is before the last day of ${fm(month)} (${fd(lastDay)}): the site will show ${fm(month)} as in progress ("đang cập nhật").`,
    example: ['2025-03', '2025-03-31'],
  }),
  keptReports: message({
    vi: (n: number) => `  Giữ nguyên ${n} báo cáo của tháng này.`,
    en: (n) => `  ${n} report(s) of this month are kept.`,
    example: [1],
  }),
  withoutData: message({
    vi: (n: number) => `  Xã không có số liệu (lưu là "không có số liệu", không phải 0): ${n}`,
    en: (n) => `  Communes without data (stored as "no data", not 0): ${n}`,
    example: [3],
  }),
  created: message({
    vi: (data: string) => `${data} chưa có: tệp sẽ được tạo mới.`,
    en: (data) => `${data} does not exist yet: it is created.`,
    example: ['data/campaign.json'],
  }),
  /** The sentence about removed illustrative months (lower case: it may go inside a sentence). */
  removed: message({
    vi: (count: number, range: string) => `bỏ ${count} tháng số liệu minh hoạ (${range})`,
    en: (count, range) => `removed ${plural(count, 'illustrative month')} (${range})`,
    example: [12, '2024-07 … 2025-06'],
  }),
  removedWhy: message({
    vi: (sentence: string) =>
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: số liệu thật và số liệu minh hoạ không bao giờ để chung một tệp.`,
    en: (sentence) =>
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: real and illustrative figures never mix in one file.`,
    example: ['bỏ 12 tháng số liệu minh hoạ (2024-07 … 2025-06)'],
  }),
  reports: message({
    vi: (month: string, added: readonly string[], replaced: readonly string[]) => {
      const parts = [
        ...(added.length > 0 ? [`thêm ${added.join(', ')}`] : []),
        ...(replaced.length > 0 ? [`thay thế ${replaced.join(', ')}`] : []),
      ];
      return `Báo cáo ${fm(month)}: ${parts.join('; ') || 'không có'}`;
    },
    en: (month, added, replaced) => {
      const parts = [
        ...(added.length > 0 ? [`added ${added.join(', ')}`] : []),
        ...(replaced.length > 0 ? [`replaced ${replaced.join(', ')}`] : []),
      ];
      return `Reports for ${month}: ${parts.join('; ') || 'none'}`;
    },
    example: ['2025-03', ['Thành phố Rạch Giá'], []],
  }),
};

/** How a run ends, and the labels of its problem lines. */
export const RUN = {
  nothingWritten: message({
    vi: (n: number) =>
      `Chưa ghi gì vào tệp dữ liệu: có ${n} lỗi. Hãy sửa ${n === 1 ? 'lỗi này' : 'các lỗi này'} trong tệp rồi nhập lại.`,
    en: (n) => `Nothing was written: ${plural(n, 'problem')}. Fix ${n === 1 ? 'it' : 'them'} and run the import again.`,
    example: [4],
  }),
  /** Put after `file:row:column:` on a warning's line. */
  warning: message({ vi: () => 'cảnh báo:', en: () => 'warning:', example: [] }),
  /** Put before a problem of a workbook's second sheet. */
  sheet: message({
    vi: (name: string) => `trang "${name}": `,
    en: (name) => `sheet "${name}": `,
    example: ['Báo cáo'],
  }),
  dryRunIntro: message({
    vi: () => 'Chạy thử: không ghi gì. Nếu nhập tệp này thì kết quả sẽ như sau:',
    en: () => 'Dry run: nothing is written. Importing this file would do this:',
    example: [],
  }),
  dryRunDone: message({
    vi: (data: string, c: Controls) =>
      `Chạy thử xong: chưa ghi gì, ${data} giữ nguyên. Muốn nhập thật thì chạy lại mà không có ${c.dryRun}.`,
    en: (data, c) => `Dry run: nothing was written; ${data} is unchanged. Run again without ${c.dryRun} to import.`,
    example: ['data/campaign.json', C],
  }),
  wrote: message({
    vi: (data: string) =>
      `Đã ghi ${data}. Xem lại thay đổi bằng lệnh "git diff ${data}", rồi dựng và đăng lại trang web.`,
    en: (data) => `Wrote ${data}. Review the change with "git diff ${data}", then build and publish the site.`,
    example: ['data/campaign.json'],
  }),
};
