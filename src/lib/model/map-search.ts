/**
 * Finding a commune by what a person types: any case, with or without diacritics or the type
 * prefix, any part of the name ("vinh hoa" finds "Xã Vĩnh Hòa" and "Xã Vĩnh Hòa Hưng"), and former
 * names (a unit's name before the 2025 merger finds the unit it became). Uses the one name
 * normaliser of names.ts (`tonelessKey`); pure, so the browser and the tests share it.
 */
import { tonelessKey } from '../text/names';

/** One searchable unit of the month's vintage. */
export interface SearchUnit {
  code: string;
  /** Official name with its type prefix. */
  name: string;
  /** Names of the previous vintage's units merged into this one. */
  former?: readonly string[];
}

export interface SearchResult {
  code: string;
  name: string;
  /** Set when only a former name matched: "Xã Thạnh Yên". */
  formerly?: string;
}

interface Entry {
  code: string;
  name: string;
  key: string;
  former: { name: string; key: string }[];
}

/** The prepared index (keys computed once). */
export interface SearchIndex {
  entries: Entry[];
}

export function buildSearchIndex(units: readonly SearchUnit[]): SearchIndex {
  return {
    entries: units.map((u) => ({
      code: u.code,
      name: u.name,
      key: ` ${tonelessKey(u.name)}`,
      former: (u.former ?? []).map((name) => ({ name, key: ` ${tonelessKey(name)}` })),
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

/**
 * Units whose name (or, failing that, a former name) contains the query. Current names come first,
 * then former names; within each, matches at a word start first, then by name. A unit appears once.
 */
export function searchUnits(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = tonelessKey(query);
  if (q === '') return [];
  const current: [number, SearchResult][] = [];
  const former: [number, SearchResult][] = [];
  for (const e of index.entries) {
    const r = rank(e.key, q);
    if (r >= 0) {
      current.push([r, { code: e.code, name: e.name }]);
      continue;
    }
    const best = e.former
      .map((f) => [rank(f.key, q), f.name] as const)
      .filter(([fr]) => fr >= 0)
      .sort((a, b) => a[0] - b[0])[0];
    if (best) former.push([best[0], { code: e.code, name: e.name, formerly: best[1] }]);
  }
  const byRank = (a: [number, SearchResult], b: [number, SearchResult]) =>
    a[0] - b[0] || a[1].name.localeCompare(b[1].name, 'vi');
  return [...current.sort(byRank), ...former.sort(byRank)].slice(0, limit).map(([, r]) => r);
}
