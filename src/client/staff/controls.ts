/**
 * How the import's messages name the options on this page: where the command says "--replace",
 * the page names its checkbox, so a "what to do" points at something the user can see; and where
 * the command names a file of the repository, the page says it as staff see it.
 */
import type { Controls } from '../../lib/import/messages/voice';

export const PAGE_CONTROLS: Controls = {
  month: 'ô "Tháng của số liệu" (mục Tuỳ chọn)',
  sheet: 'ô "Tên trang tính" (mục Tuỳ chọn)',
  replace: 'ô "Thay thế tháng đã có" (mục Tuỳ chọn)',
  dryRun: 'bước kiểm tra trên trang này',
  data: 'dữ liệu đang công bố',
  blankIsNoData: 'ô "Ô số mẫu để trống nghĩa là chưa có số liệu" (mục Tuỳ chọn)',
  asOf: 'ô "Số liệu tính đến ngày" (mục Tuỳ chọn)',
  source: 'ô "Nguồn số liệu" (mục Tuỳ chọn)',
  unitList: 'danh mục đơn vị tải ở trang "Dữ liệu" của trang web',
  countsExample: '"so-mau-thang-mau.csv", nhờ người quản trị trang gửi',
  reportsExample: 'tệp mẫu "bao-cao-huyen-mau.csv", nhờ người quản trị trang gửi',
  areaFile: 'dữ liệu của trang',
};
