/** Month-key arithmetic on `YYYY-MM` strings (no time zones involved). */

/** "2025-03" → "2025-04"; "2025-12" → "2026-01". */
export function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive; empty when `from` is after `to`. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k = nextMonth(k)) out.push(k);
  return out;
}

/** The last day of a month, `YYYY-MM-DD`: "2025-02" → "2025-02-28", "2024-02" → "2024-02-29". */
export function lastDayOfMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (UTC: no time zone shifts a day).
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${key}-${String(day).padStart(2, '0')}`;
}

/**
 * True when a month's figures are valid only up to a day before its last day: the month is still
 * running, and the site shows it as in progress ("đang cập nhật").
 */
export function isMonthInProgress(month: { month: string; asOf: string }): boolean {
  return month.asOf < lastDayOfMonth(month.month);
}
