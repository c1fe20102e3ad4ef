/**
 * The bands, defined once in model/bands.ts and coloured once in render/palette.ts, as the reader
 * meets them: the stylesheet colours each class's swatches and map shapes with its colour, the colours can be told apart, text on a chip is
 * readable, the scales put counts where the labels say, and the letters and sort order follow.
 */
import { describe, expect, it } from 'vitest';
import { bandCss } from '../../src/lib/render/band-css';
import {
  BAND_LETTER,
  BAND_SORT_ORDER,
  BANDS,
  GRADED_BANDS,
  OTHER_VIEWS,
  VIEW_BANDS,
  bandClass,
  bandOfLetter,
  classIdsOf,
  band,
  emptyBandCounts,
  type ViewId,
} from '../../src/lib/model/bands';
import { bandFor, districtShareScale } from '../../src/lib/model/band-scale';
import { BAND_SWATCHES, VIEW_SWATCHES, swatchOf } from '../../src/lib/render/palette';
import { contrastRatio } from '../../src/lib/render/style';
import { formatPercent, wholePercent } from '../../src/lib/text/format';

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

/**
 * The class names, written out here rather than computed with the function under test: the server's
 * SVG, the browser's recolouring (src/client/map/draw.ts) and the e2e tests all expect these names,
 * so a change of prefix or id in one place fails here before it leaves a shape without a colour.
 */
const EXPECTED_CLASSES: Record<ViewId, string[]> = {
  count: ['band-met', 'band-high', 'band-mid', 'band-low', 'band-none'],
  pace: ['pace-met', 'pace-on-track', 'pace-behind', 'pace-none'],
  perCapita: ['per-capita-top', 'per-capita-upper', 'per-capita-lower', 'per-capita-bottom', 'per-capita-none'],
};
const VIEWS: ViewId[] = ['count', ...OTHER_VIEWS];

describe('the band stylesheet', () => {
  const rules = parseCss(bandCss());

  it.each(VIEWS)('names the classes of the %s view as the drawings expect them', (view) => {
    expect(classIdsOf(view).map((id) => bandClass(view, id))).toEqual(EXPECTED_CLASSES[view]);
  });

  it('has one rule per class of every view and nothing else', () => {
    expect([...rules.keys()].sort()).toEqual(
      Object.values(EXPECTED_CLASSES)
        .flat()
        .map((c) => `.${c}`)
        .sort(),
    );
  });

  it.each(VIEWS.flatMap((v) => classIdsOf(v).map((id) => [v, id] as const)))(
    'view %s, class %s: colours swatches (background) and map shapes (fill) with its palette colour',
    (view, id) => {
      const rule = rules.get(`.${bandClass(view, id)}`);
      expect(rule?.get('background-color')).toBe(swatchOf(view, id).colour.toLowerCase());
      expect(rule?.get('fill')).toBe(swatchOf(view, id).colour.toLowerCase());
    },
  );

  it('has a colour for every class of every view and for nothing else', () => {
    expect(Object.keys(BAND_SWATCHES).sort()).toEqual(classIdsOf('count').slice().sort());
    for (const v of OTHER_VIEWS) expect(Object.keys(VIEW_SWATCHES[v]).sort()).toEqual(classIdsOf(v).slice().sort());
    expect(() => swatchOf('pace', 'top')).toThrow(/no class top/);
  });

  it('reads a stylesheet as the browser would (the checks above can fail)', () => {
    const css = parseCss('/* x */ .a, .b { fill: #ABCDEF; background-color: red }\n.c{fill:blue;}');
    expect(css.get('.b')?.get('fill')).toBe('#abcdef');
    expect(css.get('.a')?.get('background-color')).toBe('red');
    expect(css.get('.c')?.get('fill')).toBe('blue');
    expect(() => parseCss('@media print { .a { fill: red } }')).toThrow(/not a flat stylesheet/);
  });
});

describe('the colours of every view', () => {
  it.each(VIEWS)('%s: pairwise distinct colours, letters and labels', (view) => {
    const bands = view === 'count' ? BANDS : VIEW_BANDS[view];
    const colours = bands.map((b) => swatchOf(view, b.id).colour.toLowerCase());
    expect(new Set(colours).size).toBe(bands.length);
    for (const key of ['letter', 'label'] as const) {
      expect(new Set(bands.map((b) => b[key].toLowerCase())).size).toBe(bands.length);
    }
  });
  it.each(VIEWS.flatMap((v) => classIdsOf(v).map((id) => [v, id] as const)))(
    'view %s, class %s: its ink reads at 4.5:1 or more on its colour',
    (view, id) => {
      const { ink, colour } = swatchOf(view, id);
      expect(contrastRatio(ink, colour)).toBeGreaterThanOrEqual(4.5);
    },
  );
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

  /** The range of shown percentages a label states: "66–99 %", "≥ 100 %", "dưới 25 %" / "Từ 75 % … trở lên". */
  const statedRange = (label: string): [number, number] => {
    const n = [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
    if (/≥|Từ .* trở lên/u.test(label)) return [n[0]!, Infinity];
    if (/dưới/iu.test(label)) return [0, n[0]! - 1];
    return [n[0]!, n[1]!];
  };
  const within = (shown: number, [lo, hi]: [number, number]) => shown >= lo && shown <= hi;

  it.each([300, 100, 250, 1000, 7])(
    "target %i: every count from 0 to twice the target is shown (rounded down) inside its band label's range",
    (target) => {
      for (let count = 0; count <= 2 * target; count++) {
        const label = band(bandFor(count, target)).label;
        const shown = wholePercent(count / target);
        expect(within(shown, statedRange(label)), `${count}/${target} = ${shown} %, "${label}"`).toBe(true);
      }
    },
  );

  it('never shows 98 of 300 as "33 %" beside "dưới 33 %", nor 299 of 300 as "100 %"', () => {
    expect(formatPercent(98 / 300)).not.toMatch(/^33/u);
    expect(formatPercent(299 / 300)).toMatch(/^99/u);
    expect(formatPercent(0.29)).toMatch(/^29/u);
    expect(bandFor(99, 300)).toBe('low');
    expect(statedRange(band('low').label)).toEqual([0, 33]);
  });

  it("every share of a district's communes meeting target is shown inside its district label's range", () => {
    for (let units = 1; units <= 60; units++) {
      for (let met = 0; met <= units; met++) {
        const share = met / units;
        const label = band(districtShareScale(share)).districtLabel;
        expect(within(wholePercent(share), statedRange(label)), `${met}/${units}: "${label}"`).toBe(true);
      }
    }
  });

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
