/**
 * The map's data, pure: the month shown (MapData) built from the page's island or from an entry of
 * the vintage's months file, a commune's sentence, and the units the search looks through. No DOM,
 * so the unit tests run it on the fixture data.
 */
import { bandOfLetter } from '../../lib/model/bands';
import { communeLabel } from '../../lib/text/labels';
import type { MonthsFile } from '../../lib/model/months-file';
import type { SearchUnit } from '../../lib/model/map-search';
import type { Commune, MapData, PageIsland } from './types';

/** The month the page was built for. */
export function dataFromIsland(island: PageIsland): MapData {
  const communes = new Map<string, Commune>();
  for (const [code, [name, district, count, target, letter]] of Object.entries(island.communes)) {
    communes.set(code, {
      name,
      district,
      count,
      target,
      band: bandOfLetter(letter),
      change: island.changes?.[code],
      notes: island.notes?.[code],
    });
  }
  return { month: island.month, previousMonth: island.previousMonth ?? null, communes };
}

/**
 * Month `i` of the months file. The file carries no names (the page has them): they come from
 * `known`, the communes shown now. A change needs the month before on the same units.
 */
export function dataFromMonthsFile(file: MonthsFile, i: number, known: ReadonlyMap<string, Commune>): MapData {
  const entry = file.months[i];
  const before = file.months[i - 1];
  const communes = new Map<string, Commune>();
  file.codes.forEach((code, k) => {
    const was = known.get(code);
    const count = entry?.counts[k] ?? null;
    const prev = before?.counts[k] ?? null;
    // A unit without a target would divide by nothing on its card: a broken file, never a target of 0.
    const target = file.targets[k] ?? was?.target;
    if (target === undefined) throw new Error(`months file ${file.vintage}: no target for unit ${code}`);
    communes.set(code, {
      name: was?.name ?? code,
      district: was?.district ?? '',
      count,
      target,
      band: bandOfLetter(entry?.bands[k]),
      change: count !== null && prev !== null ? count - prev : undefined,
    });
  });
  return { month: entry?.month ?? '', previousMonth: before?.month ?? null, communes };
}

/** The sentence said for a commune (tooltip, aria-label, live region): the server's <title>. */
export function labelOf(c: Commune): string {
  return communeLabel(c.name, c.district, c.count, c.target);
}

/** The units the search looks through: every commune shown, with its former names, district and later unit. */
export function searchUnitsOf(data: MapData, former: PageIsland['former'], later?: PageIsland['later']): SearchUnit[] {
  return [...data.communes].map(([code, c]) => ({
    code,
    name: c.name,
    former: former?.[code] ?? [],
    district: c.district,
    ...(later?.[code] ? { later: later[code] } : {}),
  }));
}
