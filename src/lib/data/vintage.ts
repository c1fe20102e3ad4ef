/**
 * Boundary vintages: which unit list a month is published on, and how the units of two vintages
 * relate. On 1 July 2025 Kiên Giang's 143 communes became 48 new units whose codes re-use old codes
 * with other meanings, so every figure, page and file is keyed on (vintage, code), never on a code
 * alone. Pure functions over validated data; no file system.
 */
import type { Area, Vintage } from './schema/area';
import type { Counts } from './schema/campaign';
import type { Unit, UnitList } from './schema/units';

/** A vintage together with its unit list. */
export interface VintageData {
  vintage: Vintage;
  units: UnitList;
}

/** The first month (YYYY-MM) of a date written YYYY-MM-DD. */
const monthOf = (date: string): string => date.slice(0, 7);

/**
 * The vintage a month is published on, decided by its date: the vintage in force on the first day
 * of the month. Months before the first vintage use the first one (2024 figures on the 2025-01
 * list, as SOURCES.md says); undefined for a month after the last vintage ended.
 */
export function vintageForMonth(area: Area, month: string): Vintage | undefined {
  const { vintages } = area;
  return vintages.find((v, i) => {
    const started = i === 0 || monthOf(v.validFrom) <= month;
    const notEnded = v.validTo === null || month <= monthOf(v.validTo);
    return started && notEnded;
  });
}

/** The vintage in force today (the last one). */
export function currentVintage(area: Area): Vintage {
  const last = area.vintages.at(-1);
  if (!last) throw new Error('area.json lists no vintage');
  return last;
}

/** The vintage before `id` in the area, if any. */
export function previousVintage(area: Area, id: string): Vintage | undefined {
  const i = area.vintages.findIndex((v) => v.id === id);
  return i > 0 ? area.vintages[i - 1] : undefined;
}

/** The vintage after `id` in the area, if any. */
export function nextVintage(area: Area, id: string): Vintage | undefined {
  const i = area.vintages.findIndex((v) => v.id === id);
  return i >= 0 ? area.vintages[i + 1] : undefined;
}

/**
 * THE target, samples a month: of one unit of one vintage (its override, else the area's), or the
 * area's own (e.g. 300) where a page speaks of the campaign's target. Every figure and sentence takes
 * it from here; area.json's schema makes it a positive whole number, so nothing divides by 0.
 */
export function targetFor(area: Pick<Area, 'target'>, unit?: { vintage: string; code: string }): number {
  return (unit && area.target.overrides[unit.vintage]?.[unit.code]) ?? area.target.default;
}

/** The first day of a month (YYYY-MM-01), the day whose names a month shows. */
const firstDay = (month: string): string => `${month}-01`;

const asOfCache = new WeakMap<UnitList, Map<string, UnitList>>();

/**
 * The unit list with the names and types in force on the month's first day: a unit renamed later
 * in the vintage (same code, same boundary: Đồng Nai's 10 Xã made Phường on 30/04/2026) shows its
 * former name in the months before. The list itself when no unit was renamed; memoised per month.
 */
export function unitsAsOf(list: UnitList, month: string): UnitList {
  if (!list.units.some((u) => u.formerNames)) return list;
  const day = firstDay(month);
  let byMonth = asOfCache.get(list);
  const cached = byMonth?.get(day);
  if (cached) return cached;
  const units = list.units.map((u) => {
    const former = u.formerNames?.find((f) => day <= f.until);
    return former ? { ...u, name: former.name, type: former.type } : u;
  });
  const asOf = { ...list, units };
  byMonth ??= new Map();
  byMonth.set(day, asOf);
  asOfCache.set(list, byMonth);
  return asOf;
}

/** The area's full name in force on the month's first day (its former name before a change). */
export function areaNameAsOf(area: Pick<Area, 'fullName' | 'formerNames'>, month: string): string {
  return area.formerNames?.find((f) => firstDay(month) <= f.until)?.fullName ?? area.fullName;
}

const successorCache = new WeakMap<UnitList, ReadonlyMap<string, Unit>>();

/**
 * Old unit code → the new unit it was merged into, from the new list's `formedFrom`. Memoised per
 * (validated, never mutated) unit list: every old unit's page asks, at national scale 10,600 times.
 */
export function successors(next: UnitList): ReadonlyMap<string, Unit> {
  const cached = successorCache.get(next);
  if (cached) return cached;
  const map = new Map<string, Unit>();
  for (const unit of next.units) for (const old of unit.formedFrom ?? []) map.set(old, unit);
  successorCache.set(next, map);
  return map;
}

const byCodeCache = new WeakMap<UnitList, ReadonlyMap<string, Unit>>();

