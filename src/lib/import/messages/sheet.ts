/**
 * Messages of reading the sheets: the options checked first, which sheets are read, the header
 * row, the month (title, "Tháng" column, the month option), the counts and their totals, and the
 * progress lines that say how the file was understood.
 */
import { formatDate, formatMonth, formatNumber } from '../../text/format';
import { CLI_CONTROLS as C, type Controls } from './voice';
import { list, message } from '../../text/messages';

const fd = formatDate;
const fm = formatMonth;
const WHOLE = {
  vi: 'ghi số mẫu là một số nguyên, ví dụ 1234 hoặc 1.234.',
  en: 'write the number of samples as a whole number, e.g. 1234 or 1.234',
};
const RIGHT_FILE = {
  vi: 'kiểm tra xem đã chọn đúng tệp và đúng trang tính chưa.',
  en: 'check that this is the right file and sheet',
};

/** Problems of the options themselves, found before the file is read. */
export const OPTIONS = {
  monthInvalid: message({
    vi: (value: string, c: Controls) => ({
      problem: `"${value}" ở ${c.month} không phải là một tháng`,
      todo: 'ghi tháng theo dạng YYYY-MM, ví dụ 2025-03.',
    }),
    en: (value, c) => ({
      problem: `${c.month} "${value}" is not a month`,
      todo: `write it as YYYY-MM, e.g. ${c.month} 2025-03`,
    }),
    example: ['3/2025', C],
  }),
  asOfInvalid: message({
    vi: (value: string, c: Controls) => ({
      problem: `"${value}" ở ${c.asOf} không phải là một ngày`,
      todo: 'ghi ngày theo dạng YYYY-MM-DD, ví dụ 2025-04-05.',
    }),
    en: (value, c) => ({
      problem: `${c.asOf} "${value}" is not a date`,
      todo: `write it as YYYY-MM-DD, e.g. ${c.asOf} 2025-04-05`,
    }),
    example: ['5/4/2025', C],
  }),
  asOfFuture: message({
    vi: (asOf: string, today: string, c: Controls) => ({
      problem: `ngày ${fd(asOf)} ở ${c.asOf} là ngày trong tương lai (hôm nay là ${fd(today)})`,
      todo: 'ghi ngày mà số liệu được tính đến.',
    }),
    en: (asOf, today, c) => ({
      problem: `${c.asOf} ${asOf} is in the future (today is ${today})`,
      todo: 'give the date the figures are valid for',
    }),
    example: ['2025-04-16', '2025-04-15', C],
  }),
  sourceEmpty: message({
    vi: (c: Controls) => ({
      problem: `${c.source} để trống`,
      todo: `bỏ ${c.source} để dùng nguồn mặc định, hoặc ghi tên đơn vị công bố số liệu.`,
    }),
    en: (c) => ({
      problem: `${c.source} is empty`,
      todo: 'leave it out to use the default source, or write who published the figures',
    }),
    example: [C],
  }),
};

