/**
 * Checks that need the area, the campaign and the unit lists together (codes unknown to a month's
 * vintage, a month on the wrong vintage, a broken crosswalk). Pure — no file system — so the build
 * (load.ts), the import command and the staff page's browser import run the very same checks.
 */
import { DataValidationError, parseOrThrow } from './errors';
import { AreaSchema, type Area } from './schema/area';
import { UnitListSchema } from './schema/units';
import { type Campaign, type Month } from './schema/campaign';
import { crosswalkProblems, previousVintage, vintageForMonth, type VintageData } from './vintage';

/** What a campaign's figures are matched against: the area and each vintage's unit list. */
export interface Reference {
  area: Area;
  /** Each vintage of the area with its unit list, in area order (oldest first). */
  vintages: Map<string, VintageData>;
}

/** Problems of one month read against its vintage's units. */
function monthProblems(area: Area, vintages: Map<string, VintageData>, m: Month, i: number): string[] {
  const lines: string[] = [];
  const expected = vintageForMonth(area, m.month);
  if (!expected) {
    return [`months[${i}].month: ${m.month} is after the last vintage in area.json ended — add the new vintage`];
  }
  if (m.vintage !== expected.id) {
    lines.push(
      `months[${i}].vintage: ${m.month} is published on vintage ${expected.id}, not ${m.vintage} (value: "${m.vintage}") — set "vintage": "${expected.id}" and use that vintage's codes`,
    );
    return lines;
  }
  const data = vintages.get(expected.id);
  if (!data) return lines;
  const known = new Set(data.units.units.map((u) => u.code));
  for (const [series, counts] of Object.entries(m.counts)) {
    for (const code of Object.keys(counts ?? {})) {
      if (!known.has(code)) {
        lines.push(
          `months[${i}].counts.${series}.${code}: commune code not in the ${expected.id} unit list (value: "${code}") — use a code of vintage ${expected.id} (data/vintages/${expected.id}/units.json), or correct the month`,
        );
      }
    }
  }
  for (const code of Object.keys(m.speeds?.mobile ?? {})) {
    if (!known.has(code)) {
      lines.push(
        `months[${i}].speeds.mobile.${code}: commune code not in the ${expected.id} unit list (value: "${code}") — use a code of vintage ${expected.id} (data/vintages/${expected.id}/units.json), or correct the month`,
      );
    }
  }
  const reporting = new Set(
    expected.reportingUnit === 'district' ? data.units.districts.map((d) => d.code) : [...known],
  );
  m.reports.forEach((r, j) => {
    if (!reporting.has(r.unit)) {
      lines.push(
        `months[${i}].reports[${j}].unit: not a reporting unit (${expected.reportingUnit}) of vintage ${expected.id} (value: "${r.unit}") — use one of its ${expected.reportingUnit} codes`,
      );
    }
  });
  return lines;
}

/**
 * Problems that only show when the files are read together: codes unknown to a month's vintage,
 * a month on the wrong vintage, a broken crosswalk, overrides of unknown units.
 */
export function crossCheck(area: Area, campaign: Campaign, vintages: Map<string, VintageData>): string[] {
  const lines: string[] = [];
  for (const [vid, overrides] of Object.entries(area.target.overrides)) {
    const known = new Set(vintages.get(vid)?.units.units.map((u) => u.code) ?? []);
    for (const code of Object.keys(overrides)) {
      if (!known.has(code)) lines.push(`target.overrides.${vid}.${code}: unknown commune code (value: "${code}")`);
    }
  }
  for (const v of area.vintages) {
    const prev = previousVintage(area, v.id);
    const next = vintages.get(v.id);
    const before = prev ? vintages.get(prev.id) : undefined;
    if (next && before) lines.push(...crosswalkProblems(before.units, next.units).map((l) => `${v.id}: ${l}`));
  }
  campaign.months.forEach((m, i) => lines.push(...monthProblems(area, vintages, m, i)));
  return lines;
}

/**
 * The reference from JSON values already read (the staff page fetches them from the published
 * /du-lieu/ files): validated with the build's schemas, each vintage's list checked to be its own.
 */
export function referenceOf(areaValue: unknown, unitLists: ReadonlyMap<string, unknown>): Reference {
  const area = parseOrThrow(AreaSchema, areaValue, 'area.json');
  const vintages = new Map<string, VintageData>();
  for (const vintage of area.vintages) {
    const file = `vintages/${vintage.id}/units.json`;
    const units = parseOrThrow(UnitListSchema, unitLists.get(vintage.id), file);
    if (units.vintage !== vintage.id) {
      throw new DataValidationError(file, [`vintage: says ${units.vintage}, expected ${vintage.id}`]);
    }
    vintages.set(vintage.id, { vintage, units });
  }
  return { area, vintages };
}
