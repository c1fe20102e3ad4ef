/**
 * The threshold scales that put a count (against its target) or a district's share of communes
 * meeting it in a band of model/bands.ts. Kept apart from the bands themselves so that the map's
 * browser script, which only reads bands the server computed, ships no d3.
 */
import { scaleThreshold } from 'd3-scale';
import { GRADED_BANDS, type BandId, type GradedBandId } from './bands';

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
