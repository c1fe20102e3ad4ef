/**
 * Vietnamese wording of the import's newer messages (names written without diacritics, the "as
 * of" date), kept together so that they move as one into the import's message catalogue, where
 * every message of the import is to go. Each returns the `problem` and `todo` of a Problem, or a
 * summary line; none decides anything.
 */
import { formatDate, formatMonth } from '../text/format';

/** "a", "a hoặc b", "a, b hoặc c". */
function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1) ?? ''}`;
}

/** A name written without diacritics, read as the one unit it can be (a warning). */
export function foldedNameAccepted(written: string, unit: string): { problem: string; todo: string } {
  return {
    problem: `"${written}" được hiểu là ${unit} (viết không dấu)`,
    todo: 'nên sửa tên trong tệp cho đúng.',
  };
}

/** A name written without diacritics that can be several units (refused). */
export function foldedNameAmbiguous(
  written: string,
  candidates: readonly string[],
  severalDistricts: boolean,
): { problem: string; todo: string } {
  const district = severalDistricts ? ', thêm cột "Huyện"' : '';
  return {
    problem: `"${written}" viết không dấu nên có thể là ${candidates.length} đơn vị: ${listWithOr(candidates)}`,
    todo: `viết tên có dấu cho đúng${district} hoặc ghi mã trong cột "Mã ĐVHC"; không nhập theo tên đoán.`,
  };
}

/** The summary line naming the "as of" date stored with a month. */
export function asOfStoredLine(asOf: string): string {
  return `  Số liệu tính đến ngày ${formatDate(asOf)} (ngày lưu cùng tháng; ghi ngày khác bằng --as-of YYYY-MM-DD).`;
}

/** The summary line of a month whose "as of" date is before its last day. */
export function asOfInProgressLine(month: string, lastDay: string): string {
  return `  Ngày này trước ngày cuối ${formatMonth(month)} (${formatDate(lastDay)}): trang web sẽ ghi ${formatMonth(month)} là "đang cập nhật".`;
}

/** An "as of" date more than two months after the month's end (a warning). */
export function asOfLate(month: string, asOf: string, lastDay: string): { problem: string; todo: string } {
  return {
    problem: `số liệu ${formatMonth(month)} được lưu là tính đến ngày ${formatDate(asOf)}, hơn hai tháng sau ngày cuối tháng (${formatDate(lastDay)})`,
    todo: 'nếu số liệu được lấy sớm hơn, ghi đúng ngày bằng --as-of YYYY-MM-DD.',
  };
}
