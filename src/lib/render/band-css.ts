/**
 * The colours of every view's classes as CSS (`.band-met`, `.pace-behind`, `.per-capita-top`, …),
 * generated at build time (the `virtual:band-colours.css` module of astro.config.mjs): class names
 * from model/bands.ts, colours from palette.ts, so no swatch needs a style attribute (the CSP
 * forbids them) and a shape's class always has its rule.
 */
import { bandClass, classIdsOf, OTHER_VIEWS, type ViewId } from '../model/bands';
import { swatchOf } from './palette';

/**
 * The stylesheet: one rule per class of every view, setting both `background-color` (legend
 * swatches, table chips) and `fill` (map shapes, which carry the class and no fill attribute, so a
 * script recolours a map by swapping the class).
 */
export function bandCss(): string {
  const views: ViewId[] = ['count', ...OTHER_VIEWS];
  return views
    .flatMap((view) =>
      classIdsOf(view).map((id) => {
        const { colour } = swatchOf(view, id);
        return `.${bandClass(view, id)} {\n  background-color: ${colour};\n  fill: ${colour};\n}\n`;
      }),
    )
    .join('');
}
