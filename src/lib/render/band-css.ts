/**
 * The band colours as CSS classes (`.band-met`, `.band-high`, …), generated from the palette at
 * build time (the `virtual:band-colours.css` module of astro.config.mjs), so the colours have one
 * source, src/lib/render/palette.ts, and no swatch needs a style attribute (the CSP forbids them).
 */
import { BANDS, type BandId } from './palette';
import { VIEW_BANDS, viewBandClass, type OtherViewId } from './view-bands';

/** Class name of a band's colour (background of a swatch, fill of a map shape). */
export function bandClass(id: BandId): string {
  return `band-${id}`;
}

/**
 * The stylesheet: one rule per band, setting both `background-color` (legend swatches, table chips)
 * and `fill` (map shapes, which carry the class and no fill attribute, so a script recolours a map
 * by swapping the class).
 */
export function bandCss(): string {
  const rule = (cls: string, colour: string): string =>
    `.${cls} {\n  background-color: ${colour};\n  fill: ${colour};\n}\n`;
  // The other views of the map (view-bands.ts) are coloured the same way, by their own classes.
  const views = (Object.keys(VIEW_BANDS) as OtherViewId[]).flatMap((v) =>
    VIEW_BANDS[v].map((b) => rule(viewBandClass(v, b.id), b.colour)),
  );
  return [...BANDS.map((b) => rule(bandClass(b.id), b.colour)), ...views].join('');
}
