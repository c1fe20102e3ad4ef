/**
 * Which stated populations the site may show (issue 16, point 2; issue 21 for sources that flag
 * their own doubtful rows). The population of the 2025 units
 * is the reference portal's figure as scraped (../shared/geo/SOURCES.md §5), never checked against
 * a census, and SOURCES.md names four values that cannot be right for a merged rural commune: Xã
 * Hòa Thuận 317 residents on 73.85 km² (4/km²), Xã Tân Hội 4,945 on 146 km² (34/km²), Xã Tây Yên
 * 5,259 on 128 km² (41/km²), Xã Long Thạnh 4,225 on 96 km² (44/km²), where every other rural unit
 * of former Kiên Giang has 76–700/km². A population that fails a check is withheld: the unit list
 * stores a short Vietnamese note instead, and the site shows "—", never the figure.
 */

import { formatNumber } from '../text/format';

/** What the checks read of one row of the unit list. */
export interface PopulationRow {
  code: string;
  type: string;
  /** Stated area in km², as written in the source ('' when absent). */
  area: string;
  /** Stated population, as written in the source ('' when absent). */
  population: string;
}

/** A population the site may show, or the note it shows instead. */
export type PopulationCheck = { population: number } | { note: string };

/**
 * Lowest believable density of a Xã, residents per km². The four values SOURCES.md names lie at
 * 4–44/km², the lowest plausible rural unit at 76/km²; 60 sits in that gap with room on both sides.
 * Only a Xã is held to it: island units and wards are small and dense, and an Đặc khu is its own case.
 */
export const MIN_RURAL_DENSITY = 60;

/** Notes shown next to "—" (Vietnamese: every word a reader sees). */
export const POPULATION_NOTES = {
  missing: 'Nguồn không ghi số dân.',
  unreadable: 'Số dân ở nguồn không đọc được.',
  noArea: 'Nguồn không ghi diện tích nên không kiểm tra được số dân.',
  lowDensity: 'Số dân ở nguồn quá thấp so với diện tích, chưa được kiểm chứng nên không dùng.',
  duplicate: 'Số dân và diện tích ở nguồn trùng với một đơn vị khác, chưa được kiểm chứng nên không dùng.',
} as const;

const wholePositive = (text: string): number | undefined => (/^[1-9]\d*$/u.test(text) ? Number(text) : undefined);
const positive = (text: string): number | undefined => {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * The check of every row, by code. Besides the density rule, a row whose stated area and population
 * both equal another row's is withheld, with the other: one of them is a copy (SOURCES.md: Bình
 * Sơn's stated area is Hòn Đất's and disagrees with its polygon; its population is Hòn Đất's too),
 * and the source alone cannot say which figure is the unit's own.
 */
export function checkPopulations(rows: readonly PopulationRow[]): Map<string, PopulationCheck> {
  const pairs = new Map<string, number>();
  const pairOf = (r: PopulationRow): string => `${r.area}|${r.population}`;
  for (const r of rows) pairs.set(pairOf(r), (pairs.get(pairOf(r)) ?? 0) + 1);
  return new Map(
    rows.map((r): [string, PopulationCheck] => {
      if (r.population === '') return [r.code, { note: POPULATION_NOTES.missing }];
      const population = wholePositive(r.population);
      if (population === undefined) return [r.code, { note: POPULATION_NOTES.unreadable }];
      if ((pairs.get(pairOf(r)) ?? 0) > 1) return [r.code, { note: POPULATION_NOTES.duplicate }];
      const area = positive(r.area);
      if (r.type === 'Xã' && area === undefined) return [r.code, { note: POPULATION_NOTES.noArea }];
      if (r.type === 'Xã' && area !== undefined && population / area < MIN_RURAL_DENSITY) {
        return [r.code, { note: POPULATION_NOTES.lowDensity }];
      }
      return [r.code, { population }];
    }),
  );
}

/**
 * One reason of a `population_flag` (reference/<id>/units.csv, English, SOURCES.md §6 "Caveats")
 * and the sentence a reader sees for it. N, the portal's own earlier figure, is quoted.
 */
const FLAG_NOTES: readonly [RegExp, (n: string) => string][] = [
  [/^population below 1,000$/u, () => 'Số dân ở nguồn dưới 1.000 người, quá thấp so với một xã, phường sau sắp xếp'],
  [/^density below 5\/km²$/u, () => 'Mật độ dân số ở nguồn dưới 5 người/km²'],
  [
    /^(10|100)x below portal value of 2025-07 \((\d+)\)$/u,
    (n) =>
      `Số dân ở nguồn thấp hơn nhiều lần so với số của chính cổng này tháng 7/2025 (${n} người), có thể đã mất chữ số`,
  ],
  [
    /^differs from portal value of 2025-07 \((\d+)\)$/u,
    (n) => `Số dân ở nguồn khác số của chính cổng này tháng 7/2025 (${n} người), có thể là số của đơn vị khác`,
  ],
  [/^no value in source$/u, () => 'Nguồn không ghi số dân'],
];

/** The Vietnamese sentence of one flag reason; an unknown reason is quoted as it is. */
function flagNote(reason: string): string {
  for (const [pattern, note] of FLAG_NOTES) {
    const m = pattern.exec(reason);
    if (m) return note(formatNumber(Number(m[m.length - 1] ?? '0')));
  }
  return `Nguồn đánh dấu số dân này là đáng ngờ (“${reason}”)`;
}

/** What the flag rule reads of one row of a source with a `population_flag` column. */
export interface FlaggedPopulationRow {
  /** Stated population, as written ('' when absent). */
  population: string;
  /** The source's own reasons to doubt it, joined by "; " ('' when it found none). */
  flag: string;
}

/**
 * A source that flags its own doubtful rows (the national reference): every flagged row is
 * withheld, with the reasons in Vietnamese; the others are shown as published. The density rule of
 * `checkPopulations` (tuned on Kiên Giang's lowland communes) is not applied: it would hide sparse
 * mountain communes whose figures are right.
 */
export function checkFlaggedPopulation(row: FlaggedPopulationRow): PopulationCheck {
  const reasons = row.flag
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean);
  if (reasons.length > 0) {
    return { note: `${reasons.map(flagNote).join('; ')}: chưa được kiểm chứng nên không dùng.` };
  }
  if (row.population === '') return { note: POPULATION_NOTES.missing };
  const population = wholePositive(row.population);
  return population === undefined ? { note: POPULATION_NOTES.unreadable } : { population };
}