/** Which sheets are read, and what the plan says while reading them. */
export const SHEETS = {
  reading: message({
    vi: (file: string, description: string) => `Đọc tệp ${file} (${description})`,
    en: (file, description) => `Reading ${file} (${description})`,
    example: ['so-mau.xlsx', 'UTF-8'],
  }),
  notRead: message({
    vi: (names: string, c: Controls) =>
      `Các trang tính không đọc: ${names} (muốn đọc trang nào thì ghi tên trang đó ở ${c.sheet})`,
    en: (names, c) => `Sheets not read: ${names} (use ${c.sheet} NAME to read one of them)`,
    example: ['"Tổng hợp"', C],
  }),
  ignoredForCsv: message({
    vi: (c: Controls) => ({
      problem: `${c.sheet} không dùng cho tệp CSV (tệp CSV chỉ có một trang)`,
      todo: `bỏ ${c.sheet} khi nhập tệp CSV.`,
    }),
    en: (c) => ({
      problem: `${c.sheet} is ignored for a CSV file (it has one sheet)`,
      todo: `leave ${c.sheet} out for CSV files`,
    }),
    example: [C],
  }),
  noSuchSheet: message({
    vi: (name: string, sheets: string, c: Controls) => ({
      problem: `sổ tính không có trang tính "${name}" (các trang: ${sheets})`,
      todo: `ghi một trong các tên trên ở ${c.sheet}, hoặc bỏ ${c.sheet} để đọc trang đầu tiên.`,
    }),
    en: (name, sheets, c) => ({
      problem: `the workbook has no sheet "${name}" (sheets: ${sheets})`,
      todo: `give one of these names with ${c.sheet}, or leave ${c.sheet} out to read the first sheet`,
    }),
    example: ['Tổng hợp', '"Số mẫu", "Báo cáo"', C],
  }),
  severalCountSheets: message({
    vi: (c: Controls) => ({
      problem: 'đã đọc nhiều hơn một trang tính số mẫu',
      todo: `chọn một trang bằng ${c.sheet}.`,
    }),
    en: (c) => ({ problem: 'more than one sheet of counts was read', todo: `choose one with ${c.sheet} NAME` }),
    example: [C],
  }),
  example: message({
    vi: (dryRun: boolean, c: Controls) => ({
      problem: 'tệp ghi rằng đây là tệp ví dụ ("VÍ DỤ"): các con số không có thật',
      todo: dryRun
        ? 'khi nhập thật, tệp này sẽ bị từ chối; hãy nhập tệp tải từ cổng dữ liệu VNNIC.'
        : `hãy nhập tệp tải từ cổng dữ liệu VNNIC (tệp ví dụ chỉ dùng để thử với ${c.dryRun}).`,
    }),
    en: (dryRun, c) => ({
      problem: 'the file says it is an example ("VÍ DỤ"): its numbers are not real',
      todo: dryRun
        ? 'a real import of this file would be refused; import the export from the VNNIC portal'
        : `import the export from the VNNIC portal instead (example files can only be tried with ${c.dryRun})`,
    }),
    example: [false, C],
  }),
  /** The prefix of a progress line about one sheet of a workbook. */
  prefix: message({
    vi: (name: string) => `Trang "${name}": `,
    en: (name) => `Sheet "${name}": `,
    example: ['Số mẫu'],
  }),
  noHeader: message({
    vi: (c: Controls) => ({
      problem: 'không tìm thấy dòng tiêu đề cột trong 20 dòng đầu',
      todo: `dòng tiêu đề cột cần có các cột như "Xã/Phường/Đặc khu" (trước tháng 7/2025 là "Xã/Phường/Thị trấn") và "Số mẫu đo" (xem tệp mẫu ${c.countsExample}).`,
    }),
    en: (c) => ({
      problem: 'no header row found in the first 20 rows',
      todo: `the header row needs columns such as "Xã/Phường/Đặc khu" (before 07/2025 "Xã/Phường/Thị trấn") and "Số mẫu đo" (see ${c.countsExample})`,
    }),
    example: [C],
  }),
  headerFound: message({
    vi: (where: string, row: number, columns: string) => `${where}dòng tiêu đề cột là dòng ${row}: ${columns}`,
    en: (where, row, columns) => `${where}header on row ${row}: ${columns}`,
    example: ['', 4, 'A STT, B Xã/Phường/Đặc khu, C Số mẫu đo'],
  }),
  columnsNotUsed: message({
    vi: (where: string, columns: string) => `${where}các cột không dùng: ${columns}`,
    en: (where, columns) => `${where}columns not used: ${columns}`,
    example: ['', 'D ("Ghi chú")'],
  }),
  reportSheetHasCounts: message({
    vi: () => ({
      problem: 'trang tính tên "Báo cáo" lại có tiêu đề cột của số mẫu đo',
      todo: 'đổi tên trang tính, hoặc dùng các tiêu đề cột của báo cáo (Huyện hoặc Xã/Phường/Đặc khu, Ngày báo cáo, Giải pháp, Khó khăn).',
    }),
    en: () => ({
      problem: 'a sheet named like "Báo cáo" has the headers of sample counts',
      todo: 'rename the sheet, or give the report headers (Huyện or Xã/Phường/Đặc khu, Ngày báo cáo, Giải pháp, Khó khăn)',
    }),
    example: [],
  }),
  countRows: message({
    vi: (where: string, rows: number, matched: number, unmatched: number, totals: number, blanks: number) =>
      `${where}${rows} dòng số liệu: ${matched} dòng khớp, ${unmatched} dòng không khớp; bỏ qua ${totals} dòng tổng` +
      (blanks > 0 ? `; ${blanks} ô số mẫu để trống được lưu là "không có số liệu"` : ''),
    en: (where, rows, matched, unmatched, totals, blanks) =>
      `${where}${rows} data rows: ${matched} matched, ${unmatched} unmatched; ${totals} total row(s) skipped` +
      (blanks > 0 ? `; ${blanks} blank count(s) stored as no data` : ''),
    example: ['', 143, 142, 1, 1, 2],
  }),
  reportRows: message({
    vi: (where: string, rows: number, matched: number, unmatched: number) =>
      `${where}${rows} báo cáo: ${matched} khớp, ${unmatched} không khớp`,
    en: (where, rows, matched, unmatched) => `${where}${rows} report(s): ${matched} matched, ${unmatched} unmatched`,
    example: ['', 3, 3, 0],
  }),
  checkingAgainst: message({
    vi: (data: string, created: boolean) =>
      `Đối chiếu với ${data}${created ? ' (tệp này chưa có và sẽ được tạo)' : ''}`,
    en: (data, created) => `Checking against ${data}${created ? ' (it does not exist yet and will be created)' : ''}`,
    example: ['data/campaign.json', false],
  }),
};

