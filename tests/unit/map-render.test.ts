/**
 * The map renderers: one layers function and one style for all of them; every band stands out
 * 3:1 from what it sits on (WCAG 1.4.11); the press picture keeps its text inside the canvas; unit
 * names are escaped. Drawn from the e2e fixture (tests/fixtures/site), which has a hostile name.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { loadMapModel, loadSiteData } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import type { Month } from '../../src/lib/data/schema/campaign';
import { mapLayers } from '../../src/lib/render/layers';
import { MAP_STYLE, contrastRatio, relativeLuminance } from '../../src/lib/render/style';
import { BANDS } from '../../src/lib/model/bands';
import { BAND_SWATCHES } from '../../src/lib/render/palette';
import { escapeXml, estimateTextWidth, mapImageSvg, wrapText } from '../../src/lib/render/map-image';
import { shareCardSvg, SHARE_CARD } from '../../src/lib/render/share-card';
import { pathPoints } from './path-points';

const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'map-render-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const vintageOf = (m: Pick<Month, 'vintage'>) => vintages.get(m.vintage)!;
const viewOf = (m: Month) => monthView(area, campaign, vintageOf, m);

describe.each(campaign.months.map((m) => [m.month, m] as const))('layers of %s', (_key, month) => {
  const model = loadMapModel(month.vintage, dir);
  const view = viewOf(month);
  const layers = mapLayers(model, view);

  it('has one commune shape per unit of the vintage, banded and titled from the view', () => {
    expect(layers.communes).toHaveLength(view.units.units.length);
    expect(layers.districts).toHaveLength(view.units.districts.length);
    expect(layers.insets.length).toBeGreaterThan(0);
    const rows = new Map(view.rows.map((r) => [r.unit.code, r]));
    for (const c of layers.communes) {
      expect(c.band).toBe(rows.get(c.code)?.band);
      expect(c.title).toContain(rows.get(c.code)?.unit.name);
    }
    const districtBands = new Map(view.districts.map((d) => [d.district.code, d.band]));
    for (const d of layers.districts) expect(d.band).toBe(districtBands.get(d.code));
  });

  it('draws every shape inside the viewBox', () => {
    expect([layers.width, layers.height]).toEqual([model.width, model.height]);
    for (const { d } of [...layers.districts, ...layers.communes, ...layers.insets]) {
      expect(d).toMatch(/^M/);
      const points = pathPoints(d).flat();
      expect(points.length).toBeGreaterThan(2);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layers.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(layers.height);
      }
    }
  });

  it('press picture: title, legend and source inside the canvas, naming month, area and source', () => {
    const svg = mapImageSvg(model, view, area.fullName);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(BANDS.length + 1);
    for (const [, x, y, size, attrs, content] of texts) {
      const raw = content!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      expect(Number(y) + Number(size)).toBeLessThanOrEqual(height);
      expect(Number(x) + estimateTextWidth(raw, Number(size), attrs!.includes('bold'))).toBeLessThanOrEqual(width);
    }
    const allText = texts.map((t) => t[5]).join(' ');
    expect(allText).toContain(`${Number(month.month.slice(5))}/${month.month.slice(0, 4)}`);
    expect(allText).toContain(escapeXml(area.fullName).split(' ')[0]);
    // The source may wrap: its words all appear, in order, in the text lines.
    expect(allText.replace(/\s+/g, ' ')).toContain(escapeXml(`Nguồn: ${month.source}`).replace(/\s+/g, ' '));
  });

  it('share card: 1200×630, one shape per unit', () => {
    const svg = shareCardSvg({ model, view }, area, 'DejaVu Sans');
    expect(svg).toContain(`viewBox="0 0 ${SHARE_CARD.width} ${SHARE_CARD.height}"`);
    expect(svg.match(/<path d="[^"]+" fill="#[0-9a-f]{6}"><title>/g)).toHaveLength(view.units.units.length);
  });
});

describe('a unit name with markup in it (fixture code 31105)', () => {
  const month = campaign.months.find((m) => m.vintage === '2025-07')!;
  const model = loadMapModel(month.vintage, dir);
  const view = viewOf(month);
  const name = view.units.units.find((u) => u.code === '31105')!.name;

  it('is in the fixture', () => expect(name).toContain('<img'));

  it.each([
    ['press picture', () => mapImageSvg(model, view, area.fullName)],
    ['share card', () => shareCardSvg({ model, view }, area, 'DejaVu Sans')],
  ])('the %s holds it escaped, never as markup', (_what, render) => {
    const svg = render();
    expect(svg).toContain(escapeXml(name));
    expect(svg).not.toContain('<img');
  });
});

describe('contrast of every band (WCAG 1.4.11, 3:1)', () => {
  const { sea, district, commune } = MAP_STYLE;
  // A commune sits on the sea (polygons) or on district land (mosaic), next to communes of any band.
  const grounds = { sea, 'district land': district.fill };

  it('computes luminance and ratios as WCAG defines them', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(BANDS.map((b) => [b.label, b] as const))('%s stands out from every ground by its outline', (_l, b) => {
    for (const ground of Object.values(grounds)) {
      // Outline against the ground around the shape, and against the fill inside it.
      expect(contrastRatio(commune.stroke, ground)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(commune.stroke, BAND_SWATCHES[b.id].colour)).toBeGreaterThanOrEqual(3);
    }
  });

  it('district outlines and inset frames stand out from the sea', () => {
    expect(contrastRatio(district.stroke, sea)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(MAP_STYLE.inset.stroke, sea)).toBeGreaterThanOrEqual(3);
  });
});

describe('one source of colours', () => {
  it.each([
    'src/components/MapSvg.astro',
    'src/components/DistrictMapSvg.astro',
    'src/lib/render/map-image.ts',
    'src/lib/render/share-card.ts',
    'src/lib/render/layers.ts',
    'src/pages/nhung/ban-do/_EmbedMap.astro',
  ])('%s has no colour literal (colours come from MAP_STYLE and the palette)', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source.match(/#[0-9a-f]{3,8}\b/gi)).toBeNull();
    expect(source).not.toMatch(/\brgb\(|\bhsl\(/);
  });
});

describe('text wrapping', () => {
  it('keeps every line within the width, and every word', () => {
    const text = 'Nguồn: Số liệu minh họa do máy tạo ra – không phải số liệu chính thức của VNNIC. '.repeat(4);
    const lines = wrapText(text, 400, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(400);
    expect(lines.join(' ')).toBe(text.trim());
  });
});
