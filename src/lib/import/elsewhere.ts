/**
 * A file of another province, or the national file, told in one message instead of one unknown
 * code per row. The codes of the sheet's code column are looked up in the area's unit lists and in
 * the national runs of codes of the other provinces (units.json `elsewhere`, written by `npm run
 * area` from the national reference). When most known codes are another province's, the sheet is
 * not read row by row: one problem names whose file it is. Names alone are not looked up (the
 * national names are not shipped); such a file gets the usual messages per row.
 */
import type { Reference } from '../data/cross-check';
import type { UnitList } from '../data/schema/units';
import type { Header } from '../spreadsheet/header';
import type { Sheet } from '../spreadsheet/types';
import { say } from '../text/messages';
import { ELSEWHERE } from './messages/elsewhere';
import type { Voice } from './messages/voice';
import type { Problem } from './problems';
import { codeText } from './rows';

/** A file with codes of at least this many other provinces is the national file (or a region's). */
const NATIONAL_FROM = 5;

type Elsewhere = NonNullable<UnitList['elsewhere']>;

/** The province of a code among the other provinces' runs, or undefined. */
function provinceOf(code: string, elsewhere: Elsewhere): Elsewhere[number] | undefined {
  return elsewhere.find((p) => p.ranges.some(([lo, hi]) => code >= lo && code <= hi));
}

/**
 * One problem when the sheet's codes are mostly other provinces' (whose file it is), else
 * undefined and the rows are read as usual.
 */
export function elsewhereProblem(
  sheet: Sheet,
  header: Header,
  reference: Reference,
  voice: Voice,
): Problem | undefined {
  const column = header.columns.code;
  const lists = [...reference.vintages.values()].map((v) => v.units);
  const elsewhere = lists.findLast((l) => l.elsewhere)?.elsewhere;
  if (column === undefined || !elsewhere) return undefined;
  const own = new Set(lists.flatMap((l) => l.units.map((u) => u.code)));
  let ours = 0;
  const theirs = new Map<string, { name: string; rows: number }>();
  for (const row of sheet.rows.slice(header.index + 1)) {
    const code = codeText(row.cells[column]);
    if (code === undefined) continue;
    if (own.has(code)) {
      ours += 1;
      continue;
    }
    const province = provinceOf(code, elsewhere);
    if (!province) continue;
    const seen = theirs.get(province.code) ?? { name: province.name, rows: 0 };
    theirs.set(province.code, { ...seen, rows: seen.rows + 1 });
  }
  const other = [...theirs.values()].reduce((n, p) => n + p.rows, 0);
  if (other === 0 || other <= ours) return undefined;
  const area = reference.area.fullName;
  const row = header.row;
  if (theirs.size >= NATIONAL_FROM) {
    return { row, ...say(voice, ELSEWHERE.national, theirs.size, other, ours, area) };
  }
  const named = [...theirs.values()].sort((a, b) => b.rows - a.rows).map((p) => `${p.name} (${p.rows})`);
  return { row, ...say(voice, ELSEWHERE.otherProvince, named, ours, area) };
}
