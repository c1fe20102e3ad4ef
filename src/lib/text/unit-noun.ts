/**
 * The one rule for naming a vintage's commune-level units: the old list says "xã" and
 * "xã, phường, thị trấn", the list from 07/2025 "đơn vị cấp xã" and "xã, phường, đặc khu". The words
 * live in data/area.json (`unitNoun` of each vintage); this is the only place that reads them.
 */
import type { Vintage } from '../data/schema/area';

export interface UnitNoun {
  /** One unit: "xã" or "đơn vị cấp xã". */
  one: string;
  /** The kinds of unit, listed: "xã, phường, thị trấn" or "xã, phường, đặc khu". */
  kinds: string;
}

/** Without `unitNoun` in the data, the words of a list of communes, wards and towns. */
const FALLBACK: UnitNoun = { one: 'xã', kinds: 'xã, phường, thị trấn' };

/** How the site names the units of `vintage`. */
export function unitNoun(vintage: Pick<Vintage, 'unitNoun'>): UnitNoun {
  return vintage.unitNoun ?? FALLBACK;
}
