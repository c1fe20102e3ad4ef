import { describe, expect, it } from 'vitest';
import { bandClass, bandCss } from '../../src/lib/render/band-css';
import { BANDS } from '../../src/lib/render/palette';

describe('band colour classes', () => {
  it('has one class per band, colouring both swatches (background) and map shapes (fill)', () => {
    const css = bandCss();
    for (const b of BANDS) {
      expect(css).toContain(`.${bandClass(b.id)} {\n  background-color: ${b.colour};\n  fill: ${b.colour};\n}`);
    }
    expect(css.match(/\{/g)).toHaveLength(BANDS.length);
  });
});
