/**
 * The one colour scale of the site. The SVG map, the Leaflet map, the legend, the table and the
 * share image all take their band and colour from here, so they can never disagree.
 *
 * Palette: ColorBrewer RdYlBu (4 classes), rated colour-blind safe, plus a neutral grey for
 * "no data" that is lighter than every band. Bands are also told apart by text (legend, table,
 * tooltip), never by colour alone.
 */
import { scaleThreshold } from 'd3-scale';

/** Identifier of a status band. `none` = no data for that commune and month. */
export type BandId = 'none' | 'low' | 'mid' | 'high' | 'met';

export interface Band {
  id: BandId;
  /** Vietnamese label used in legends and tables. */
  label: string;
  /** Fill colour. */
  colour: string;
  /** Text colour with at least 4.5:1 contrast on `colour` (for chips with text on them). */
  ink: string;
}

/** Bands from best to worst, then "no data": the order of every legend. */
export const BANDS: readonly Band[] = [
  { id: 'met', label: 'Đạt chỉ tiêu (≥ 100 %)', colour: '#2c7bb6', ink: '#ffffff' },
  { id: 'high', label: 'Gần đạt (67–99 %)', colour: '#abd9e9', ink: '#1a1a1a' },
  { id: 'mid', label: 'Còn thiếu nhiều (33–66 %)', colour: '#fdae61', ink: '#1a1a1a' },
  { id: 'low', label: 'Rất thấp (dưới 33 %)', colour: '#d7191c', ink: '#ffffff' },
  { id: 'none', label: 'Chưa có số liệu', colour: '#e6e6e6', ink: '#1a1a1a' },
];

const byId = new Map(BANDS.map((b) => [b.id, b]));

/** The band record for an id. */
export function band(id: BandId): Band {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown band ${id}`);
  return found;
}

/**
 * Share of target → band. Thresholds are exact fractions: with a target of 300, 99 samples is
 * `low`, 100 is `mid`, 200 is `high`, 299 is `high` and 300 is `met`.
 */
export const shareScale = scaleThreshold<number, Exclude<BandId, 'none'>>()
  .domain([1 / 3, 2 / 3, 1])
  .range(['low', 'mid', 'high', 'met']);

/** Count and target → band; `undefined` count means no data (never zero). */
export function bandFor(count: number | undefined, target: number): BandId {
  if (count === undefined) return 'none';
  return shareScale(count / target);
}

/** District view: share of a district's communes that met target → band. */
export const districtShareScale = scaleThreshold<number, Exclude<BandId, 'none'>>()
  .domain([0.25, 0.5, 0.75])
  .range(['low', 'mid', 'high', 'met']);

/** Labels of the district view's legend, in BANDS order (met first). */
export const DISTRICT_BAND_LABELS: Record<Exclude<BandId, 'none'>, string> = {
  met: 'Từ 75 % số xã đạt trở lên',
  high: '50–74 % số xã đạt',
  mid: '25–49 % số xã đạt',
  low: 'Dưới 25 % số xã đạt',
};
