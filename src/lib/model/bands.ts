/**
 * The classes a unit's shape can take on each view of the map, in one place: thresholds, letters,
 * labels and the CSS class. The count view grades a count against its target (BANDS); the pace and
 * per-1,000 views have their own classes (PACE_BANDS, PER_CAPITA_BANDS). Colours are not here:
 * src/lib/render/palette.ts gives each class its colour. Bands are always told apart by text
 * (legend, table, tooltip) too, never by colour alone. The threshold scales that put a count in
 * its band are in band-scale.ts, so the browser's map script, which only reads bands, ships no d3.
 */
import { PER_CAPITA_BREAKS } from './per-capita';
import { wholePercent } from '../text/format';

/** Identifier of a status band. `none` = no data for that commune and month. */
export type BandId = 'none' | 'low' | 'mid' | 'high' | 'met';
/** The bands a count can fall in (every band but "no data"). */
export type GradedBandId = Exclude<BandId, 'none'>;

interface BandText {
  /** One letter per unit in the per-month band strings shipped to the browser (see bandOfLetter). */
  letter: string;
  /** Vietnamese label used in legends. */
  label: string;
  /** Short label for table cells on a phone. */
  short: string;
  /** Label in the legend of the district view (share of a district's communes meeting target). */
  districtLabel: string;
}

/** A band a count falls in, from the lowest share of the target it takes. */
export interface GradedBand extends BandText {
  id: GradedBandId;
  /** Lowest share of its target (count / target) a commune of this band has: 1/3 means 100 of 300. */
  from: number;
  /** Lowest share of a district's communes meeting target for this band (district view). */
  districtFrom: number;
}

/** "No data": no count was reported (never zero). */
export interface NoDataBand extends BandText {
  id: 'none';
  from: null;
  districtFrom: null;
}

export type Band = GradedBand | NoDataBand;

const NO_DATA = 'Chưa có số liệu';

/**
 * The whole percentages a share from `from` up to (not including) `next` is shown as, rounded down
 * like every percentage of the site (text/format.ts, wholePercent): [lowest, highest], the highest
 * undefined for the top band. A threshold that is not a whole percentage (a third) is shown by both
 * bands beside it ("0–33 %", "33–66 %"): 99 of 300 is 33 % and low, 100 of 300 is 33 % and mid.
 */
export function percentRange(from: number, next: number | undefined): [number, number | undefined] {
  const lo = wholePercent(from);
  if (next === undefined) return [lo, undefined];
  const edge = next * 100;
  const whole = Math.abs(edge - Math.round(edge)) < 1e-9;
  return [lo, whole ? Math.round(edge) - 1 : Math.floor(edge)];
}

/** A range as a label says it: "≥ 100 %", "66–99 %", or "dưới 25 %" for a lowest band ending on a whole percent. */
function rangeText([lo, hi]: [number, number | undefined], next: number | undefined): string {
  if (hi === undefined) return `≥ ${lo} %`;
  if (lo === 0 && next !== undefined && hi === Math.round(next * 100) - 1) return `dưới ${hi + 1} %`;
  return `${lo}–${hi} %`;
}

/** Thresholds of the graded bands, lowest first: share of target (count view) and of a district's communes. */
const COUNT_FROM = { low: 0, mid: 1 / 3, high: 2 / 3, met: 1 } as const;
const DISTRICT_FROM = { low: 0, mid: 0.25, high: 0.5, met: 0.75 } as const;
const NEXT = { low: 'mid', mid: 'high', high: 'met', met: undefined } as const;

/** A graded band's definition, its labels stating its range as shares are shown. */
function graded(id: GradedBandId, letter: string, name: string, short: string): GradedBand {
  const next = NEXT[id];
  const countNext = next && COUNT_FROM[next];
  const districtNext = next && DISTRICT_FROM[next];
  const district = rangeText(percentRange(DISTRICT_FROM[id], districtNext), districtNext);
  return {
    id,
    letter,
    from: COUNT_FROM[id],
    districtFrom: DISTRICT_FROM[id],
    label: `${name} (${rangeText(percentRange(COUNT_FROM[id], countNext), countNext)})`,
    short,
    districtLabel: district.startsWith('≥')
      ? `Từ ${district.slice(2)} số xã đạt trở lên`
      : `${district.charAt(0).toUpperCase()}${district.slice(1)} số xã đạt`,
  };
}

/**
 * THE definition of the count view's bands: thresholds, letters, labels. Ordered from best to
 * worst, then "no data": the order of every legend; sorting by status (worst first) is its reverse.
 * The scales below, the CSS classes, the table sort order and the browser letters derive from it.
 * Labels state the ranges as percentages are shown (tests/unit/band-css.test.ts checks every count).
 */
export const BANDS: readonly Band[] = [
  graded('met', 'm', 'Đạt chỉ tiêu', 'Đạt'),
  graded('high', 'h', 'Gần đạt', 'Gần đạt'),
  graded('mid', 'd', 'Còn thiếu nhiều', 'Thiếu nhiều'),
  graded('low', 'l', 'Rất thấp', 'Rất thấp'),
  { id: 'none', letter: 'n', from: null, districtFrom: null, label: NO_DATA, short: NO_DATA, districtLabel: NO_DATA },
];

