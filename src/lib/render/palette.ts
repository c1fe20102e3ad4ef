/**
 * The status bands in one place: thresholds, labels, colours, letters. Kept apart from the d3 scales
 * (colour.ts builds them from this table) so the browser script can import it without d3. Palette:
 * ColorBrewer RdYlBu (4 classes), rated colour-blind safe, plus a neutral grey for "no data" that is
 * lighter than every band. Bands are also told apart by text (legend, table, tooltip), never by
 * colour alone.
 */

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
  /** Fill colour. */
  colour: string;
  /** Text colour with at least 4.5:1 contrast on `colour` (for chips with text on them). */
  ink: string;
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
 * THE definition of the bands: thresholds, letters, labels, colours. Ordered from best to worst,
 * then "no data": the order of every legend; sorting by status (worst first) is its reverse. The
 * scales (colour.ts), CSS classes (band-css.ts), table sort order and browser letters derive from it.
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
    colour: '#2c7bb6',
    ink: '#ffffff',
  },
  {
    id: 'high',
    letter: 'h',
    from: 2 / 3,
    districtFrom: 0.5,
    label: 'Gần đạt (67–99 %)',
    short: 'Gần đạt',
    districtLabel: '50–74 % số xã đạt',
    colour: '#abd9e9',
    ink: '#1a1a1a',
  },
  {
    id: 'mid',
    letter: 'd',
    from: 1 / 3,
    districtFrom: 0.25,
    label: 'Còn thiếu nhiều (33–66 %)',
    short: 'Thiếu nhiều',
    districtLabel: '25–49 % số xã đạt',
    colour: '#fdae61',
    ink: '#1a1a1a',
  },
  {
    id: 'low',
    letter: 'l',
    from: 0,
    districtFrom: 0,
    label: 'Rất thấp (dưới 33 %)',
    short: 'Rất thấp',
    districtLabel: 'Dưới 25 % số xã đạt',
    colour: '#d7191c',
    ink: '#ffffff',
  },
  {
    id: 'none',
    letter: 'n',
    from: null,
    districtFrom: null,
    label: NO_DATA,
    short: NO_DATA,
    districtLabel: NO_DATA,
    colour: '#e6e6e6',
    ink: '#1a1a1a',
  },
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
