/**
 * Finding a commune by what a person types: any case, with or without diacritics or the type
 * prefix, abbreviated or not ("tt hon dat", "p. vinh thanh", "dk phu quoc", "tp rach gia", "x. vinh hoa"),
 * a prefix read as a hint (failing a match with it, the name alone), any part of the name
 * ("vinh hoa" finds "Xã Vĩnh Hòa" and "Xã Vĩnh Hòa Hưng"), former names (a unit's name before the
 * 2025 merger finds the unit it became), and, on an old month, a district's name or the name of the
 * unit a group of old units became: these list every unit of the group. Uses the one name
 * normaliser of names.ts; pure, so the browser and the tests share it.
 */
import { searchReading, tonelessKey } from '../text/names';
import { viCollator } from '../text/format';

/** One searchable unit of the month's vintage. */
export interface SearchUnit {
  code: string;
  /** Official name with its type prefix. */
  name: string;
  /** Names of the previous vintage's units merged into this one. */
  former?: readonly string[];
  /** Its district's official name (old vintage; absent or '' without districts). */
  district?: string;
  /** The next vintage's unit this one was merged into (old vintage). */
  later?: string;
}

export interface SearchResult {
  code: string;
  name: string;
  /** Set when only a former name matched: "Xã Thạnh Yên". */
  formerly?: string;
  /** Set when the unit is listed because its district matched: "Thành phố Phú Quốc". */
  district?: string;
  /** Set when the unit is listed because the unit it became matched: "Đặc khu Phú Quốc". */
  later?: string;
}

interface Keyed {
  name: string;
  key: string;
}

interface Entry extends Keyed {
  code: string;
  former: Keyed[];
  district: Keyed | undefined;
  later: Keyed | undefined;
}

/** The prepared index (keys computed once). */
export interface SearchIndex {
  entries: Entry[];
}

const keyed = (name: string): Keyed => ({ name, key: ` ${tonelessKey(name)}` });

export function buildSearchIndex(units: readonly SearchUnit[]): SearchIndex {
  return {
    entries: units.map((u) => ({
      code: u.code,
      ...keyed(u.name),
      former: (u.former ?? []).map(keyed),
      district: u.district ? keyed(u.district) : undefined,
      later: u.later ? keyed(u.later) : undefined,
    })),
  };
}

/** Where the query starts in a key: at a word start ranks before inside a word. -1 = no match. */
function rank(key: string, query: string): number {
  const atWord = key.indexOf(` ${query}`);
  if (atWord >= 0) return atWord;
  const inside = key.indexOf(query);
  return inside >= 0 ? 1000 + inside : -1;
}

/** The best rank of any reading of the query (as typed, and with its prefix written out). */
function bestRank(key: string, queries: readonly string[]): number {
  const ranks = queries.map((q) => rank(key, q)).filter((r) => r >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : -1;
}

/**
 * Whether a group name (a district, a unit of the next vintage) is meant: the query, its type
 * prefix aside, starts a word of the name, is at least 3 letters long, and a typed prefix is the
 * group's own ("dk phu quoc" means the đặc khu, not the city). Shorter or looser queries would list
 * whole districts for a letter.
 */
function groupMatches(group: Keyed, reading: ReturnType<typeof searchReading>): boolean {
  if (reading.rest.replace(/ /g, '').length < 3) return false;
  if (reading.type !== undefined) return group.key.startsWith(` ${reading.key}`);
  return group.key.includes(` ${reading.rest}`);
}

/** Whether a district or next-vintage unit the query names exists (then its units are listed). */
function hasGroupOf(index: SearchIndex, reading: ReturnType<typeof searchReading>): boolean {
  return index.entries.some(
    (e) => (e.district && groupMatches(e.district, reading)) || (e.later && groupMatches(e.later, reading)),
  );
}

type Ranked = [number, SearchResult];
const byRank = (a: Ranked, b: Ranked) => a[0] - b[0] || viCollator.compare(a[1].name, b[1].name);

/** Units matched by their own or a former name, best first, at most `limit`. */
function byName(index: SearchIndex, queries: readonly string[], limit: number): SearchResult[] {
  const current: Ranked[] = [];
  const former: Ranked[] = [];
  for (const e of index.entries) {
    const r = bestRank(e.key, queries);
    if (r >= 0) {
      current.push([r, { code: e.code, name: e.name }]);
      continue;
    }
    const best = e.former
      .map((f) => [bestRank(f.key, queries), f.name] as const)
      .filter(([fr]) => fr >= 0)
      .sort((a, b) => a[0] - b[0])[0];
    if (best) former.push([best[0], { code: e.code, name: e.name, formerly: best[1] }]);
  }
  return [...current.sort(byRank), ...former.sort(byRank)].slice(0, limit).map(([, r]) => r);
}

/**
 * Units whose name (or, failing that, a former name) contains the query, at most `limit`: current
 * names first, then former names; within each, matches at a word start first, then by name. Then
 * every unit of a district, or of a next-vintage unit, the query names (not limited: a group is
 * listed whole). A unit appears once.
 */
export function searchUnits(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const reading = searchReading(query);
  const typed = tonelessKey(query);
  if (typed === '') return [];
  let results = byName(index, [...new Set([typed, reading.key])], limit);
  // A typed prefix is a hint, not a filter: failing any match with it ("tp rach gia" on the 2025
  // units, where Rạch Giá is a Phường), the name alone is looked for.
  if (results.length === 0 && reading.type !== undefined && !hasGroupOf(index, reading)) {
    results = byName(index, [reading.rest], limit);
  }
  const seen = new Set(results.map((r) => r.code));
  const groups: Ranked[] = [];
  for (const e of index.entries) {
    if (seen.has(e.code)) continue;
    if (e.district && groupMatches(e.district, reading)) {
      groups.push([0, { code: e.code, name: e.name, district: e.district.name }]);
    } else if (e.later && groupMatches(e.later, reading)) {
      groups.push([1, { code: e.code, name: e.name, later: e.later.name }]);
    }
  }
  const grouped = groups.sort(
    (a, b) =>
      a[0] - b[0] ||
      viCollator.compare(a[1].district ?? a[1].later ?? '', b[1].district ?? b[1].later ?? '') ||
      byRank(a, b),
  );
  return [...results, ...grouped.map(([, r]) => r)];
}