/** A unit list's units by code; memoised per list. */
function unitsByCode(list: UnitList): ReadonlyMap<string, Unit> {
  const cached = byCodeCache.get(list);
  if (cached) return cached;
  const map = new Map(list.units.map((u) => [u.code, u]));
  byCodeCache.set(list, map);
  return map;
}

/**
 * Problems of the crosswalk between two consecutive vintages: every old unit must go into exactly
 * one new unit, and every `formedFrom` code must exist in the old list. One `path: problem` line each.
 */
export function crosswalkProblems(previous: UnitList, next: UnitList): string[] {
  const lines: string[] = [];
  const oldCodes = new Set(previous.units.map((u) => u.code));
  const seen = new Map<string, string>();
  next.units.forEach((unit, i) => {
    for (const old of unit.formedFrom ?? []) {
      if (!oldCodes.has(old)) {
        lines.push(
          `units[${i}].formedFrom: ${old} is not a unit of vintage ${previous.vintage} (value: "${old}") — correct the crosswalk`,
        );
      }
      const other = seen.get(old);
      if (other !== undefined) {
        lines.push(
          `units[${i}].formedFrom: ${old} is already merged into ${other} (value: "${old}") — each old unit goes into exactly one new unit`,
        );
      }
      seen.set(old, unit.code);
    }
  });
  if (next.units.some((u) => u.formedFrom !== undefined)) {
    for (const old of previous.units) {
      if (!seen.has(old.code)) {
        lines.push(
          `units: ${old.name} (${old.code}, vintage ${previous.vintage}) is in no unit's formedFrom — add it to the unit it became`,
        );
      }
    }
  }
  return lines;
}

/** Where a unit came from and what it became, across the area's vintages. */
export interface Lineage {
  /** The units of the previous vintage merged into this one (new units with a crosswalk). */
  formedFrom?: { vintage: Vintage; units: Unit[] };
  /** The unit of the next vintage this one was merged into (old units). */
  becameUnit?: { vintage: Vintage; unit: Unit };
}

/** The lineage of a unit of `vintageId`, read from the next vintage's `formedFrom`. */
export function lineageOf(
  area: Area,
  vintages: ReadonlyMap<string, VintageData>,
  vintageId: string,
  unit: Unit,
): Lineage {
  const before = previousVintage(area, vintageId);
  const after = nextVintage(area, vintageId);
  const previous = before ? vintages.get(before.id) : undefined;
  const next = after ? vintages.get(after.id) : undefined;
  const lineage: Lineage = {};
  if (previous && unit.formedFrom) {
    const byCode = unitsByCode(previous.units);
    const units = unit.formedFrom.map((c) => byCode.get(c)).filter((u): u is Unit => u !== undefined);
    lineage.formedFrom = { vintage: previous.vintage, units };
  }
  const became = next ? successors(next.units).get(unit.code) : undefined;
  if (next && became) lineage.becameUnit = { vintage: next.vintage, unit: became };
  return lineage;
}

/** The counts of a new unit's former units, added up ("tổng các xã cũ"). */
export interface FormerTotal {
  /** Sum over the former units that reported. */
  total: number;
  /** How many of the former units reported (absent means no data, never zero). */
  reported: number;
  /** How many former units the new unit was formed from. */
  of: number;
}

const formerTotalsCache = new WeakMap<Counts, WeakMap<UnitList, ReadonlyMap<string, FormerTotal>>>();

/**
 * Counts of the previous vintage carried over to the units of the next one: for each new unit, the
 * sum of its former units' counts (`formedFrom`). New units none of whose former units reported are
 * left out, so "no data" stays distinct from zero; `reported` < `of` says a sum is partial. Every old
 * unit goes into exactly one new unit, so the totals add up to the previous vintage's total.
 */
export function formerTotals(previousCounts: Counts, next: UnitList): ReadonlyMap<string, FormerTotal> {
  // Memoised per (counts, list): each new unit's page asks for every previous month's totals.
  const cached = formerTotalsCache.get(previousCounts)?.get(next);
  if (cached) return cached;
  const totals = new Map<string, FormerTotal>();
  for (const unit of next.units) {
    const former = unit.formedFrom ?? [];
    const counts = former.flatMap((code) => (Object.hasOwn(previousCounts, code) ? [previousCounts[code] ?? 0] : []));
    if (counts.length === 0) continue;
    totals.set(unit.code, {
      total: counts.reduce((a, b) => a + b, 0),
      reported: counts.length,
      of: former.length,
    });
  }
  const perList = formerTotalsCache.get(previousCounts) ?? new WeakMap<UnitList, ReadonlyMap<string, FormerTotal>>();
  perList.set(next, totals);
  formerTotalsCache.set(previousCounts, perList);
  return totals;
}
