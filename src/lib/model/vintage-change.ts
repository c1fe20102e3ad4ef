/**
 * A change of boundary vintage between two published months, and what a month next to it must say:
 * unit counts of two vintages are never compared (48 new units are not "3 fewer" than 143 old
 * communes); sample totals may be, with a note naming the old list. Pure; every text from data.
 */
import type { Area, Vintage } from '../data/schema/area';
import type { Campaign } from '../data/schema/campaign';
import type { VintageData } from '../data/vintage';
import { formatDate, formatMonth, formatNumber } from '../text/format';
import { unitNoun } from '../text/unit-noun';

/** One side of a change: a vintage and how many units its list has. */
export interface VintageSide {
  vintage: Vintage;
  units: number;
}

/** A change of unit list between two consecutive months of the data. */
export interface VintageChange {
  before: VintageSide;
  after: VintageSide;
  /** The last month on the old list and the first month on the new one. */
  lastMonthBefore: string;
  firstMonthAfter: string;
}

/** The month before or after: its key and the totals the summary compares with. */
export interface Comparison {
  month: string;
  samples: number;
  /** Units meeting target then; undefined when that month is on another vintage (not comparable). */
  met: number | undefined;
  /** The previous month's list when it is another vintage: its unit count and noun. */
  otherVintage: VintageSide | undefined;
}

function side(area: Area, vintages: ReadonlyMap<string, VintageData>, id: string): VintageSide | undefined {
  const vintage = area.vintages.find((v) => v.id === id);
  const list = vintages.get(id);
  return vintage && list ? { vintage, units: list.units.units.length } : undefined;
}

/** The change between month `i - 1` and month `i` of the data, if their vintages differ. */
function changeAt(
  area: Area,
  campaign: Pick<Campaign, 'months'>,
  vintages: ReadonlyMap<string, VintageData>,
  i: number,
): VintageChange | undefined {
  const last = campaign.months[i - 1];
  const first = campaign.months[i];
  if (!last || !first || last.vintage === first.vintage) return undefined;
  const before = side(area, vintages, last.vintage);
  const after = side(area, vintages, first.vintage);
  return before && after ? { before, after, lastMonthBefore: last.month, firstMonthAfter: first.month } : undefined;
}

/**
 * The vintage change next to `monthKey`: for the first month on a new list, the change that began
 * it; for the last month on an old list, the change that ends it; otherwise undefined.
 */
export function vintageChangeNear(
  area: Area,
  campaign: Pick<Campaign, 'months'>,
  vintages: ReadonlyMap<string, VintageData>,
  monthKey: string,
): VintageChange | undefined {
  const i = campaign.months.findIndex((m) => m.month === monthKey);
  if (i < 0) return undefined;
  return changeAt(area, campaign, vintages, i) ?? changeAt(area, campaign, vintages, i + 1);
}

/**
 * The one sentence saying what changed, e.g. "Từ 01/07/2025, 143 xã, phường, thị trấn cũ được sắp
 * xếp thành 48 xã, phường, đặc khu mới; bản đồ từ tháng 7/2025 dùng đơn vị mới."
 */
export function vintageChangeSentence(change: VintageChange): string {
  const { before, after } = change;
  return (
    `Từ ${formatDate(after.vintage.validFrom)}, ${formatNumber(before.units)} ${unitNoun(before.vintage).kinds} cũ ` +
    `được sắp xếp thành ${formatNumber(after.units)} ${unitNoun(after.vintage).kinds} mới; ` +
    `bản đồ từ ${formatMonth(change.firstMonthAfter)} dùng đơn vị mới.`
  );
}

/** What a link across the change says: the map goes from the old units to the new ones, or back. */
export function vintageChangeLinkNote(change: VintageChange, toMonth: string): string {
  const toNew = toMonth === change.firstMonthAfter;
  const from = toNew ? change.before : change.after;
  const to = toNew ? change.after : change.before;
  return (
    `${formatMonth(toMonth)}: bản đồ chuyển từ ${formatNumber(from.units)} ${unitNoun(from.vintage).kinds} ` +
    `${toNew ? 'cũ' : 'mới'} sang ${formatNumber(to.units)} ${unitNoun(to.vintage).kinds} ${toNew ? 'mới' : 'cũ'}`
  );
}

/** "so với tháng 6/2025", with ", khi còn 143 xã cũ" when that month is on another list. */
export function comparisonPhrase(comparison: Pick<Comparison, 'month' | 'otherVintage'>): string {
  const other = comparison.otherVintage;
  const note = other ? `, khi còn ${formatNumber(other.units)} ${unitNoun(other.vintage).one} cũ` : '';
  return `so với ${formatMonth(comparison.month)}${note}`;
}