/** The month of the rows: from the title, a "Tháng" column or the month option. */
export const MONTH = {
  titleTwoMonths: message({
    vi: (a: string, rowA: number, b: string, rowB: number, c: Controls) => ({
      problem: `tiêu đề ghi hai tháng: "${a}" (dòng ${rowA}) và "${b}" (dòng ${rowB})`,
      todo: `chỉ giữ một tháng trong tiêu đề, hoặc ghi tháng ở ${c.month} (dạng YYYY-MM).`,
    }),
    en: (a, rowA, b, rowB, c) => ({
      problem: `the title names two months: "${a}" (row ${rowA}) and "${b}" (row ${rowB})`,
      todo: `keep one month in the title, or give the month with ${c.month} YYYY-MM`,
    }),
    example: ['THÁNG 3/2025', 1, 'THÁNG 4/2025', 2, C],
  }),
  titleVsOption: message({
    vi: (text: string, month: string, option: string, c: Controls) => ({
      problem: `tiêu đề ghi "${text}" (${fm(month)}) nhưng ${c.month} ghi ${fm(option)}`,
      todo: `sửa tiêu đề hoặc ${c.month} để hai nơi ghi cùng một tháng.`,
    }),
    en: (text, month, option, c) => ({
      problem: `the title says "${text}" (${month}) but ${c.month} says ${option}`,
      todo: `fix the title or the ${c.month} option so they name the same month`,
    }),
    example: ['THÁNG 3/2025', '2025-03', '2025-02', C],
  }),
  fromColumn: message({
    vi: (label: string, column: string) => `tháng lấy từ cột ${column} "${label}"`,
    en: (label, column) => `month from the "${label}" column ${column}`,
    example: ['Tháng', 'A'],
  }),
  fromOption: message({
    vi: (month: string, c: Controls) => `${fm(month)}, lấy từ ${c.month}`,
    en: (month, c) => `month ${month} from ${c.month}`,
    example: ['2025-03', C],
  }),
  fromTitle: message({
    vi: (month: string, text: string, row: number) => `${fm(month)}, lấy từ tiêu đề ("${text}", dòng ${row})`,
    en: (month, text, row) => `month ${month} from the title ("${text}", row ${row})`,
    example: ['2025-03', 'THÁNG 3/2025', 2],
  }),
  notFound: message({ vi: () => 'không tìm thấy tháng', en: () => 'no month found', example: [] }),
  none: message({
    vi: (c: Controls) => ({
      problem: `không tìm thấy tháng: không có ${c.month}, không có cột "Tháng" và tiêu đề không ghi "THÁNG m/yyyy"`,
      todo: `ghi tháng ở ${c.month} (dạng YYYY-MM, ví dụ 2025-03), hoặc ghi "THÁNG 3/2025" vào tiêu đề của tệp.`,
    }),
    en: (c) => ({
      problem: `no month found: no ${c.month} option, no "Tháng" column and no "THÁNG m/yyyy" in the title rows`,
      todo: `run again with ${c.month} YYYY-MM, e.g. ${c.month} 2025-03`,
    }),
    example: [C],
  }),
  rowNone: message({
    vi: (c: Controls) => ({
      problem: 'dòng này không ghi tháng',
      todo: `ghi tháng theo dạng MM/YYYY, ví dụ 03/2025, hoặc ghi tháng ở ${c.month}.`,
    }),
    en: (c) => ({
      problem: 'no month in this row',
      todo: `write the month as MM/YYYY, e.g. 03/2025, or give ${c.month} YYYY-MM`,
    }),
    example: [C],
  }),
  rowInvalid: message({
    vi: (text: string) => ({
      problem: `"${text}" không phải là tháng có kèm năm`,
      todo: 'ghi theo dạng MM/YYYY, ví dụ 03/2025, hoặc 2025-03.',
    }),
    en: (text) => ({
      problem: `month "${text}" is not a month with its year`,
      todo: 'write it as MM/YYYY, e.g. 03/2025, or as 2025-03',
    }),
    example: ['3'],
  }),
  rowVsOption: message({
    vi: (month: string, option: string, c: Controls) => ({
      problem: `dòng này ghi ${fm(month)} nhưng ${c.month} ghi ${fm(option)}`,
      todo: `sửa ô "Tháng" hoặc ${c.month}.`,
    }),
    en: (month, option, c) => ({
      problem: `the row says ${month} but ${c.month} says ${option}`,
      todo: `fix the "Tháng" cell or the ${c.month} option`,
    }),
    example: ['2025-04', '2025-03', C],
  }),
  rowVsTitle: message({
    vi: (month: string, text: string, titleMonth: string) => ({
      problem: `dòng này ghi ${fm(month)} nhưng tiêu đề ghi "${text}" (${fm(titleMonth)})`,
      todo: 'sửa ô "Tháng" hoặc tiêu đề.',
    }),
    en: (month, text, titleMonth) => ({
      problem: `the row says ${month} but the title says "${text}" (${titleMonth})`,
      todo: 'fix the "Tháng" cell or the title',
    }),
    example: ['2025-04', 'THÁNG 3/2025', '2025-03'],
  }),
  future: message({
    vi: (month: string, current: string, c: Controls) => ({
      problem: `${fm(month)} chưa đến (tháng hiện tại là ${fm(current)})`,
      todo: `kiểm tra tháng ghi ở tiêu đề, ở cột "Tháng" hoặc ở ${c.month}: chưa thể nhập một tháng chưa bắt đầu.`,
    }),
    en: (month, current, c) => ({
      problem: `month ${month} is after the current month (${current})`,
      todo: `check the month in the title, the "Tháng" column or ${c.month}: a month cannot be imported before it starts`,
    }),
    example: ['2099-01', '2025-04', C],
  }),
  asOfLate: message({
    vi: (month: string, asOf: string, lastDay: string, c: Controls) => ({
      problem: `số liệu ${fm(month)} được lưu là tính đến ngày ${fd(asOf)}, hơn hai tháng sau ngày cuối tháng (${fd(lastDay)})`,
      todo: `nếu số liệu được lấy sớm hơn, ghi đúng ngày bằng ${c.asOf} (dạng YYYY-MM-DD).`,
    }),
    en: (month, asOf, lastDay, c) => ({
      problem: `the figures of ${month} are stored as valid on ${asOf}, more than two months after the month's last day (${lastDay})`,
      todo: `if the figures were taken earlier, give that date with ${c.asOf} YYYY-MM-DD`,
    }),
    example: ['2025-03', '2025-06-01', '2025-03-31', C],
  }),
};

