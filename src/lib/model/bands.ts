/**
 * The classes a unit's shape can take on each view of the map, in one place: thresholds, letters,
 * labels and the CSS class. The count view grades a count against its target (BANDS); the pace and
 * per-1,000 views have their own classes (PACE_BANDS, PER_CAPITA_BANDS). Colours are not here:
 * src/lib/render/palette.ts gives each class its colour. Bands are always told apart by text
 * (legend, table, tooltip) too, never by colour alone. Nothing here imports d3 at run time in the
 * browser beyond the threshold scale (d3-scale is side-effect free, so the client keeps only what
 * it calls).
 */
import { scaleThreshold } from 'd3-scale';
import { PER_CAPITA_BREAKS } from './per-capita';

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
 * THE definition of the count view's bands: thresholds, letters, labels. Ordered from best to
 * worst, then "no data": the order of every legend; sorting by status (worst first) is its reverse.
 * The scales below, the CSS classes, the table sort order and the browser letters derive from it.
 * Labels state the thresholds (tests/unit/band-css.test.ts checks they agree).
 */
export const BANDS: readonly Band[] = [
  {
    id: 'met',
    letter: 'm',
    from: 1,
    districtFrom: 0.75,
    label: 'Đạt chỉ tiêu (≥ 100 %)',
    short: 'Đạt',
    districtLabel: 'Từ 75 % số xã đạt trở lên',
  },
  {
    id: 'high',
    letter: 'h',
    from: 2 / 3,
    districtFrom: 0.5,
    label: 'Gần đạt (67–99 %)',
    short: 'Gần đạt',
    districtLabel: '50–74 % số xã đạt',
  },
  {
    id: 'mid',
    letter: 'd',
    from: 1 / 3,
    districtFrom: 0.25,
    label: 'Còn thiếu nhiều (33–66 %)',
    short: 'Thiếu nhiều',
    districtLabel: '25–49 % số xã đạt',
  },
  {
    id: 'low',
    letter: 'l',
    from: 0,
    districtFrom: 0,
    label: 'Rất thấp (dưới 33 %)',
    short: 'Rất thấp',
    districtLabel: 'Dưới 25 % số xã đạt',
  },
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

const gradedIds = GRADED_BANDS.map((b) => b.id);

/**
 * Share of target → band. Thresholds are exact fractions: with a target of 300, 99 samples is
 * `low`, 100 is `mid`, 200 is `high`, 299 is `high` and 300 is `met`.
 */
export const shareScale = scaleThreshold<number, GradedBandId>()
  .domain(GRADED_BANDS.slice(1).map((b) => b.from))
  .range(gradedIds);

/** Count and target → band; `undefined` count means no data (never zero). */
export function bandFor(count: number | undefined, target: number): BandId {
  if (count === undefined) return 'none';
  return shareScale(count / target);
}

/** District view: share of a district's communes that met target → band. */
export const districtShareScale = scaleThreshold<number, GradedBandId>()
  .domain(GRADED_BANDS.slice(1).map((b) => b.districtFrom))
  .range(gradedIds);

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
