/**
 * The views of a month's map (issue 16): "Số mẫu" (the count view, the default), "Theo nhịp hiện
 * tại" (pace to month-end, only for a month in progress) and "Trên 1.000 dân" (only for a vintage
 * with populations). One renderer draws them all: a view only gives each commune shape its class
 * and its sentence, and the legend its classes with their counts.
 */
import type { MonthView } from './map-view';
import { paceCalendar, paceOf, type Pace } from './pace';
import { hasPopulation, perCapitaClass, perThousand, populationOf } from './per-capita';
import { PACE_BANDS, PER_CAPITA_BANDS, bandClass, type OtherViewId } from './bands';
import { formatNumber, formatPerThousand } from '../text/format';
import { paceSentence } from './pace-text';

export type MapViewId = 'count' | OtherViewId;

/** Path segment of a view's page under the month's map (/ban-do/2025-08/nhip-hien-tai/). */
export const VIEW_SLUGS: Record<OtherViewId, string> = { pace: 'nhip-hien-tai', perCapita: 'tren-1000-dan' };

/** Name of each view on its switch and in titles. */
export const VIEW_NAMES: Record<MapViewId, string> = {
  count: 'Số mẫu',
  pace: 'Theo nhịp hiện tại',
  perCapita: 'Trên 1.000 dân',
};

/** One commune in another view: its class (legend id and CSS class) and its sentence. */
export interface ViewCell {
  id: string;
  cls: string;
  sentence: string;
}

/** A view of a month computed for every commune, with its legend's counts. */
export interface OtherView {
  id: OtherViewId;
  cells: Map<string, ViewCell>;
  /** Communes per class, every class present. */
  counts: Record<string, number>;
}

/** The views offered for a month: the count view always, the others when they have a meaning. */
export function offeredViews(view: MonthView): MapViewId[] {
  return [
    'count',
    ...(paceCalendar(view.month) ? (['pace'] as const) : []),
    ...(hasPopulation(view.units) ? (['perCapita'] as const) : []),
  ];
}

/** The pace of every commune of a month in progress, by code; undefined for a complete month. */
export function monthPaces(view: MonthView): Map<string, Pace> | undefined {
  const calendar = paceCalendar(view.month);
  if (!calendar) return undefined;
  return new Map(view.rows.map((r) => [r.unit.code, paceOf(r.count, r.target, calendar)]));
}

/**
 * The per-1,000 sentence of a unit: "Trên 1.000 dân: 12,3 mẫu đo (số dân 53.784)." or, without a
 * figure, "—" and why.
 */
export function perThousandSentence(count: number | undefined, unit: MonthView['rows'][number]['unit']): string {
  const pop = populationOf(unit);
  if (pop.population === undefined) return `Trên 1.000 dân: — (${pop.note})`;
  const value = perThousand(count, pop.population);
  if (value === undefined) return `Trên 1.000 dân: — (chưa có số liệu; số dân ${formatNumber(pop.population)}).`;
  return `Trên 1.000 dân: ${formatPerThousand(value)} mẫu đo (số dân ${formatNumber(pop.population)}).`;
}

/** A view other than the count view, or undefined when it is not offered for the month. */
export function otherView(view: MonthView, id: OtherViewId): OtherView | undefined {
  if (!offeredViews(view).includes(id)) return undefined;
  const bands: readonly { id: string }[] = id === 'pace' ? PACE_BANDS : PER_CAPITA_BANDS;
  const counts = Object.fromEntries(bands.map((b) => [b.id, 0]));
  const paces = monthPaces(view);
  const cells = new Map<string, ViewCell>();
  for (const r of view.rows) {
    const pace = paces?.get(r.unit.code);
    const cell =
      id === 'pace' && pace
        ? { id: pace.status, sentence: paceSentence(pace, view.month.asOf) }
        : {
            id: perCapitaClass(perThousand(r.count, r.unit.population)),
            sentence: perThousandSentence(r.count, r.unit),
          };
    counts[cell.id] = (counts[cell.id] ?? 0) + 1;
    cells.set(r.unit.code, { ...cell, cls: bandClass(id, cell.id), sentence: `${r.unit.name}. ${cell.sentence}` });
  }
  return { id, cells, counts };
}

/**
 * The sentences the map's card adds for each commune of the page's month: its pace while the month
 * is in progress, and its samples per 1,000 residents where the vintage has populations.
 */
export function cardNotes(view: MonthView): Record<string, string[]> {
  const paces = monthPaces(view);
  const withPopulation = hasPopulation(view.units);
  const notes: Record<string, string[]> = {};
  for (const r of view.rows) {
    const pace = paces?.get(r.unit.code);
    const lines = [
      ...(pace ? [paceSentence(pace, view.month.asOf)] : []),
      ...(withPopulation ? [perThousandSentence(r.count, r.unit)] : []),
    ];
    if (lines.length > 0) notes[r.unit.code] = lines;
  }
  return notes;
}
