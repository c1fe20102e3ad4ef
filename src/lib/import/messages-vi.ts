/**
 * Vietnamese wording of the import's newer messages (names written without diacritics), kept
 * together so that they move as one into the import's message catalogue, where every message of
 * the import is to go. Each returns the `problem` and `todo` of a Problem; none decides anything.
 */

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
