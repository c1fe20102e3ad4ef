/**
 * The summary printed after every import (and every dry run): rows read, matched, unmatched,
 * warnings, communes without data, and per-district totals before → after. Pure text lines.
 */
import { formatMonthTitle, formatNumber, sortByName } from '../format';
import type { UnitList } from '../schema';
import type { Plan } from './plan';

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = (widths[i] ?? 0) - [...cell].length;
        return rightAligned.has(i) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd(),
  );
}

function sumOf(counts: Record<string, number>, codes: readonly string[]): number | undefined {
  let total = 0;
  let any = false;
  for (const code of codes) {
    const v = counts[code];
    if (v !== undefined) {
      total += v;
      any = true;
    }
  }
  return any ? total : undefined;
}

const show = (n: number | undefined): string => (n === undefined ? '—' : formatNumber(n));

/** "2024-07 … 2025-06" for a run of months, or the single month. */
export function monthRange(months: readonly string[]): string {
  if (months.length === 0) return '';
  if (months.length === 1) return months[0] ?? '';
  return `${months[0] ?? ''} … ${months.at(-1) ?? ''}`;
}

/** The sentence about removed illustrative months, e.g. "removed 12 illustrative months (2024-07 … 2025-06)". */
export function removedSentence(months: readonly string[]): string {
  return `removed ${months.length} illustrative month${months.length === 1 ? '' : 's'} (${monthRange(months)})`;
}

/**
 * Summary lines. With `changes: false` (a run that found problems) only the counts of rows are
 * shown: nothing will change, so no before → after table.
 */
export function summaryLines(plan: Plan, options: { data: string; changes?: boolean }): string[] {
  const units: UnitList | undefined = plan.units;
  const lines: string[] = [];
  const noData = plan.changes.months.reduce((n, m) => n + m.withoutData.length, 0);
  lines.push('', 'Summary');
  lines.push(
    ...table(
      [
        ['  Rows read', String(plan.stats.rowsRead)],
        ['  Matched', String(plan.stats.matched)],
        ['  Unmatched', String(plan.stats.unmatched)],
        ['  Warnings', String(plan.warnings.length)],
        ['  Communes without data', String(noData)],
        ...(plan.stats.reportRows > 0 ? [['  District reports read', String(plan.stats.reportRows)]] : []),
      ],
      new Set([1]),
    ),
  );
  if (!units || options.changes === false) return lines;

  if (plan.changes.created) lines.push('', `${options.data} does not exist yet: it is created.`);
  if (plan.changes.removedIllustrative.length > 0) {
    const sentence = removedSentence(plan.changes.removedIllustrative);
    lines.push(
      '',
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: real and illustrative figures never mix in one file.`,
    );
  }

  const districts = sortByName(units.districts, (d) => d.name);
  const codesOf = new Map<string, string[]>();
  for (const u of units.units) codesOf.set(u.districtCode, [...(codesOf.get(u.districtCode) ?? []), u.code]);
  const unitByCode = new Map(units.units.map((u) => [u.code, u]));
  for (const m of plan.changes.months) {
    lines.push(
      '',
      `${formatMonthTitle(m.month)} (${m.month}) ${m.action}: ${m.rowsRead} rows read, ${m.communesChanged} communes changed`,
    );
    const rows: string[][] = [['  District', 'Communes with data', 'Samples before', '→', 'after']];
    let before = 0;
    let after = 0;
    let withData = 0;
    for (const d of districts) {
      const codes = codesOf.get(d.code) ?? [];
      const b = sumOf(m.before, codes);
      const a = sumOf(m.after, codes);
      const n = codes.filter((c) => m.after[c] !== undefined).length;
      before += b ?? 0;
      after += a ?? 0;
      withData += n;
      rows.push([`  ${d.name}`, `${n}/${codes.length}`, show(b), '→', show(a)]);
    }
    rows.push([
      '  Total',
      `${withData}/${units.units.length}`,
      m.action === 'added' ? '—' : formatNumber(before),
      '→',
      formatNumber(after),
    ]);
    lines.push(...table(rows, new Set([1, 2, 4])));
    if (m.keptReports > 0) lines.push(`  ${m.keptReports} district report(s) of this month are kept.`);
    if (m.withoutData.length > 0) {
      lines.push(`  Communes without data (stored as "no data", not 0): ${m.withoutData.length}`);
      const byDistrict = new Map<string, string[]>();
      for (const code of m.withoutData) {
        const u = unitByCode.get(code);
        if (u) byDistrict.set(u.districtCode, [...(byDistrict.get(u.districtCode) ?? []), `${u.name} (${u.code})`]);
      }
      for (const d of districts) {
        const names = byDistrict.get(d.code);
        if (names) lines.push(`    ${d.name}: ${names.join(', ')}`);
      }
    }
  }
  for (const r of plan.changes.reports) {
    const name = (code: string): string => units.districts.find((d) => d.code === code)?.name ?? code;
    const parts: string[] = [];
    if (r.added.length > 0) parts.push(`added ${r.added.map(name).join(', ')}`);
    if (r.replaced.length > 0) parts.push(`replaced ${r.replaced.map(name).join(', ')}`);
    lines.push('', `District reports for ${r.month}: ${parts.join('; ') || 'none'}`);
  }
  return lines;
}
