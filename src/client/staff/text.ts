/**
 * The staff page's own words (the import's messages come from the import itself, as the command
 * prints them). Vietnamese, for provincial staff; numbers and months as the site writes them
 * (lib/text/format).
 */
import { formatMonth, formatNumber as n } from '../../lib/text/format';
import { megabytes, MAX_FILE_BYTES, MAX_XLSX_EXPANDED_BYTES } from './limits';

export const TEXT = {
  tooLarge: (bytes: number) =>
    `Tệp quá lớn (${megabytes(bytes)}; tối đa ${megabytes(MAX_FILE_BYTES)}). Tệp số mẫu hằng tháng chỉ vài trăm dòng: hãy kiểm tra đã chọn đúng tệp tải từ cổng dữ liệu VNNIC.`,
  expandsTooMuch: (bytes: number) =>
    `Tệp Excel này khi giải nén sẽ chiếm ${Number.isFinite(bytes) ? megabytes(bytes) : 'quá nhiều bộ nhớ'} (tối đa ${megabytes(MAX_XLSX_EXPANDED_BYTES)}), nên không được mở. Hãy mở tệp bằng Excel, chỉ giữ bảng số mẫu, rồi lưu lại thành "Excel Workbook (.xlsx)".`,
  notSpreadsheet: (name: string) =>
    `Tệp "${name}" không phải bảng tính mà trang đọc được. Hãy chọn tệp .xlsx, .csv (UTF-8) hoặc .txt ("Unicode Text" của Excel).`,
  dataUnavailable:
    'Không tải được dữ liệu đang công bố của trang (campaign.json, danh mục đơn vị). Kiểm tra kết nối mạng rồi chọn lại tệp.',
  unreadable:
    'Không đọc được tệp này (tệp hỏng hoặc quá lớn so với bộ nhớ của máy). Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.',
  workerFailed:
    'Việc kiểm tra bị dừng (tệp quá lớn so với bộ nhớ hoặc trình duyệt đã ngắt). Trang vẫn dùng được: hãy chọn tệp khác hoặc tải lại trang.',
  checking: (name: string) => `Đang kiểm tra tệp "${name}"…`,
  clean: (name: string) =>
    `Tệp "${name}" hợp lệ: không có lỗi nào. Xem trước tháng bên dưới rồi tải tệp dữ liệu đã cập nhật.`,
  problems: (name: string, count: number) =>
    `Tệp "${name}" có ${n(count)} lỗi. Chưa tải được tệp dữ liệu: sửa từng lỗi trong danh sách dưới đây rồi chọn lại tệp.`,
  warnings: (count: number) => `${n(count)} lưu ý (không chặn việc cập nhật, nhưng nên sửa trong tệp):`,
  where: (p: {
    row?: number | undefined;
    column?: string | undefined;
    sheet?: string | undefined;
    file?: string | undefined;
  }) => {
    const parts: string[] = [];
    if (p.file) parts.push(`Tệp ${p.file}`);
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
  downloaded:
    'Đã tải tệp campaign.json. Bước tiếp theo: mở kho mã của trang trên GitHub/GitLab, vào thư mục data/, chọn "Add file → Upload files", tải tệp campaign.json này lên thay tệp cũ rồi bấm "Commit changes". Trang sẽ tự xây dựng lại và đăng trong vài phút.',
} as const;
