import { describe, expect, it } from 'vitest';
import { loadReference, loadMapModel } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import { SHARE_CARD, shareCardSvg } from '../../src/lib/render/share-card';
import { BANDS } from '../../src/lib/model/bands';
import { formatNumber } from '../../src/lib/text/format';
import { estimateTextWidth, mapImageSvg } from '../../src/lib/render/map-image';
import { makeIllustrativeCampaign } from '../../src/lib/data/illustrative';
import { CampaignSchema, type Month } from '../../src/lib/data/schema/campaign';
import type { VintageData } from '../../src/lib/data/vintage';

// Reference units and geometry of both vintages; the months are generated here, never the shipped ones.
const { area, vintages } = loadReference('tests/fixtures/kien-giang');
const vintageOf = (m: Pick<Month, 'vintage'>): VintageData => vintages.get(m.vintage)!;
const campaign = CampaignSchema.parse(
  makeIllustrativeCampaign(area, (id) => vintages.get(id)!.units, { seed: 3, from: '2025-06', to: '2025-07' }),
);

describe.each(campaign.months.map((m) => [m.month, m] as const))(
  'pictures of %s for the press and social cards',
  (_key, month) => {
    const { units } = vintageOf(month);
    const model = loadMapModel(month.vintage, 'tests/fixtures/kien-giang');

    it("draw one coloured shape per unit of the month's vintage and label illustrative data on the picture", () => {
      const view = monthView(area, campaign, vintageOf, month);
      for (const svg of [shareCardSvg({ model, view }, area, 'DejaVu Sans'), mapImageSvg(model, view, area.fullName)]) {
        expect(svg.match(/<path d="[^"]+" fill="#/g)).toHaveLength(units.units.length);
        expect(svg).toMatch(/MINH HỌA/);
      }
    });

    it('carry no illustrative label for real figures', () => {
      const view = monthView(area, campaign, vintageOf, { ...month, illustrative: false, source: 'VNNIC' });
      expect(shareCardSvg({ model, view }, area, 'DejaVu Sans')).not.toMatch(/MINH HỌA/);
      expect(mapImageSvg(model, view, area.fullName)).not.toMatch(/MINH HỌA/);
    });
  },
);

describe('the share card with no month published yet', () => {
  it('says so instead of showing a figure', () => {
    const svg = shareCardSvg(undefined, area, 'DejaVu Sans');
    expect(svg).toContain('Chưa có số liệu');
    expect(svg).not.toMatch(/<path /);
  });
});

describe('the share card keeps every word on the card', () => {
  const month = campaign.months.at(-1)!;
  const view = monthView(area, campaign, vintageOf, month);
  const model = loadMapModel(month.vintage, 'tests/fixtures/kien-giang');
  /** Each <text>: its x, baseline, size, weight and content. */
  const texts = (svg: string) =>
    [
      ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="bold")?[^>]*>([^<]*)<\/text>/g),
    ].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      size: Number(m[3]),
      bold: m[4] !== undefined,
      text: m[5] ?? '',
    }));

  it.each(['Kiên Giang (cũ)', 'Thành phố Hồ Chí Minh', 'Kiên Giang (cũ), tỉnh An Giang và Thành phố Cần Thơ'])(
    'with the area named %s: the left column never runs into the map panel, nothing leaves the card',
    (name) => {
      const svg = shareCardSvg({ model, view }, { ...area, name }, 'DejaVu Sans');
      const all = texts(svg);
      expect(all.length).toBeGreaterThan(8);
      for (const t of all) {
        const right = t.x + estimateTextWidth(t.text, t.size, t.bold);
        expect(right, t.text).toBeLessThanOrEqual(t.x < 590 ? 580 : 1190);
        expect(t.y, t.text).toBeLessThanOrEqual(SHARE_CARD.height - 10);
      }
      // Lines of the left column never overlap: each baseline at least a line below the one before.
      const left = all.filter((t) => t.x < 590).sort((a, b) => a.y - b.y);
      left.slice(1).forEach((t, i) => expect(t.y - left[i]!.y, t.text).toBeGreaterThanOrEqual(t.size * 0.9));
    },
  );

  it('carries the legend: every band with its count', () => {
    const svg = shareCardSvg({ model, view }, area, 'DejaVu Sans');
    for (const b of BANDS) expect(svg).toContain(`${b.short}: ${formatNumber(view.summary.bands[b.id])}`);
  });
});
