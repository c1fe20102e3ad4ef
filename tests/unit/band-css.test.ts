/**
 * The bands, defined once in palette.ts, as the reader meets them: the stylesheet colours each
 * band's swatches and map shapes with its colour, the colours can be told apart, text on a chip is
 * readable, the scales put counts where the labels say, and the letters and sort order follow.
 */
import { describe, expect, it } from 'vitest';
import { bandClass, bandCss } from '../../src/lib/render/band-css';
import {
  BAND_LETTER,
  BAND_SORT_ORDER,
  BANDS,
  GRADED_BANDS,
  bandOfLetter,
  emptyBandCounts,
} from '../../src/lib/render/palette';
import { districtShareScale } from '../../src/lib/render/colour';
import { contrastRatio } from '../../src/lib/render/style';
import { VIEW_BANDS, viewBandClass, type OtherViewId } from '../../src/lib/render/view-bands';

/** A flat stylesheet (rules of declarations, no at-rules) as selector → property → value. */
function parseCss(css: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector, body] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const declaration of body!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      declarations.set(
        declaration.slice(0, colon).trim(),
        declaration
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
    }
    for (const s of selector!.split(',')) rules.set(s.trim(), declarations);
  }
  const rest = withoutComments.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim();
  if (rest) throw new Error(`not a flat stylesheet: ${rest.slice(0, 60)}`);
  return rules;
}

describe('the band stylesheet', () => {
  const rules = parseCss(bandCss());

  it.each(BANDS.map((b) => [b.id, b] as const))(
    '.%s colours swatches (background) and map shapes (fill) with the band colour',
    (_id, b) => {
      const rule = rules.get(`.${bandClass(b.id)}`);
      expect(rule?.get('background-color')).toBe(b.colour.toLowerCase());
      expect(rule?.get('fill')).toBe(b.colour.toLowerCase());
    },
  );

  it('has one rule per band of every view and nothing else', () => {
    const views = (Object.keys(VIEW_BANDS) as OtherViewId[]).flatMap((v) =>
      VIEW_BANDS[v].map((b) => `.${viewBandClass(v, b.id)}`),
    );
    expect([...rules.keys()].sort()).toEqual([...BANDS.map((b) => `.${bandClass(b.id)}`), ...views].sort());
  });

  it.each((Object.keys(VIEW_BANDS) as OtherViewId[]).flatMap((v) => VIEW_BANDS[v].map((b) => [v, b.id, b] as const)))(
    'view %s, class %s: colours swatches and shapes with its colour',
    (v, id, b) => {
      expect(rules.get(`.${viewBandClass(v, id)}`)?.get('fill')).toBe(b.colour.toLowerCase());
      expect(rules.get(`.${viewBandClass(v, id)}`)?.get('background-color')).toBe(b.colour.toLowerCase());
    },
  );

  it('reads a stylesheet as the browser would (the checks above can fail)', () => {
    const css = parseCss('/* x */ .a, .b { fill: #ABCDEF; background-color: red }\n.c{fill:blue;}');
    expect(css.get('.b')?.get('fill')).toBe('#abcdef');
    expect(css.get('.a')?.get('background-color')).toBe('red');
    expect(css.get('.c')?.get('fill')).toBe('blue');
    expect(() => parseCss('@media print { .a { fill: red } }')).toThrow(/not a flat stylesheet/);
  });
});

describe('the colours of the other views', () => {
  it.each(Object.entries(VIEW_BANDS))('%s: pairwise distinct colours, letters and labels', (_v, bands) => {
    for (const key of ['colour', 'letter', 'label'] as const) {
      expect(new Set(bands.map((b) => b[key].toLowerCase())).size).toBe(bands.length);
    }
  });
  it.each((Object.keys(VIEW_BANDS) as OtherViewId[]).flatMap((v) => VIEW_BANDS[v].map((b) => [v, b.id, b] as const)))(
    'view %s, class %s: its ink reads at 4.5:1 or more on its colour',
    (_v, _id, b) => {
      expect(contrastRatio(b.ink, b.colour)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('the band colours', () => {
  it('are pairwise distinct, and so are the class names', () => {
    expect(new Set(BANDS.map((b) => b.colour.toLowerCase())).size).toBe(BANDS.length);
    expect(new Set(BANDS.map((b) => bandClass(b.id))).size).toBe(BANDS.length);
  });

  it.each(BANDS.map((b) => [b.id, b] as const))('%s: its ink reads at 4.5:1 or more on its colour', (_id, b) => {
    expect(contrastRatio(b.ink, b.colour)).toBeGreaterThanOrEqual(4.5);
  });
});

// The commune thresholds (99/300 low … 300 met) are checked in progress.test.ts.
describe('the band thresholds', () => {
  it.each([
    [0, 'low'],
    [0.24, 'low'],
    [0.25, 'mid'],
    [0.5, 'high'],
    [0.74, 'high'],
    [0.75, 'met'],
    [1, 'met'],
  ] as const)('a district with %s of its communes meeting target is %s', (share, id) => {
    expect(districtShareScale(share)).toBe(id);
  });

  /** The whole percentages a label states, for a band whose shares run from `from` to below `to`. */
  const stated = (from: number, to: number | undefined): number[] =>
    from === 0
      ? [Math.round(to! * 100)]
      : to === undefined
        ? [from * 100]
        : [Math.round(from * 100), Math.round(to * 100) - 1];
  const numbers = (label: string): number[] => [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));

  it.each(GRADED_BANDS.map((b, i) => [b.id, b, GRADED_BANDS[i + 1]] as const))(
    '%s: the labels state the thresholds the scales use',
    (_id, b, next) => {
      expect(numbers(b.label)).toEqual(stated(b.from, next?.from));
      expect(numbers(b.districtLabel)).toEqual(stated(b.districtFrom, next?.districtFrom));
    },
  );

  it('rank the graded bands in the same order on both scales, best first in the legend', () => {
    const byDistrict = [...GRADED_BANDS].sort((a, b) => a.districtFrom - b.districtFrom).map((b) => b.id);
    expect(byDistrict).toEqual(GRADED_BANDS.map((b) => b.id));
    expect(BANDS.map((b) => b.id)).toEqual([...GRADED_BANDS.map((b) => b.id).reverse(), 'none']);
  });
});

describe('what derives from the bands', () => {
  it('sorts a table by status from no data, then worst, to best', () => {
    expect(BAND_SORT_ORDER).toEqual(['none', 'low', 'mid', 'high', 'met']);
  });

  it('ships one distinct letter per band, read back as the same band; an unknown letter is no data', () => {
    expect(new Set(Object.values(BAND_LETTER)).size).toBe(BANDS.length);
    for (const b of BANDS) expect(bandOfLetter(BAND_LETTER[b.id])).toBe(b.id);
    expect(bandOfLetter('x')).toBe('none');
    expect(bandOfLetter(undefined)).toBe('none');
  });

  it('starts a tally at 0 for every band', () => {
    expect(emptyBandCounts()).toEqual({ met: 0, high: 0, mid: 0, low: 0, none: 0 });
  });
});
