/**
 * Applying imported months and reports to the campaign (the data JSON): existing months kept unless
 * --replace, illustrative months removed when real figures arrive, provenance recorded, and the
 * result validated with CampaignSchema + crossCheck before anything may be written. Pure: the
 * campaign's JSON value goes in, the next JSON value and what changed come out.
 */
import { formatZodIssues } from '../data/errors';
import { crossCheck, type Reference } from '../data/cross-check';
import { campaignText } from '../data/digest';
import {
  CampaignSchema,
  SPEED_MEASURES,
  type Campaign,
  type CampaignInput,
  type SpeedMeasure,
  type UnitReport,
  type UnitSpeeds,
} from '../data/schema/campaign';
import { type Unit } from '../data/schema/units';
import type { ImportedMonth } from './counts-sheet';
import type { Voice } from './messages/voice';
import { say } from '../text/messages';
import { DATA } from './messages/data';
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
  /** The language of the problems (default Vietnamese, naming the command line's options). */
  voice: Voice;
  /**
   * The digest of the data file the import started from (campaignDigest), written first in the
   * result as `basedOn`; absent when the data file is created.
   */
  basedOn?: string | undefined;
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
  /** The date the month's figures are stored as valid for ("số liệu tính đến"). */
  asOf: string;
  /** Units with a value of each speed measure after the import, when the file had speed columns. */
  speedsAfter?: Record<SpeedMeasure, number> | undefined;
  /** Units with speeds in the month this import replaces (0 when none or added). */
  speedsBefore: number;
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

function sortedRecord<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function changedCount(before: Counts, after: Counts): number {
  const codes = new Set([...Object.keys(before), ...Object.keys(after)]);
  let n = 0;
  for (const code of codes) if (before[code] !== after[code]) n += 1;
  return n;
}

/**
 * Problems of the existing data file. Checked in full only when the result fails its checks, to
 * say whose fault it is: the existing file, or the import.
 */
function existingProblems(input: ApplyInput): Problem[] {
  if (input.campaign === undefined) return [];
  const { dataLabel, reference } = input;
  const voice = input.voice;
  const parsed = CampaignSchema.safeParse(input.campaign);
  if (!parsed.success) {
    return formatZodIssues(parsed.error, input.campaign).map((line) => ({
      file: dataLabel,
      ...say(voice, DATA.invalid, line),
    }));
  }
  return crossCheck(reference.area, parsed.data, reference.vintages).map((line) => ({
    file: dataLabel,
    ...say(voice, DATA.unitsMismatch, line),
  }));
}

/** Why an imported month cannot be written (already there without --replace, --as-of too early). */
function monthProblem(input: ApplyInput, imported: ImportedMonth, existing: RawMonth | undefined): Problem | undefined {
  const { dataLabel } = input;
  const voice = input.voice;
  if (existing && !input.replace) {
    const prov = existing['provenance'] as { kind?: string; file?: string; importedAt?: string } | undefined;
    const on = prov?.importedAt ? todayAt(new Date(prov.importedAt)) : undefined;
    const from = prov?.kind === 'import' && prov.file ? { file: prov.file, on } : undefined;
    return { file: dataLabel, ...say(voice, DATA.monthExists, imported.month, dataLabel, from, voice.controls) };
  }
  if (input.asOf < `${imported.month}-01`)
    return say(voice, DATA.asOfBeforeMonth, input.asOf, imported.month, voice.controls);
  return undefined;
}

/** The month as written to the data file, on its vintage; reports of a replaced month are kept. */
function monthRecord(input: ApplyInput, imported: ImportedMonth, reports: UnitReport[]): RawMonth {
  const mobile = sortedRecord(imported.counts.mobile);
  const fixed = imported.counts.fixed ? sortedRecord(imported.counts.fixed) : undefined;
  return {
    month: imported.month,
    vintage: imported.vintage,
    asOf: input.asOf,
    source: input.source,
    illustrative: false,
    counts: fixed ? { mobile, fixed } : { mobile },
    // Speeds only when the file gave at least one: a month has speeds through this field alone.
    ...(imported.speeds && imported.speeds.size > 0 ? { speeds: { mobile: sortedRecord(imported.speeds) } } : {}),
    provenance: {
      kind: 'import',
      file: input.provenance.file,
      sha256: input.provenance.sha256,
      rowsRead: imported.rowsRead,
      importedAt: input.provenance.importedAt,
    },
    reports,
  };
}

