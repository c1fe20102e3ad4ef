/**
 * Samples per 1,000 residents (issue 16, point 2): where outreach is weakest for the number of
 * people who live there. Only for units whose population passed the plausibility checks
 * (src/lib/geo/population.ts): without one there is no figure, never a guess.
 */
import type { Unit, UnitList } from '../data/schema/units';

/**
 * Fixed breaks of the per-1,000 view, in samples per 1,000 residents: 5, 10, 20. Chosen from the
 * shipped data's distribution: over the 650 unit-months of the 2025-07 units with a checked
 * population (data/campaign.json, 2025-07 to 2026-10), the quartiles are 6.0, 10.5 and 19.2. Round
 * numbers in a doubling series near them give four classes of about a fifth to a third of the
 * unit-months each (20 %, 28 %, 29 %, 23 %), and read as plain rules ("under 5 per 1,000").
 * Fixed, not recomputed per month, so a colour means the same in every month. The shipped figures
 * are illustrative: revisit the breaks once a few real months are in.
 */
export const PER_CAPITA_BREAKS = [5, 10, 20] as const;

/** Samples per 1,000 residents, or undefined without a count or a checked population. */
export function perThousand(count: number | undefined, population: number | undefined): number | undefined {
  if (count === undefined || population === undefined) return undefined;
  return (count / population) * 1000;
}

/** Class of a per-1,000 figure on the fixed breaks; `none` without a figure. */
export function perCapitaClass(value: number | undefined): 'top' | 'upper' | 'lower' | 'bottom' | 'none' {
  if (value === undefined) return 'none';
  const [low, mid, high] = PER_CAPITA_BREAKS;
  if (value >= high) return 'top';
  if (value >= mid) return 'upper';
  return value >= low ? 'lower' : 'bottom';
}

/** True when any unit of the list has a checked population (the per-1,000 view is offered). */
export function hasPopulation(units: UnitList): boolean {
  return units.units.some((u) => u.population !== undefined);
}

/** What the site says of a unit's population: the figure, or why it shows "—". */
export function populationOf(
  unit: Unit,
): { population: number; note?: undefined } | { population?: undefined; note: string } {
  if (unit.population !== undefined) return { population: unit.population };
  return { note: unit.populationNote ?? 'Chưa có số dân đáng tin cậy cho đơn vị này.' };
}
