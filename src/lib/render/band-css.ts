/**
 * The band colours as CSS classes (`.band-met`, `.band-high`, …), generated from the palette at
 * build time (the `virtual:band-colours.css` module of astro.config.mjs), so the colours have one
 * source, src/lib/render/palette.ts, and no swatch needs a style attribute (the CSP forbids them).
 */
import { BANDS, type BandId } from './palette';

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
  return BANDS.map((b) => `.${bandClass(b.id)} {\n  background-color: ${b.colour};\n  fill: ${b.colour};\n}\n`).join(
    '',
  );
}