/** Writes the imported months into `next`; real figures replace every illustrative month. */
function applyCounts(input: ApplyInput, next: RawCampaign, changes: Changes, problems: Problem[]): void {
  if (input.counts.size > 0) {
    changes.removedIllustrative = next.months.filter((m) => m.illustrative).map((m) => m.month);
    next.months = next.months.filter((m) => !m.illustrative);
  }
  for (const imported of [...input.counts.values()].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const index = next.months.findIndex((m) => m.month === imported.month);
    const existing = index >= 0 ? next.months[index] : undefined;
    const problem = monthProblem(input, imported, existing);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const month = monthRecord(input, imported, existing?.reports ?? []);
    changes.months.push(monthChange(input, imported, month, existing));
    if (existing) next.months[index] = month;
    else next.months.push(month);
  }
  next.months.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

function monthChange(
  input: ApplyInput,
  imported: ImportedMonth,
  month: RawMonth,
  existing: RawMonth | undefined,
): MonthChange {
  const after = (month['counts'] as { mobile: Counts; fixed?: Counts }).mobile;
  const before: Counts = (existing?.['counts'] as { mobile?: Counts } | undefined)?.mobile ?? {};
  return {
    month: imported.month,
    vintage: imported.vintage,
    action: existing ? 'replaced' : 'added',
    before,
    after,
    fixedAfter: (month['counts'] as { fixed?: Counts }).fixed,
    communesChanged: changedCount(before, after),
    withoutData: unitsOf(input.reference, imported.vintage)
      .filter((u) => after[u.code] === undefined)
      .map((u) => u.code),
    rowsRead: imported.rowsRead,
    keptReports: month.reports?.length ?? 0,
    asOf: input.asOf,
    speedsAfter: imported.speeds ? speedCounts([...imported.speeds.values()]) : undefined,
    speedsBefore: Object.keys((existing?.['speeds'] as { mobile?: object } | undefined)?.mobile ?? {}).length,
  };
}

/** How many units have a value of each speed measure. */
function speedCounts(speeds: readonly UnitSpeeds[]): Record<SpeedMeasure, number> {
  const out = { downloadMbps: 0, uploadMbps: 0, latencyMs: 0 };
  for (const s of speeds) for (const m of SPEED_MEASURES) if (s[m] !== undefined) out[m] += 1;
  return out;
}

/** Writes the imported reports into months of `next` that already hold real counts. */
function applyReports(input: ApplyInput, next: RawCampaign, changes: Changes, problems: Problem[]): void {
  for (const [monthKey, list] of [...input.reports.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const month = next.months.find((m) => m.month === monthKey);
    if (!month || month.illustrative) {
      problems.push({
        row: list[0]?.row,
        sheet: input.reportsSheet,
        ...say(input.voice, DATA.reportsWithoutCounts, monthKey, input.dataLabel, month !== undefined),
      });
      continue;
    }
    changes.reports.push(applyMonthReports(input, month, list, problems));
  }
}

function applyMonthReports(
  input: ApplyInput,
  month: RawMonth,
  list: readonly ImportedReport[],
  problems: Problem[],
): ReportChange {
  const vintage = String(month['vintage']);
  const reports = [...(month.reports ?? [])];
  const change: ReportChange = { month: month.month, vintage, added: [], replaced: [] };
  for (const { report, row } of list) {
    const at = reports.findIndex((r) => r.unit === report.unit);
    const existing = at >= 0 ? reports[at] : undefined;
    if (existing && !input.replace) {
      const name = reportingUnitName(input.reference, vintage, report.unit);
      const voice = input.voice;
      const { dataLabel } = input;
      problems.push({
        row,
        sheet: input.reportsSheet,
        ...say(voice, DATA.reportExists, name, month.month, dataLabel, existing.reportedOn, voice.controls),
      });
      continue;
    }
    if (existing) reports[at] = report;
    else reports.push(report);
    (existing ? change.replaced : change.added).push(report.unit);
  }
  month.reports = reports.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return change;
}

/** Whatever is written must pass the same checks as the site build. */
function checkNext(input: ApplyInput, next: RawCampaign, changes: Changes): ApplyResult {
  const { area, vintages } = input.reference;
  const checked = CampaignSchema.safeParse(next);
  const lines = checked.success ? crossCheck(area, checked.data, vintages) : formatZodIssues(checked.error, next);
  if (checked.success && lines.length === 0) {
    return { problems: [], changes, campaign: checked.data, text: campaignText(next as CampaignInput) };
  }
  const before = existingProblems(input);
  if (before.length > 0) return { problems: before, changes };
  const problems = lines.map((line) => ({
    file: input.dataLabel,
    ...say(input.voice, DATA.invalidAfter, line),
  }));
  return { problems, changes };
}

/**
 * A warning for each imported month whose counts are, unit for unit, those of the month before it
 * on the same list: most likely last month's file exported or chosen again.
 */
export function repeatedMonthWarnings(campaign: Campaign | undefined, changes: Changes, voice: Voice): Problem[] {
  const months = campaign?.months ?? [];
  return changes.months.flatMap((change) => {
    const i = months.findIndex((m) => m.month === change.month);
    const [before, month] = [months[i - 1], months[i]];
    if (!before || !month || before.vintage !== month.vintage) return [];
    const [a, b] = [before.counts.mobile, month.counts.mobile];
    const same = Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
    return same ? [say(voice, DATA.sameAsPrevious, month.month, before.month)] : [];
  });
}

export function applyImport(input: ApplyInput): ApplyResult {
  const problems: Problem[] = [];
  const changes: Changes = { created: input.campaign === undefined, removedIllustrative: [], months: [], reports: [] };
  // The existing campaign must have months, or nothing can safely be added to it. Only its shape
  // is checked here; the full check runs once, on the result (checkNext).
  const raw = input.campaign;
  const hasMonths = raw !== null && typeof raw === 'object' && Array.isArray((raw as { months?: unknown }).months);
  if (raw !== undefined && !hasMonths) return { problems: existingProblems(input), changes };
  // A shallow copy: month objects are replaced, never changed in place, so the input stays as it was.
  const source: RawCampaign = { ...((raw ?? emptyCampaign()) as RawCampaign) };
  delete source['basedOn'];
  // `basedOn` first, so that it is the first thing a reader of the file sees.
  const based = input.basedOn === undefined ? {} : { basedOn: input.basedOn };
  const next: RawCampaign = { ...based, ...source, months: source.months.map((m) => ({ ...m })) };
  applyCounts(input, next, changes, problems);
  applyReports(input, next, changes, problems);
  if (problems.length > 0) return { problems, changes };
  return checkNext(input, next, changes);
}