/** The graded bands from the lowest threshold up (what the threshold scales are built from). */
export const GRADED_BANDS: readonly GradedBand[] = BANDS.filter((b): b is GradedBand => b.id !== 'none').sort(
  (a, b) => a.from - b.from,
);

/** Band ids in the order a table sorts them by status: "no data" first, then worst to best. */
export const BAND_SORT_ORDER: readonly BandId[] = BANDS.map((b) => b.id).reverse();

/** A count of units per band, every band at 0 (the start of a tally). */
export function emptyBandCounts(): Record<BandId, number> {
  return Object.fromEntries(BANDS.map((b) => [b.id, 0])) as Record<BandId, number>;
}

const byId = new Map(BANDS.map((b) => [b.id, b]));

/** The band record for an id. */
export function band(id: BandId): Band {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown band ${id}`);
  return found;
}

/** One-letter codes used to ship per-month bands to the browser compactly (one letter per unit). */
export const BAND_LETTER = Object.fromEntries(BANDS.map((b) => [b.id, b.letter])) as Record<BandId, string>;

const LETTER_BAND: ReadonlyMap<string, BandId> = new Map(BANDS.map((b) => [b.letter, b.id]));

/** The inverse of BAND_LETTER, for the server and the browser alike: an unknown letter is "no data". */
export function bandOfLetter(letter: string | undefined): BandId {
  return (letter !== undefined && LETTER_BAND.get(letter)) || 'none';
}

/** One class of a view other than the count view. */
export interface ViewBand {
  id: string;
  /** One letter per unit when shipped to the browser. */
  letter: string;
  /** Vietnamese label of the legend. */
  label: string;
  /** Short label for a table cell. */
  short: string;
}

/** Pace view (model/pace.ts): met, on track to meet the target by month-end, behind, no data. */
export const PACE_BANDS = [
  { id: 'met', letter: 'm', label: 'Đã đạt chỉ tiêu', short: 'Đã đạt' },
  { id: 'on-track', letter: 't', label: 'Theo nhịp hiện tại sẽ đạt cuối tháng', short: 'Sẽ đạt' },
  { id: 'behind', letter: 'b', label: 'Theo nhịp hiện tại chưa đạt cuối tháng', short: 'Chậm' },
  { id: 'none', letter: 'n', label: NO_DATA, short: NO_DATA },
] as const satisfies readonly ViewBand[];
export type PaceBandId = (typeof PACE_BANDS)[number]['id'];

const [low, mid, high] = PER_CAPITA_BREAKS;

/** Per-1,000 view: the fixed breaks of model/per-capita.ts, stated in every label. */
export const PER_CAPITA_BANDS = [
  { id: 'top', letter: 'd', label: `Từ ${high} mẫu trở lên trên 1.000 dân`, short: `≥ ${high}` },
  { id: 'upper', letter: 'c', label: `${mid} đến dưới ${high} mẫu trên 1.000 dân`, short: `${mid}–${high}` },
  { id: 'lower', letter: 'b', label: `${low} đến dưới ${mid} mẫu trên 1.000 dân`, short: `${low}–${mid}` },
  { id: 'bottom', letter: 'a', label: `Dưới ${low} mẫu trên 1.000 dân`, short: `< ${low}` },
  {
    id: 'none',
    letter: 'n',
    label: 'Không tính được (chưa có số liệu hoặc số dân)',
    short: 'Không tính được',
  },
] as const satisfies readonly ViewBand[];
export type PerCapitaBandId = (typeof PER_CAPITA_BANDS)[number]['id'];

/** The views of the map other than the count view, by id: each one's classes, in legend order. */
export const VIEW_BANDS = { pace: PACE_BANDS, perCapita: PER_CAPITA_BANDS } as const;
export type OtherViewId = keyof typeof VIEW_BANDS;
/** The views other than the count view, in the order the view switch lists them. */
export const OTHER_VIEWS: readonly OtherViewId[] = ['pace', 'perCapita'];
/** Every view of the map: `count` (BANDS) and the others. */
export type ViewId = 'count' | OtherViewId;

/** The class ids of a view, in legend order. */
export function classIdsOf(view: ViewId): readonly string[] {
  return (view === 'count' ? BANDS : VIEW_BANDS[view]).map((b) => b.id);
}

const CLASS_PREFIX: Record<ViewId, string> = { count: 'band', pace: 'pace', perCapita: 'per-capita' };

/**
 * THE class name of a view's class (`band-met`, `pace-behind`, `per-capita-top`): the server's SVG,
 * legends and tables, the browser's recolouring and the stylesheet (render/band-css.ts) all take it
 * from here, so a shape and its colour rule cannot drift apart.
 */
export function bandClass(view: ViewId, id: string): string {
  return `${CLASS_PREFIX[view]}-${id}`;
}
