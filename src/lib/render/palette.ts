/**
 * The colours of every view's classes (the classes themselves, their thresholds and labels are in
 * src/lib/model/bands.ts). Each colour is written once, here, and every drawing takes it from here:
 * the stylesheet (band-css.ts) for the pages and the browser, the press picture and the share card.
 *
 * Count view: ColorBrewer RdYlBu (4 classes), rated colour-blind safe, plus a neutral grey for "no
 * data" that is lighter than every band. Pace view: the count view's blues and orange (met is the
 * same blue as "Đạt chỉ tiêu"), so a reader who knows the count map reads this one the same way.
 * Per-1,000 view: a sequential ColorBrewer YlGnBu, darker where more residents' worth of samples
 * were taken. The same light grey stands for "no figure" in every view.
 */
import type { BandId, PaceBandId, PerCapitaBandId, ViewId } from '../model/bands';

/** A class's fill and a text colour with at least 4.5:1 contrast on it (for chips with text). */
export interface Swatch {
  colour: string;
  ink: string;
}

const INK_DARK = '#1a1a1a';
const INK_LIGHT = '#ffffff';
const BLUE = { colour: '#2c7bb6', ink: INK_LIGHT };
const LIGHT_BLUE = { colour: '#abd9e9', ink: INK_DARK };
const ORANGE = { colour: '#fdae61', ink: INK_DARK };
const RED = { colour: '#d7191c', ink: INK_LIGHT };
const NO_FIGURE = { colour: '#e6e6e6', ink: INK_DARK };

/** The count view's colours, by band. */
export const BAND_SWATCHES: Readonly<Record<BandId, Swatch>> = {
  met: BLUE,
  high: LIGHT_BLUE,
  mid: ORANGE,
  low: RED,
  none: NO_FIGURE,
};

/** The other views' colours, by view and class. */
export const VIEW_SWATCHES: {
  readonly pace: Readonly<Record<PaceBandId, Swatch>>;
  readonly perCapita: Readonly<Record<PerCapitaBandId, Swatch>>;
} = {
  pace: { met: BLUE, 'on-track': LIGHT_BLUE, behind: ORANGE, none: NO_FIGURE },
  perCapita: {
    top: { colour: '#253494', ink: INK_LIGHT },
    // White reads at only 4.3:1 on this blue; black at 4.8:1.
    upper: { colour: '#2c7fb8', ink: '#000000' },
    lower: { colour: '#7fcdbb', ink: INK_DARK },
    bottom: { colour: '#edf8b1', ink: INK_DARK },
    none: NO_FIGURE,
  },
};

/** The swatch of a class of a view; throws on a class the view does not have. */
export function swatchOf(view: ViewId, id: string): Swatch {
  const table: Readonly<Record<string, Swatch>> = view === 'count' ? BAND_SWATCHES : VIEW_SWATCHES[view];
  const found = table[id];
  if (!found) throw new Error(`view ${view} has no class ${id}`);
  return found;
}
