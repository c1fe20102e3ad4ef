import { describe, expect, it } from 'vitest';
import { loadMapModel, loadSiteData } from '../../src/lib/load';
import { monthView } from '../../src/lib/map-view';
import { shareCardSvg } from '../../src/lib/share-card';
import { mapImageSvg } from '../../src/lib/map-image';

const { campaign, units } = loadSiteData('data');
const model = loadMapModel('data');
const month = campaign.months.at(-1)!;

describe('pictures for the press and social cards', () => {
  it('draw one coloured shape per commune and label illustrative data on the picture itself', () => {
    const view = monthView(campaign, units, month);
    for (const svg of [shareCardSvg(model, view, 300, 'DejaVu Sans'), mapImageSvg(model, view)]) {
      expect(svg.match(/<path d="[^"]+" fill="#/g)).toHaveLength(units.units.length);
      expect(svg).toMatch(/MINH HỌA/);
    }
  });

  it('carry no illustrative label for real figures', () => {
    const view = monthView(campaign, units, { ...month, illustrative: false, source: 'VNNIC' });
    expect(shareCardSvg(model, view, 300, 'DejaVu Sans')).not.toMatch(/MINH HỌA/);
    expect(mapImageSvg(model, view)).not.toMatch(/MINH HỌA/);
  });
});
