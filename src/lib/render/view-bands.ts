/**
 * The classes of the map's other views (issue 16): pace to month-end and samples per 1,000
 * residents. Each view is a table like BANDS of palette.ts (the count view): id, letter, label,
 * colour and ink, ordered as its legend lists them, best first, the class without a figure last.
 * The same renderer draws every view: only the class of each shape changes (band-css.ts writes a
 * rule per class). Colours follow the count view's conventions: ColorBrewer schemes rated
 * colour-blind safe, the same light grey for "no figure", and a text label for every class in the
 * legend, the table and the tooltip, so no class is told by colour alone.
 */
import { PER_CAPITA_BREAKS } from '../model/per-capita';

/** One class of a view. */
export interface ViewBand {
  id: string;
  /** One letter per unit when shipped to the browser. */
  letter: string;
  /** Vietnamese label of the legend. */
  label: string;
  /** Short label for a table cell. */
  short: string;
  colour: string;
  /** Text colour with at least 4.5:1 contrast on `colour`. */
  ink: string;
}

/** The light grey of "no data" in every view (palette.ts). */
const NO_FIGURE = '#e6e6e6';

/**
 * Pace view: met and on track in the count view's blues (met is the same blue as "Đạt chỉ tiêu"),
 * behind in its orange, so a reader who knows the count map reads this one the same way.
 */
export const PACE_BANDS = [
  { id: 'met', letter: 'm', label: 'Đã đạt chỉ tiêu', short: 'Đã đạt', colour: '#2c7bb6', ink: '#ffffff' },
  {
    id: 'on-track',
    letter: 't',
    label: 'Theo nhịp hiện tại sẽ đạt cuối tháng',
    short: 'Sẽ đạt',
    colour: '#abd9e9',
    ink: '#1a1a1a',
  },
  {
    id: 'behind',
    letter: 'b',
    label: 'Theo nhịp hiện tại chưa đạt cuối tháng',
    short: 'Chậm',
    colour: '#fdae61',
    ink: '#1a1a1a',
  },
  { id: 'none', letter: 'n', label: 'Chưa có số liệu', short: 'Chưa có số liệu', colour: NO_FIGURE, ink: '#1a1a1a' },
] as const satisfies readonly ViewBand[];
export type PaceBandId = (typeof PACE_BANDS)[number]['id'];

const [low, mid, high] = PER_CAPITA_BREAKS;

/**
 * Per-1,000 view: a sequential ColorBrewer YlGnBu, darker where more residents' worth of samples
 * were taken; the breaks (model/per-capita.ts) are in every label.
 */
export const PER_CAPITA_BANDS = [
  {
    id: 'top',
    letter: 'd',
    label: `Từ ${high} mẫu trở lên trên 1.000 dân`,
    short: `≥ ${high}`,
    colour: '#253494',
    ink: '#ffffff',
  },
  {
    id: 'upper',
    letter: 'c',
    label: `${mid} đến dưới ${high} mẫu trên 1.000 dân`,
    short: `${mid}–${high}`,
    colour: '#2c7fb8',
    // White reads at only 4.3:1 on this blue; black at 4.8:1.
    ink: '#000000',
  },
  {
    id: 'lower',
    letter: 'b',
    label: `${low} đến dưới ${mid} mẫu trên 1.000 dân`,
    short: `${low}–${mid}`,
    colour: '#7fcdbb',
    ink: '#1a1a1a',
  },
  {
    id: 'bottom',
    letter: 'a',
    label: `Dưới ${low} mẫu trên 1.000 dân`,
    short: `< ${low}`,
    colour: '#edf8b1',
    ink: '#1a1a1a',
  },
  {
    id: 'none',
    letter: 'n',
    label: 'Không tính được (chưa có số liệu hoặc số dân)',
    short: 'Không tính được',
    colour: NO_FIGURE,
    ink: '#1a1a1a',
  },
] as const satisfies readonly ViewBand[];
export type PerCapitaBandId = (typeof PER_CAPITA_BANDS)[number]['id'];

/** The views of the map other than the count view, by id: each one's classes, in legend order. */
export const VIEW_BANDS = { pace: PACE_BANDS, perCapita: PER_CAPITA_BANDS } as const;
export type OtherViewId = keyof typeof VIEW_BANDS;

/** CSS class of a view's class (`pace-behind`, `per-capita-top`), coloured by band-css.ts. */
export function viewBandClass(view: OtherViewId, id: string): string {
  return `${view === 'pace' ? 'pace' : 'per-capita'}-${id}`;
}
