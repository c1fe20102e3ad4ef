/**
 * Applying imported months and reports to the campaign (the data JSON): existing months kept unless
 * --replace, illustrative months removed when real figures arrive, provenance recorded, and the
 * result validated with CampaignSchema + crossCheck before anything may be written. Pure: the
 * campaign's JSON value goes in, the next JSON value and what changed come out.
 */
import { formatZodIssues } from '../errors';
import { crossCheck, type Reference } from '../load';
import { CampaignSchema, type Campaign, type CampaignInput, type Unit, type UnitReport } from '../schema';
import type { ImportedMonth } from './counts-sheet';
import { todayAt } from './month';
import type { Problem } from './problems';
import type { ImportedReport } from './reports-sheet';

export interface ApplyInput {
  /** The data file's JSON value; `undefined` when the file does not exist yet. */
  campaign: unknown;
  /** The data file's path as the user gave it, for messages. */
  dataLabel: string;
  reference: Reference;
  counts: ReadonlyMap<string, ImportedMonth>;
  reports: ReadonlyMap<string, ImportedReport[]>;
  replace: boolean;
  asOf: string;
  source: string;
  provenance: { file: string; sha256: string; importedAt: string };
  /** Sheet name for report problems (when reports come from a workbook's second sheet). */
  reportsSheet?: string | undefined;
}

type Counts = Record<string, number>;

export interface MonthChange {
  month: string;
  /** The boundary vintage of the month's codes. */
  vintage: string;
  action: 'added' | 'replaced';
  /** Mobile counts before (empty for an added month) and after. */
  before: Counts;
  after: Counts;
  fixedAfter?: Counts | undefined;
  /** Communes whose count changed, appeared or disappeared. */
  communesChanged: number;
  /** Codes of communes without a mobile count after the import ("no data"). */
  withoutData: string[];
  rowsRead: number;
  /** Reports kept from the replaced month. */
  keptReports: number;
}

export interface ReportChange {
  month: string;
  vintage: string;
  added: string[];
  replaced: string[];
}

export interface Changes {
  /** True when the data file did not exist and is created. */
  created: boolean;
  /** Illustrative months removed because real figures were imported. */
  removedIllustrative: string[];
  months: MonthChange[];
  reports: ReportChange[];
}

export interface ApplyResult {
  problems: Problem[];
  changes: Changes;
  /** The next data file content (2-space JSON, trailing newline), when there is no problem. */
  text?: string;
  /** The validated next campaign, when there is no problem. */
  campaign?: Campaign;
}

type RawMonth = Record<string, unknown> & { month: string; illustrative: boolean; reports?: UnitReport[] };
type RawCampaign = Record<string, unknown> & { months: RawMonth[] };

/** A new, empty campaign (when data/campaign.json does not exist yet): the area is in area.json. */
export function emptyCampaign(): CampaignInput {
  return { months: [] };
}

/** The units of one vintage (empty for an unknown vintage; crossCheck reports that). */
export function unitsOf(reference: Reference, vintage: string): Unit[] {
  return reference.vintages.get(vintage)?.units.units ?? [];
}

/** Name of a reporting unit (district or commune) of a vintage, or its code. */
export function reportingUnitName(reference: Reference, vintage: string, code: string): string {
  const list = reference.vintages.get(vintage)?.units;
  const found = list?.districts.find((d) => d.code === code) ?? list?.units.find((u) => u.code === code);
  return found?.name ?? code;
}

