/**
 * Vietnamese formatting and sorting. Numbers, dates and months are always formatted with `Intl`
 * in `vi-VN` (1.234; 10/03/2025; "tháng 3/2025") and names sorted with the Vietnamese collator.
 */

const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The Vietnamese collator: "Đ" after "D", tones in dictionary order. */
export const viCollator = new Intl.Collator('vi');

/** 1234 → "1.234". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const perThousandFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Samples per 1,000 residents, one decimal: 12.345 → "12,3". */
export function formatPerThousand(value: number): string {
  return perThousandFormat.format(value);
}

/** A change: 12 → "+12", -3 → "-3", 0 → "0" (a gain is marked so it is not read as a level). */
export function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/**
 * A share as a whole percentage, rounded DOWN: 299 of 300 is 99 %, never "100 %" for a unit that
 * has not met its target, and 98 of 300 is 32 %, never "33 %" beside a band that starts at a third.
 * The band labels (model/bands.ts) state their ranges with this same rounding. The small epsilon
 * keeps 0.29 × 100 = 28.999… at 29.
 */
export function wholePercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

/** 0.5 → "50 %" (whole percent, rounded down: see wholePercent; `vi-VN` style). */
export function formatPercent(share: number): string {
  return percentFormat.format(wholePercent(share) / 100);
}

/** "2025-03-10" → "10/03/2025". */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2025-03" → "tháng 3/2025". */
export function formatMonth(monthKey: string): string {
  const [year, month] = monthKey.split('-');
  return `tháng ${Number(month)}/${year}`;
}

/** "2025-03" → "Tháng 3/2025" (start of a sentence or a heading). */
export function formatMonthTitle(monthKey: string): string {
  const text = formatMonth(monthKey);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sorts by a Vietnamese name without mutating the input. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(name(a), name(b)));
}
