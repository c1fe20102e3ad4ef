/**
 * The summary printed after every import (and every dry run): rows read, matched, unmatched,
 * warnings, communes without data, totals before → after per district (per unit type in a
 * vintage without districts), and the "as of" date stored with each month. Pure text lines.
 */
import { formatNumber, sortByName } from '../text/format';
import type { Reference } from '../data/cross-check';
import type { UnitList } from '../data/schema/units';
import { isMonthInProgress, lastDayOfMonth } from '../data/months';
import { reportingUnitName, type MonthChange } from './apply';
import type { Plan } from './plan';
import type { Voice } from './messages/voice';
import { say } from '../text/messages';
import { SUMMARY, type SummaryRow, type TableColumn } from './messages/summary';
import { speedSummaryLines } from './speeds';

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
export function removedSentence(months: readonly string[], voice: Voice): string {
  return say(voice, SUMMARY.removed, months.length, monthRange(months));
}

/** A group of units the summary adds up: a district, or a unit type where there are no districts. */
interface Group {
  name: string;
  codes: string[];
  units: Array<{ code: string; name: string }>;
}

/** Districts of a vintage that has them (by name), else its unit types (Phường, Xã, Đặc khu). */
function groupsOf(list: UnitList): Group[] {
  const keys =
    list.districts.length > 0
      ? sortByName(list.districts, (d) => d.name).map((d) => ({ key: d.code, name: d.name }))
      : [...new Set(list.units.map((u) => u.type))].map((t) => ({ key: t, name: t }));
  return keys.map(({ key, name }) => {
    const units = list.units.filter((u) => (list.districts.length > 0 ? u.districtCode : u.type) === key);
    return { name, codes: units.map((u) => u.code), units };
  });
}

function countsTable(m: MonthChange, groups: readonly Group[], unitCount: number, heading: string, voice: Voice) {
  const col = (c: TableColumn): string => say(voice, SUMMARY.column, c);
  const rows: string[][] = [[`  ${heading}`, col('withData'), col('before'), '→', col('after')]];
  let before = 0;
  let after = 0;
  let withData = 0;
  for (const g of groups) {
    const b = sumOf(m.before, g.codes);
    const a = sumOf(m.after, g.codes);
    const n = g.codes.filter((c) => m.after[c] !== undefined).length;
    before += b ?? 0;
    after += a ?? 0;
    withData += n;
    rows.push([`  ${g.name}`, `${n}/${g.codes.length}`, show(b), '→', show(a)]);
  }
  const total = [
    `  ${col('total')}`,
    `${withData}/${unitCount}`,
    m.action === 'added' ? '—' : formatNumber(before),
    '→',
  ];
  rows.push([...total, formatNumber(after)]);
  return table(rows, new Set([1, 2, 4]));
}

function monthLines(m: MonthChange, reference: Reference, voice: Voice): string[] {
  const list = reference.vintages.get(m.vintage)?.units;
  if (!list) return [];
  const groups = groupsOf(list);
  const by: TableColumn = list.districts.length > 0 ? 'district' : 'type';
  const heading = say(voice, SUMMARY.column, by);
  const replaced = m.action === 'replaced';
  const lines = [
    '',
    say(voice, SUMMARY.month, m.month, m.vintage, replaced, m.rowsRead, m.communesChanged),
    ...countsTable(m, groups, list.units.length, heading, voice),
    say(voice, SUMMARY.asOfStored, m.asOf, voice.controls),
  ];
  if (isMonthInProgress(m)) lines.push(say(voice, SUMMARY.asOfInProgress, m.month, lastDayOfMonth(m.month)));
  lines.push(...speedSummaryLines(m, voice));
  if (m.keptReports > 0) lines.push(say(voice, SUMMARY.keptReports, m.keptReports));
  if (m.withoutData.length > 0) {
    lines.push(say(voice, SUMMARY.withoutData, m.withoutData.length));
    const missing = new Set(m.withoutData);
    for (const g of groups) {
      const names = g.units.filter((u) => missing.has(u.code)).map((u) => `${u.name} (${u.code})`);
      if (names.length > 0) lines.push(`    ${g.name}: ${names.join(', ')}`);
    }
  }
  return lines;
}

/** What the summary adds after the counts of rows: the data file created, illustrative months removed, each month and its reports. */
function changeLines(plan: Plan, reference: Reference, data: string, voice: Voice): string[] {
  const lines: string[] = [];
  if (plan.changes.created) lines.push('', say(voice, SUMMARY.created, data));
  if (plan.changes.removedIllustrative.length > 0) {
    lines.push('', say(voice, SUMMARY.removedWhy, removedSentence(plan.changes.removedIllustrative, voice)));
  }
  for (const m of plan.changes.months) lines.push(...monthLines(m, reference, voice));
  for (const r of plan.changes.reports) {
    const name = (code: string): string => reportingUnitName(reference, r.vintage, code);
    lines.push('', say(voice, SUMMARY.reports, r.month, r.added.map(name), r.replaced.map(name)));
  }
  return lines;
}

/**
 * Summary lines. With `changes: false` (a run that found problems) only the counts of rows are
 * shown: nothing will change, so no before → after table.
 */
export function summaryLines(plan: Plan, options: { data: string; changes?: boolean; voice: Voice }): string[] {
  const { reference } = plan;
  const voice = options.voice;
  const row = (r: SummaryRow): string => `  ${say(voice, SUMMARY.row, r)}`;
  const noData = plan.changes.months.reduce((n, m) => n + m.withoutData.length, 0);
  const lines = ['', say(voice, SUMMARY.heading)];
  lines.push(
    ...table(
      [
        [row('rowsRead'), String(plan.stats.rowsRead)],
        [row('matched'), String(plan.stats.matched)],
        [row('unmatched'), String(plan.stats.unmatched)],
        [row('warnings'), String(plan.warnings.length)],
        [row('withoutData'), String(noData)],
        ...(plan.stats.reportRows > 0 ? [[row('reportsRead'), String(plan.stats.reportRows)]] : []),
      ],
      new Set([1]),
    ),
  );
  if (!reference || options.changes === false) return lines;
  return [...lines, ...changeLines(plan, reference, options.data, voice)];
}