function sortedRecord(map: ReadonlyMap<string, number>): Counts {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function changedCount(before: Counts, after: Counts): number {
  const codes = new Set([...Object.keys(before), ...Object.keys(after)]);
  let n = 0;
  for (const code of codes) if (before[code] !== after[code]) n += 1;
  return n;
}

export function applyImport(input: ApplyInput): ApplyResult {
  const { dataLabel, reference } = input;
  const { area, vintages } = reference;
  const problems: Problem[] = [];
  const changes: Changes = { created: input.campaign === undefined, removedIllustrative: [], months: [], reports: [] };
  const fix = 'fix the data file (or undo the last change with git revert) before importing';

  // The existing campaign must be valid, or nothing can safely be added to it. Checked cheaply
  // here (its shape); the full schema check runs once, on the result, and only when that fails is
  // the existing file checked in full to say whose fault it is.
  const existingProblems = (): Problem[] => {
    if (input.campaign === undefined) return [];
    const parsed = CampaignSchema.safeParse(input.campaign);
    if (!parsed.success) {
      return formatZodIssues(parsed.error, input.campaign).map((line) => ({
        file: dataLabel,
        problem: `the data file is not valid: ${line}`,
        todo: fix,
      }));
    }
    return crossCheck(area, parsed.data, vintages).map((line) => ({
      file: dataLabel,
      problem: `the data file does not match the unit list: ${line}`,
      todo: fix,
    }));
  };
  const raw = input.campaign;
  if (
    raw !== undefined &&
    (raw === null || typeof raw !== 'object' || !Array.isArray((raw as { months?: unknown }).months))
  ) {
    return { problems: existingProblems(), changes };
  }
  // A shallow copy: month objects are replaced, never changed in place, so the input stays as it was.
  const source = (raw ?? emptyCampaign()) as RawCampaign;
  const next: RawCampaign = { ...source, months: source.months.map((m) => ({ ...m })) };

  // Counts: real figures replace every illustrative month, so the two never mix in one file.
  if (input.counts.size > 0) {
    const illustrative = next.months.filter((m) => m.illustrative);
    changes.removedIllustrative = illustrative.map((m) => m.month);
    next.months = next.months.filter((m) => !m.illustrative);
  }
  for (const imported of [...input.counts.values()].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const index = next.months.findIndex((m) => m.month === imported.month);
    const existing = index >= 0 ? next.months[index] : undefined;
    if (existing && !input.replace) {
      const prov = existing['provenance'] as { kind?: string; file?: string; importedAt?: string } | undefined;
      const on = prov?.importedAt ? ` on ${todayAt(new Date(prov.importedAt))}` : '';
      const from = prov?.kind === 'import' && prov.file ? ` (imported from ${prov.file}${on})` : '';
      problems.push({
        file: dataLabel,
        problem: `month ${imported.month} is already in ${dataLabel}${from}`,
        todo: 'run again with --replace to overwrite it (try --dry-run first to see what changes)',
      });
      continue;
    }
    if (input.asOf < `${imported.month}-01`) {
      problems.push({
        problem: `--as-of ${input.asOf} is before ${imported.month} starts`,
        todo: 'give the date the figures are valid for, on or after the first day of the month',
      });
      continue;
    }
    const mobile = sortedRecord(imported.counts.mobile);
    const fixed = imported.counts.fixed ? sortedRecord(imported.counts.fixed) : undefined;
    const reports = existing?.reports ?? [];
    const month: RawMonth = {
      month: imported.month,
      vintage: imported.vintage,
      asOf: input.asOf,
      source: input.source,
      illustrative: false,
      counts: fixed ? { mobile, fixed } : { mobile },
      provenance: {
        kind: 'import',
        file: input.provenance.file,
        sha256: input.provenance.sha256,
        rowsRead: imported.rowsRead,
        importedAt: input.provenance.importedAt,
      },
      reports,
    };
    const before: Counts = (existing?.['counts'] as { mobile?: Counts } | undefined)?.mobile ?? {};
    changes.months.push({
      month: imported.month,
      vintage: imported.vintage,
      action: existing ? 'replaced' : 'added',
      before,
      after: mobile,
      fixedAfter: fixed,
      communesChanged: changedCount(before, mobile),
      withoutData: unitsOf(reference, imported.vintage)
        .filter((u) => mobile[u.code] === undefined)
        .map((u) => u.code),
      rowsRead: imported.rowsRead,
      keptReports: reports.length,
    });
    if (existing) next.months[index] = month;
    else next.months.push(month);
  }
  next.months.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

  // Reports go into a month that already holds real counts.
  for (const [monthKey, list] of [...input.reports.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const month = next.months.find((m) => m.month === monthKey);
    const firstRow = list[0]?.row;
    if (!month || month.illustrative) {
      problems.push({
        row: firstRow,
        sheet: input.reportsSheet,
        problem: month
          ? `${monthKey} holds only illustrative figures in ${dataLabel}`
          : `${monthKey} has no counts in ${dataLabel}`,
        todo: `import the counts for ${monthKey} first`,
      });
      continue;
    }
    const reports = [...(month.reports ?? [])];
    const change: ReportChange = { month: monthKey, vintage: String(month['vintage']), added: [], replaced: [] };
    for (const { report, row } of list) {
      const at = reports.findIndex((r) => r.unit === report.unit);
      const existing = at >= 0 ? reports[at] : undefined;
      if (existing && !input.replace) {
        const name = reportingUnitName(reference, String(month['vintage']), report.unit);
        problems.push({
          row,
          sheet: input.reportsSheet,
          problem: `${name} already has a report for ${monthKey} in ${dataLabel} (reported on ${existing.reportedOn})`,
          todo: 'run again with --replace to overwrite it',
        });
        continue;
      }
      if (existing) {
        reports[at] = report;
        change.replaced.push(report.unit);
      } else {
        reports.push(report);
        change.added.push(report.unit);
      }
    }
    month.reports = reports.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    changes.reports.push(change);
  }
  if (problems.length > 0) return { problems, changes };

  // Whatever is written must pass the same checks as the site build.
  const checked = CampaignSchema.safeParse(next);
  const lines = checked.success ? crossCheck(area, checked.data, vintages) : formatZodIssues(checked.error, next);
  if (!checked.success || lines.length > 0) {
    const before = existingProblems();
    if (before.length > 0) return { problems: before, changes };
    for (const line of lines) {
      problems.push({
        file: dataLabel,
        problem: `the data file would not be valid after the import: ${line}`,
        todo: 'nothing was written; tell the site maintainer',
      });
    }
    return { problems, changes };
  }
  return { problems, changes, campaign: checked.data, text: `${JSON.stringify(next, null, 2)}\n` };
}
