/**
 * The one colour scale of the site. The SVG map, the Leaflet map, the legend, the table and the
 * share image all take their band from here (and their colour from palette.ts), so they can never
 * disagree. The thresholds are those of the bands' table in palette.ts.
 */
import { scaleThreshold } from 'd3-scale';
import { GRADED_BANDS, type BandId, type GradedBandId } from './palette';

const ids = GRADED_BANDS.map((b) => b.id);

/**
 * Share of target → band. Thresholds are exact fractions: with a target of 300, 99 samples is
 * `low`, 100 is `mid`, 200 is `high`, 299 is `high` and 300 is `met`.
 */
export const shareScale = scaleThreshold<number, GradedBandId>()
  .domain(GRADED_BANDS.slice(1).map((b) => b.from))
  .range(ids);

/** Count and target → band; `undefined` count means no data (never zero). */
export function bandFor(count: number | undefined, target: number): BandId {
  if (count === undefined) return 'none';
  return shareScale(count / target);
}

/** District view: share of a district's communes that met target → band. */
export const districtShareScale = scaleThreshold<number, GradedBandId>()
  .domain(GRADED_BANDS.slice(1).map((b) => b.districtFrom))
  .range(ids);
