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