/** The header and the rows of a counts sheet. */
export const COUNTS = {
  noCountColumn: message({
    vi: (cells: string) => ({
      problem: `dòng tiêu đề cột không có cột số mẫu (${cells})`,
      todo: 'đặt tên cột số mẫu là "Số mẫu đo" (hoặc "Số mẫu").',
    }),
    en: (cells) => ({
      problem: `no count column in the header row (${cells})`,
      todo: 'name the column of sample counts "Số mẫu đo" (or "Số mẫu", "samples")',
    }),
    example: ['STT, Xã/Phường/Thị trấn, Ghi chú'],
  }),
  noCommuneColumn: message({
    vi: (cells: string) => ({
      problem: `dòng tiêu đề cột không có cột tên xã (${cells})`,
      todo: 'đặt tên cột tên xã là "Xã/Phường/Đặc khu" (trước tháng 7/2025 là "Xã/Phường/Thị trấn"), hoặc đặt tên cột mã là "Mã ĐVHC".',
    }),
    en: (cells) => ({
      problem: `no commune column in the header row (${cells})`,
      todo: 'name the column of commune names "Xã/Phường/Thị trấn" (from 07/2025 "Xã/Phường/Đặc khu"), or the column of codes "Mã ĐVHC"',
    }),
    example: ['STT, Số mẫu đo'],
  }),
  repeatedColumn: message({
    vi: (label: string, columns: readonly string[]) => ({
      problem: `có hai cột cùng tiêu đề kiểu "${label}" (cột ${list('vi', columns)})`,
      todo: 'đổi tên hoặc xoá bớt một cột, để mỗi loại số liệu chỉ có một cột.',
    }),
    en: (label, columns) => ({
      problem: `two columns are headed like "${label}" (${columns.join(' and ')})`,
      todo: 'rename or delete one of them so each kind of data has one column',
    }),
    example: ['Số mẫu đo', ['C', 'E']],
  }),
  noDataRows: message({
    vi: () => ({ problem: 'dưới dòng tiêu đề cột không có dòng số liệu nào', todo: RIGHT_FILE.vi }),
    en: () => ({ problem: 'no data rows under the header', todo: RIGHT_FILE.en }),
    example: [],
  }),
  totalMismatch: message({
    vi: (stated: number, sum: number) => ({
      problem: `dòng tổng ghi ${formatNumber(stated)} nhưng cộng các dòng ở trên được ${formatNumber(sum)}`,
      todo: 'kiểm tra lại tệp; các dòng xã vẫn được nhập, dòng tổng thì không.',
    }),
    en: (stated, sum) => ({
      problem: `the total row says ${formatNumber(stated)} but the rows above add up to ${formatNumber(sum)}`,
      todo: 'check the file; the rows are imported, the total row is not',
    }),
    example: [1234, 1224],
  }),
  totalUnreadable: message({
    vi: (problem: string) => ({
      problem: `ở dòng tổng: ${problem}`,
      todo: 'dòng tổng không được nhập; kiểm tra lại tệp.',
    }),
    en: (problem) => ({ problem: `the total row's ${problem}`, todo: 'the total row is not imported; check the file' }),
    example: ['"n/a"'],
  }),
  subtotalMismatch: message({
    vi: (name: string, stated: number, sum: number) => ({
      problem: `dòng cộng của ${name} ghi ${formatNumber(stated)} nhưng cộng các dòng xã được ${formatNumber(sum)}`,
      todo: 'kiểm tra lại tệp; các dòng xã vẫn được nhập, dòng cộng thì không.',
    }),
    en: (name, stated, sum) => ({
      problem: `the subtotal of ${name} says ${formatNumber(stated)} but its rows add up to ${formatNumber(sum)}`,
      todo: 'check the file; the commune rows are imported, the subtotal is not',
    }),
    example: ['Huyện Kiên Lương', 31, 30],
  }),
  noVintage: message({
    vi: (month: string, c: Controls) => ({
      problem: `chưa có danh sách đơn vị hành chính cho ${fm(month)} (${c.areaFile}: danh sách mới nhất đã hết hiệu lực)`,
      todo: `nhờ người quản trị trang thêm danh sách đơn vị mới vào ${c.areaFile} rồi mới nhập tháng này.`,
    }),
    en: (month, c) => ({
      problem: `no unit list covers ${month} (${c.areaFile}: the last vintage has ended)`,
      todo: `add the new vintage to ${c.areaFile} before importing this month`,
    }),
    example: ['2031-01', C],
  }),
  blank: message({
    vi: (what: string, c: Controls) => ({
      problem: `chưa ghi số mẫu của ${what}`,
      todo: `ghi số mẫu đo (ghi 0 nếu không có mẫu nào), hoặc chọn ${c.blankIsNoData} để lưu ô trống là "không có số liệu".`,
    }),
    en: (what, c) => ({
      problem: `no count for ${what}`,
      todo: `write the number of samples (0 if none were taken), or run with ${c.blankIsNoData} to store blank counts as "no data"`,
    }),
    example: ['Xã Bình Sơn (0823)', C],
  }),
  duplicate: message({
    vi: (unit: string, month: string, first: number, row: number, rows: 'copy' | 'merged' | 'other') => ({
      problem: `${unit} có hai dòng trong ${fm(month)}: dòng ${first} và dòng ${row}${rows === 'copy' ? ', giống hệt nhau' : ''}`,
      // Two rows of a unit formed by merging may be two of its old communes: keeping one of them
      // would publish a part of its count as the whole.
      todo: {
        copy: `xoá dòng ${row} (dòng chép lặp).`,
        merged: `đơn vị này gồm nhiều xã cũ: nếu hai dòng là hai xã cũ, đừng giữ một dòng hay tự cộng hai dòng — tải lại tệp của ${fm(month)} theo danh sách đơn vị mới từ cổng VNNIC; nếu không, sửa lại thành một dòng với số mẫu VNNIC tính cho đơn vị này.`,
        other: 'đối chiếu với tệp của VNNIC rồi chỉ giữ lại dòng đúng.',
      }[rows],
    }),
    en: (unit, month, first, row, rows) => ({
      problem: `${unit} appears twice for ${month}: rows ${first} and ${row}${rows === 'copy' ? ' (identical)' : ''}`,
      todo: {
        copy: `delete row ${row} (a repeated copy)`,
        merged: `the unit was formed from several old communes: if the rows are two of them, neither keep one nor add them up — export the month again from the VNNIC portal on the new list; otherwise make them one row with VNNIC's count for the unit`,
        other: 'check against the VNNIC file and keep the right row',
      }[rows],
    }),
    example: ['Phường Rạch Giá (0742)', '2025-09', 4, 8, 'merged'],
  }),
};

