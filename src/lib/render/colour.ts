/**
 * The one colour scale of the site. The SVG map, the Leaflet map, the legend, the table and the
 * share image all take their band from here (and their colour from palette.ts), so they can never
 * disagree.
 */
import { scaleThreshold } from 'd3-scale';
import type { BandId } from './palette';

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
