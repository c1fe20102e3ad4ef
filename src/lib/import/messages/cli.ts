/**
 * The command line's own messages: `--help`, and what it says about wrong options before any
 * import runs (exit code 2).
 */
import { message } from '../../text/messages';

const HELP_VI = (source: string): string => `Cách dùng: npm run import -- <tệp> [tùy chọn]

Nhập số mẫu đo i-Speed của một tháng theo từng xã (hoặc báo cáo của tháng)
từ tệp .csv hoặc .xlsx vào tệp dữ liệu của trang web. Mọi thứ được kiểm tra
trước; nếu có chỗ sai, lệnh liệt kê hết các lỗi và không ghi gì cả.

Tháng quyết định danh sách đơn vị (data/area.json kể các thời kỳ). Các tháng trước
7/2025, nếu trang có, dùng các xã, phường, thị trấn của các huyện cũ (cột "Huyện"
giúp phân biệt các tên có ở hai huyện; báo cáo gửi theo huyện). Từ tháng 7/2025
dùng các đơn vị mới (xã, phường, đặc khu; không còn huyện; báo cáo gửi theo xã);
tệp của tỉnh khác hoặc tệp toàn quốc bị từ chối bằng một thông báo. Đặt tên cột tên đơn vị là
"Xã/Phường/Đặc khu". Tên thuộc danh sách kia bị từ chối, kèm tên cần ghi thay;
mã và tên chỉ hai đơn vị khác nhau cũng bị từ chối. Tên viết không dấu
("Vinh Hoa Hung") chỉ được nhập, kèm cảnh báo, khi nó chỉ có thể là một đơn vị
trong danh sách của tháng; nếu không, tên bị từ chối, kèm các đơn vị có thể.

Tùy chọn:
  --month YYYY-MM        Tháng của số liệu, ví dụ --month 2025-09. Cần khi tệp không có
                         cột "Tháng" và tiêu đề không ghi "THÁNG 9/2025".
  --sheet TÊN            Đọc trang tính này của tệp .xlsx (mặc định: trang đầu tiên, và
                         trang tên "Báo cáo" nếu có, chứa báo cáo).
  --replace              Ghi đè một tháng (hoặc một báo cáo) đã nhập trước đó.
  --dry-run              Chạy thử: kiểm tra và cho xem những gì sẽ thay đổi; không ghi gì.
  --data ĐƯỜNG_DẪN       Tệp dữ liệu (mặc định: data/campaign.json). Danh sách đơn vị được
                         đọc trong cùng thư mục: area.json và vintages/<id>/units.json.
  --blank-is-no-data     Lưu ô số mẫu để trống là "không có số liệu" thay vì từ chối tệp.
  --as-of YYYY-MM-DD     Ngày số liệu được tính đến (mặc định: hôm nay). Phần tóm tắt ghi
                         ngày này; nếu trước ngày cuối tháng, trang web ghi tháng đó là
                         "đang cập nhật"; nếu sau ngày cuối tháng hơn hai tháng, có cảnh báo.
  --source VĂN_BẢN       Đơn vị công bố số liệu (mặc định: "${source}").
  --imported-at THỜI_ĐIỂM
                         Thời điểm nhập, dạng ISO (ví dụ 2025-04-15T10:00:00+07:00), thay
                         cho giờ của máy: được ghi vào tệp dữ liệu, và quyết định "hôm nay"
                         (ngày mặc định của --as-of) và tháng hiện tại. Hai lần nhập cùng
                         tệp, cùng --imported-at và --as-of ghi ra các byte giống hệt nhau.
  --lang vi|en           Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh).
  --quiet                Chỉ in các lỗi.
  --help                 Xem hướng dẫn này.

Ví dụ:
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx --dry-run
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx
  npm run import -- bao-cao-thang-9-2025.csv
  npm run import -- so-mau.csv --month 2025-03 --as-of 2025-04-05 --replace

Mã thoát: 0 đã nhập (hoặc chạy thử không có lỗi), 1 có lỗi (không ghi gì),
2 tùy chọn sai.`;