/** A count cell that is not a whole number of samples. */
export const COUNT = {
  notNumberCell: message({
    vi: (value: string) => ({ problem: `số mẫu không phải là một số (${value})`, todo: WHOLE.vi }),
    en: (value) => ({ problem: `count is not a number (${value})`, todo: WHOLE.en }),
    example: ['true'],
  }),
  negative: message({
    vi: (shown: string) => ({ problem: `số mẫu âm ${shown}`, todo: 'số mẫu không thể nhỏ hơn 0; sửa lại con số.' }),
    en: (shown) => ({ problem: `negative count ${shown}`, todo: 'a count cannot be below 0; correct the number' }),
    example: ['"-5"'],
  }),
  commaThousands: message({
    vi: (shown: string) => ({
      problem: `số mẫu ${shown} không rõ nghĩa (dấu phẩy là dấu thập phân)`,
      todo: 'ghi số không có dấu phẩy, ví dụ 1234 hoặc 1.234.',
    }),
    en: (shown) => ({
      problem: `ambiguous count ${shown} (in Vietnamese a comma is a decimal point)`,
      todo: 'write it without a comma, e.g. 1234 or 1.234',
    }),
    example: ['"1,234"'],
  }),
  fraction: message({
    vi: (shown: string) => ({ problem: `số mẫu ${shown} là số lẻ, không phải số nguyên`, todo: WHOLE.vi }),
    en: (shown) => ({ problem: `fraction ${shown} is not a whole number of samples`, todo: WHOLE.en }),
    example: ['"12,5"'],
  }),
  notNumber: message({
    vi: (shown: string) => ({ problem: `số mẫu ${shown} không phải là một số`, todo: WHOLE.vi }),
    en: (shown) => ({ problem: `count ${shown} is not a number`, todo: WHOLE.en }),
    example: ['"chưa có"'],
  }),
  tooLarge: message({
    vi: (shown: string) => ({ problem: `số mẫu ${shown} quá lớn`, todo: 'kiểm tra lại con số.' }),
    en: (shown) => ({ problem: `count ${shown} is too large`, todo: 'check the number' }),
    example: ['1e+21'],
  }),
};
