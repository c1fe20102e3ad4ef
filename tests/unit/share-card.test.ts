import { describe, expect, it } from 'vitest';
import { loadReference, loadMapModel } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import { shareCardSvg } from '../../src/lib/render/share-card';
import { mapImageSvg } from '../../src/lib/render/map-image';
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