const HELP_EN = (source: string): string => `Usage: npm run import -- <file> [options]

Imports one month of i-Speed sample counts per commune (or the reports of the
month) from a .csv or .xlsx file into the site's data file. Everything is checked
first; if anything is wrong, all problems are listed and nothing is written.

The month decides the unit list (data/area.json lists the vintages). Months
before 2025-07, where the site has them, use the communes of the former districts
(a "Huyện" column helps with names found in two districts; reports are per
district). Months from 2025-07 use the new units (Xã, Phường, Đặc khu; no
districts; reports are per commune); a file of another province, or the national
file, is refused in one message. Head the name column "Xã/Phường/Đặc khu". A name of the other list is refused with the name to
write instead; a code and a name that name two different units are refused.
A name typed without diacritics ("Vinh Hoa Hung") is imported, with a warning,
only when it can be one unit of the month's list; otherwise it is refused with
the units it could be.

Options:
  --month YYYY-MM        The month of the figures, e.g. --month 2025-09. Needed when the
                         file has no "Tháng" column and no "THÁNG 9/2025" in its title.
  --sheet NAME           Read this sheet of an .xlsx file (default: the first sheet, plus
                         a sheet named "Báo cáo" with the reports).
  --replace              Overwrite a month (or a report) that is already imported.
  --dry-run              Check and show what would change; write nothing.
  --data PATH            The data file (default: data/campaign.json). The unit lists are
                         read from the same folder: area.json and vintages/<id>/units.json.
  --blank-is-no-data     Store a blank count as "no data" instead of refusing the file.
  --as-of YYYY-MM-DD     The date the figures are valid for (default: today). The summary
                         names it; before the month's last day the site shows the month
                         as in progress ("đang cập nhật"); more than two months after
                         the month's end it gets a warning.
  --source TEXT          Who published the figures (default: "${source}").
  --imported-at DATETIME The time of the import, ISO 8601 (e.g. 2025-04-15T10:00:00+07:00),
                         instead of the clock: it is recorded in the data file and decides
                         "today" (the default --as-of) and the current month. Two imports
                         of one file with the same --imported-at and --as-of write the same
                         bytes.
  --lang vi|en           The language of the messages: vi (Vietnamese, the default) or en.
  --quiet                Print only problems.
  --help                 Show this help.

Examples:
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx --dry-run
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx
  npm run import -- bao-cao-thang-9-2025.csv
  npm run import -- so-mau.csv --month 2025-03 --as-of 2025-04-05 --replace

Exit status: 0 imported (or dry run passed), 1 problems found (nothing written),
2 wrong options.`;

export const CLI = {
  help: message({ vi: HELP_VI, en: HELP_EN, example: ['VNNIC – hệ thống đo i-Speed'] }),
  seeHelp: message({
    vi: () => 'Xem các tùy chọn bằng lệnh "npm run import -- --help".',
    en: () => 'Run "npm run import -- --help" to see the options.',
    example: [],
  }),
  unknownOption: message({
    vi: (option: string) => `Không có tùy chọn ${option}.`,
    en: (option) => `Unknown option ${option}.`,
    example: ['--force'],
  }),
  missingValue: message({
    vi: (option: string) => `Tùy chọn ${option} cần có giá trị đi kèm.`,
    en: (option) => `The option ${option} needs a value.`,
    example: ['--month'],
  }),
  badOptions: message<[detail: string]>({
    vi: () => 'Các tùy chọn không đúng.',
    en: (detail) => detail,
    example: ["Unexpected argument '-x'"],
  }),
  noFile: message({
    vi: () => 'Hãy ghi tên tệp cần nhập, ví dụ: npm run import -- so-mau-thang-3-2025.xlsx (xem --help).',
    en: () => 'Give the file to import, e.g. npm run import -- so-mau-thang-3-2025.xlsx (see --help).',
    example: [],
  }),
  severalFiles: message({
    vi: (files: readonly string[]) => `Mỗi lần chỉ nhập một tệp (đang có ${files.length} tệp: ${files.join(', ')}).`,
    en: (files) => `Give one file at a time (got ${files.length}: ${files.join(', ')}).`,
    example: [['a.csv', 'b.csv']],
  }),
  badLang: message({
    vi: (value: string) =>
      `Không có ngôn ngữ "${value}": dùng --lang vi (tiếng Việt, mặc định) hoặc --lang en (tiếng Anh).`,
    en: (value) => `There is no language "${value}": use --lang vi (Vietnamese, the default) or --lang en (English).`,
    example: ['fr'],
  }),
  badImportedAt: message({
    vi: (value: string) =>
      `"${value}" ở --imported-at không phải là một thời điểm: ghi theo dạng ISO, ví dụ 2025-04-15T10:00:00+07:00.`,
    en: (value) =>
      `--imported-at "${value}" is not a date and time: write it as ISO 8601, e.g. 2025-04-15T10:00:00+07:00.`,
    example: ['15/04/2025'],
  }),
};
