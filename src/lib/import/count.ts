/**
 * Reading a sample count from a cell: a non-negative whole number. Vietnamese thousands separators
 * ("1.234", "1 234") and Excel numbers are accepted; negatives, fractions ("12,5", 12.5), text and
 * ambiguous "1,234" are refused with a way to fix them.
 */
import type { CellValue } from '../spreadsheet/types';

export type CountResult =
  { ok: true; value: number } | { ok: false; blank: true } | { ok: false; blank: false; problem: string; todo: string };

const WHOLE = 'write the number of samples as a whole number, e.g. 1234 or 1.234';

function quote(value: CellValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export function parseCount(value: CellValue | undefined): CountResult {
  if (value === null || value === undefined) return { ok: false, blank: true };
  if (typeof value === 'number') return checkNumber(value, quote(value));
  if (typeof value === 'boolean' || value instanceof Date) {
    return { ok: false, blank: false, problem: `count is not a number (${String(value)})`, todo: WHOLE };
  }
  // Spaces of every kind (no-break, narrow no-break, thin) may separate thousands.
  const t = value.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();
  if (t === '' || t === '-' || t === '–') return { ok: false, blank: true };
  const shown = JSON.stringify(value.trim());
  if (/^[-−–]\s*\d/u.test(t) || /^\(\s*\d[\d., ]*\)$/u.test(t)) {
    return {
      ok: false,
      blank: false,
      problem: `negative count ${shown}`,
      todo: 'a count cannot be below 0; correct the number',
    };
  }
  if (/^\d+$/u.test(t)) return checkNumber(Number(t), shown);
  if (/^\d{1,3}([. ]\d{3})+$/u.test(t) && !/\..* |  *\./u.test(t))
    return checkNumber(Number(t.replace(/[. ]/gu, '')), shown);
  if (/^\d{1,3}(,\d{3})+$/u.test(t)) {
    return {
      ok: false,
      blank: false,
      problem: `ambiguous count ${shown} (in Vietnamese a comma is a decimal point)`,
      todo: 'write it without a comma, e.g. 1234 or 1.234',
    };
  }
  if (/^\d[\d. ]*[.,]\d+$/u.test(t)) {
    return { ok: false, blank: false, problem: `fraction ${shown} is not a whole number of samples`, todo: WHOLE };
  }
  return { ok: false, blank: false, problem: `count ${shown} is not a number`, todo: WHOLE };
}

function checkNumber(n: number, shown: string): CountResult {
  if (!Number.isFinite(n)) return { ok: false, blank: false, problem: `count ${shown} is not a number`, todo: WHOLE };
  if (n < 0)
    return {
      ok: false,
      blank: false,
      problem: `negative count ${shown}`,
      todo: 'a count cannot be below 0; correct the number',
    };
  if (!Number.isInteger(n))
    return { ok: false, blank: false, problem: `fraction ${shown} is not a whole number of samples`, todo: WHOLE };
  if (!Number.isSafeInteger(n))
    return { ok: false, blank: false, problem: `count ${shown} is too large`, todo: 'check the number' };
  return { ok: true, value: n };
}
