/**
 * The staff page's own words (the import's messages come from the import itself, as the command
 * prints them). Vietnamese, for provincial staff; numbers and months as the site writes them
 * (lib/text/format).
 */
import { formatDate, formatMonth, formatNumber as n } from '../../lib/text/format';
import { PAGE_CONTROLS } from './controls';
import { megabytes, MAX_FILE_BYTES, MAX_XLSX_EXPANDED_BYTES } from './limits';

export const TEXT = {
  tooLarge: (bytes: number) =>
    `Tệp quá lớn (${megabytes(bytes)}; tối đa ${megabytes(MAX_FILE_BYTES)}). Tệp số mẫu hằng tháng chỉ vài trăm dòng: hãy kiểm tra đã chọn đúng tệp tải từ cổng dữ liệu VNNIC.`,
  expandsTooMuch: (bytes: number) =>
    `Tệp Excel này khi giải nén sẽ chiếm ${Number.isFinite(bytes) ? megabytes(bytes) : 'quá nhiều bộ nhớ'} (tối đa ${megabytes(MAX_XLSX_EXPANDED_BYTES)}), nên không được mở. Hãy mở tệp bằng Excel, chỉ giữ bảng số mẫu, rồi lưu lại thành "Excel Workbook (.xlsx)".`,
  notSpreadsheet: (name: string) =>
    `Tệp "${name}" không phải bảng tính mà trang đọc được. Hãy chọn tệp Excel (.xlsx), tệp "CSV UTF-8" (.csv) hoặc tệp "Unicode Text" (.txt) của Excel.`,
  dataUnavailable:
    'Không tải được dữ liệu đang công bố của trang (số liệu các tháng, danh mục đơn vị). Kiểm tra kết nối mạng rồi chọn lại tệp.',
  loadingPublished: 'Đang tải dữ liệu đang công bố…',
  latestPublished: (month: string, asOf: string | undefined) =>
    `Tháng mới nhất đang đăng trên trang: ${formatMonth(month)}${asOf ? ` (số liệu tính đến ${formatDate(asOf)})` : ''}. Trang vừa tải dữ liệu này; mỗi lần kiểm tra tệp, trang lại tải dữ liệu mới nhất.`,
  noRealMonth: (illustrative: boolean) =>
    illustrative
      ? 'Trang chưa đăng tháng số liệu thật nào (chỉ có số liệu minh hoạ): tháng bạn cập nhật sẽ là tháng đầu tiên.'
      : 'Trang chưa đăng tháng số liệu nào: tháng bạn cập nhật sẽ là tháng đầu tiên.',
  publishedUnavailable:
    'Chưa tải được dữ liệu đang công bố (kiểm tra kết nối mạng). Trang sẽ thử lại khi bạn chọn tệp.',
  readFailed: (name: string) =>
    `Không đọc được tệp "${name}" từ máy tính: tệp đã bị sửa, di chuyển hoặc xoá sau khi chọn. Chưa kiểm tra gì. Hãy chọn lại tệp (nếu vừa sửa tệp trong Excel, lưu và đóng tệp trước).`,
  outOfMemory:
    'Tệp quá lớn so với bộ nhớ của máy, nên không kiểm tra được. Hãy mở tệp bằng Excel, chỉ giữ bảng số mẫu của tháng, lưu lại rồi chọn lại.',
  bug: (detail: string) =>
    `Lỗi của trang, không phải lỗi của tệp: việc kiểm tra dừng giữa chừng. Trang vẫn dùng được (chọn lại tệp hoặc tải lại trang). Hãy báo cho người quản trị trang, kèm tên tệp, thời điểm và nội dung lỗi: ${detail}`,
  workerFailed:
    'Lỗi của trang, không phải lỗi của tệp: không chạy được phần kiểm tra (trình duyệt đã ngắt hoặc không tải được). Trang vẫn dùng được: hãy tải lại trang rồi chọn lại tệp; nếu vẫn lỗi, báo cho người quản trị trang.',
  checking: (name: string) => `Đang kiểm tra tệp "${name}"…`,
  clean: (name: string) =>
    `Tệp "${name}" hợp lệ: không có lỗi nào. Xem trước tháng bên dưới rồi tải tệp dữ liệu đã cập nhật.`,
  problems: (name: string, count: number) =>
    `Tệp "${name}" có ${n(count)} lỗi. Chưa tải được tệp dữ liệu: sửa từng lỗi trong danh sách dưới đây rồi chọn lại tệp.`,
  more: (count: number) =>
    `Còn ${n(count)} mục nữa không liệt kê ở đây: sửa các mục trên rồi chọn lại tệp, hoặc xem tất cả trong "Toàn bộ kết quả" bên dưới.`,
  warnings: (count: number) => `${n(count)} lưu ý (không chặn việc cập nhật, nhưng nên sửa trong tệp):`,
  where: (p: {
    row?: number | undefined;
    column?: string | undefined;
    sheet?: string | undefined;
    file?: string | undefined;
  }) => {
    const parts: string[] = [];
    // The data the page checks against is named by the import as the page names it (PAGE_CONTROLS.data).
    if (p.file) parts.push(p.file === PAGE_CONTROLS.data ? p.file : `Tệp ${p.file}`);
    if (p.sheet) parts.push(`trang tính "${p.sheet}"`);
    if (p.row !== undefined) parts.push(`dòng ${n(p.row)}`);
    if (p.row !== undefined && p.column !== undefined) parts.push(`cột ${p.column}`);
    const text = parts.join(', ');
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Cả tệp';
  },
  removed: (months: readonly string[]) =>
    `Lưu ý: đây là tháng số liệu thật đầu tiên, nên ${n(months.length)} tháng số liệu minh hoạ (${months.map(formatMonth).join(', ')}) sẽ bị xoá khỏi trang khi tệp này được đăng.`,
  added: (m: { month: string; action: 'added' | 'replaced' }) =>
    `${m.action === 'added' ? 'Thêm' : 'Thay thế'} số mẫu ${formatMonth(m.month)}.`,
  reportsAdded: (month: string) => `Thêm báo cáo ${formatMonth(month)}.`,
  downloaded: (minutes: number) =>
    `Đã tải tệp campaign.json. Bước tiếp theo: mở kho mã của trang trên GitHub/GitLab, bấm vào thư mục "data", chọn "Add file → Upload files", kéo tệp campaign.json này vào (tên tệp phải đúng là campaign.json: nếu máy đặt tên "campaign (1).json", đổi tên trước), rồi bấm "Commit changes". Trang tự kiểm tra, xây dựng lại và đăng sau khoảng ${minutes} phút (ước tính); xem mục "Sau khi tải lên" bên dưới.`,
} as const;
