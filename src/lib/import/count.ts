/**
 * Reading a sample count from a cell: a non-negative whole number. Vietnamese thousands separators
 * ("1.234", "1 234") and Excel numbers are accepted; negatives, fractions ("12,5", 12.5), text and
 * ambiguous "1,234" are refused with a way to fix them.
 */
import type { CellValue } from '../spreadsheet/types';
import type { Voice } from './messages/voice';
import { say, type ProblemMessage } from '../text/messages';
import { COUNT } from './messages/sheet';

export type CountResult =
  { ok: true; value: number } | { ok: false; blank: true } | { ok: false; blank: false; problem: string; todo: string };

function quote(value: CellValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A refused cell: what is wrong and what to write instead, in the voice's language. */
type Refuse = (message: ProblemMessage<[shown: string]>, shown: string) => CountResult;

export function parseCount(value: CellValue | undefined, voice: Voice): CountResult {
  const refuse: Refuse = (message, shown) => ({ ok: false, blank: false, ...say(voice, message, shown) });
  if (value === null || value === undefined) return { ok: false, blank: true };
  if (typeof value === 'number') return checkNumber(value, quote(value), refuse);
  if (typeof value === 'boolean' || value instanceof Date) return refuse(COUNT.notNumberCell, String(value));
  // Spaces of every kind (no-break, narrow no-break, thin) may separate thousands.
  const t = value.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();
  if (t === '' || t === '-' || t === '–') return { ok: false, blank: true };
  const shown = JSON.stringify(value.trim());
  if (/^[-−–]\s*\d/u.test(t) || /^\(\s*\d[\d., ]*\)$/u.test(t)) return refuse(COUNT.negative, shown);
  if (/^\d+$/u.test(t)) return checkNumber(Number(t), shown, refuse);
  if (/^\d{1,3}([. ]\d{3})+$/u.test(t) && !/\..* |  *\./u.test(t))
    return checkNumber(Number(t.replace(/[. ]/gu, '')), shown, refuse);
  if (/^\d{1,3}(,\d{3})+$/u.test(t)) return refuse(COUNT.commaThousands, shown);
  if (/^\d[\d. ]*[.,]\d+$/u.test(t)) return refuse(COUNT.fraction, shown);
  return refuse(COUNT.notNumber, shown);
}

function checkNumber(n: number, shown: string, refuse: Refuse): CountResult {
  if (!Number.isFinite(n)) return refuse(COUNT.notNumber, shown);
  if (n < 0) return refuse(COUNT.negative, shown);
  if (!Number.isInteger(n)) return refuse(COUNT.fraction, shown);
  if (!Number.isSafeInteger(n)) return refuse(COUNT.tooLarge, shown);
  return { ok: true, value: n };
}
