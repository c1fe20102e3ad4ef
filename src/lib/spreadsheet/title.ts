/**
 * What the rows above the header say: the month in a title ("THÁNG 3/2025", "Tháng 03 năm 2025",
 * "tháng 3 - 2025") and whether the file calls itself an example. Also: month and date cells, and
 * the total row at the bottom ("Tổng cộng", "Tổng", "Total").
 */
import { tonelessKey } from '../text/names';
import { cellText, columnLetter, type CellValue, type SheetRow } from './types';

/** Lower case without diacritics, keeping the punctuation months are written with (`/ - .`). */
function looseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ');
}

function monthKey(month: number, year: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12 || year < 2000 || year > 2999) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * A month cell or option → `YYYY-MM`: "2025-03", "03/2025", "3-2025", "Tháng 3/2025", "T3/2025",
 * "tháng 3 năm 2025", or an Excel date (its year and month). `undefined` when it is not a month.
 */
export function parseMonth(value: CellValue | undefined): string | undefined {
  if (value instanceof Date) return monthKey(value.getUTCMonth() + 1, value.getUTCFullYear());
  if (typeof value !== 'string') return undefined;
  const t = looseText(value).trim();
  let m = /^(\d{4})-(\d{1,2})$/u.exec(t) ?? /^(\d{4})\/(\d{1,2})$/u.exec(t);
  if (m) return monthKey(Number(m[2]), Number(m[1]));
  m = /^(?:thang|t)?\s*(\d{1,2})\s*(?:[/\-.]|nam)\s*(\d{4})$/u.exec(t);
  if (m) return monthKey(Number(m[1]), Number(m[2]));
  return undefined;
}

/** A date cell → `YYYY-MM-DD`: "10/04/2025", "10-4-2025", "2025-04-10" or an Excel date. */
export function parseDate(value: CellValue | undefined): string | undefined {
  let y: number;
  let mo: number;
  let d: number;
  if (value instanceof Date) {
    y = value.getUTCFullYear();
    mo = value.getUTCMonth() + 1;
    d = value.getUTCDate();
  } else if (typeof value === 'string') {
    const t = looseText(value)
      .trim()
      .replace(/^ngay\s*/u, '');
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
    const vn = /^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})$/u.exec(t);
    const words = /^(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/u.exec(t);
    if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (vn) [d, mo, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
    else if (words) [d, mo, y] = [Number(words[1]), Number(words[2]), Number(words[3])];
    else return undefined;
  } else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

export interface TitleMonth {
  month: string;
  row: number;
  column: string;
  /** The words as written, e.g. "THÁNG 3/2025". */
  text: string;
}

/**
 * Months named in title rows. A document date ("Kiên Giang, ngày 05 tháng 4 năm 2025") is not a
 * month of data and is skipped.
 */
export function titleMonths(rows: readonly SheetRow[]): TitleMonth[] {
  const found: TitleMonth[] = [];
  const pattern = /(ngay\s*\d{1,2}\s*)?thang\s*(\d{1,2})\s*(?:[/\-.]|nam)\s*(\d{4})/gu;
  for (const { row, cells } of rows) {
    cells.forEach((cell, i) => {
      if (typeof cell !== 'string') return;
      const original = cell.normalize('NFC');
      const t = looseText(original);
      for (const m of t.matchAll(pattern)) {
        if (m[1]) continue;
        const month = monthKey(Number(m[2]), Number(m[3]));
        // looseText keeps the length of NFC Vietnamese text, so the match can be quoted as written.
        const start = (m.index ?? 0) + (m[1]?.length ?? 0);
        const text = t.length === original.length ? original.slice(start, (m.index ?? 0) + m[0].length) : m[0];
        if (month) found.push({ month, row, column: columnLetter(i), text: text.trim() });
      }
    });
  }
  return found;
}

/** True when a title row says the file is an example ("VÍ DỤ", "example", "số liệu không có thật"). */
export function exampleMarker(rows: readonly SheetRow[]): { row: number; column: string } | undefined {
  for (const { row, cells } of rows) {
    for (let i = 0; i < cells.length; i += 1) {
      const t = ` ${tonelessKey(cellText(cells[i]))} `;
      if (/ (vi du|example|khong co that|mau minh hoa) /u.test(t)) return { row, column: columnLetter(i) };
    }
  }
  return undefined;
}

const TOTAL_LABELS = new Set([
  'tong cong',
  'tong',
  'tong so',
  'cong',
  'total',
  'grand total',
  'toan tinh',
  'tong toan tinh',
  'tong cong toan tinh',
]);

/** True for a total row: a label cell in the first columns reads "Tổng cộng", "Tổng", "Total"… */
export function isTotalRow(cells: readonly CellValue[], labelColumns: readonly number[]): boolean {
  return labelColumns.some((i) => {
    const cell = cells[i];
    // Every total label starts with t/c/g ("Tổng", "Cộng", "Total", "Grand total"): a cheap first test.
    return (
      typeof cell === 'string' && cell.length < 40 && /^\s*[tcgTCG]/u.test(cell) && TOTAL_LABELS.has(tonelessKey(cell))
    );
  });
}
