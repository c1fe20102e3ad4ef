/**
 * /du-lieu/anh-chia-se.png: the share card of the latest month, rendered to PNG at build time
 * with resvg and the DejaVu Sans font shipped in npm (full Vietnamese coverage; no system font
 * needed, so the picture is the same on every build machine).
 */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadMapModel, loadSiteData } from '../../lib/load';
import { latestMonth } from '../../lib/progress';
import { monthView } from '../../lib/map-view';
import { shareCardSvg } from '../../lib/share-card';

const require = createRequire(import.meta.url);

export const GET: APIRoute = () => {
  const { campaign, units } = loadSiteData();
  const view = monthView(campaign, units, latestMonth(campaign)!);
  const svg = shareCardSvg(loadMapModel(), view, campaign.target.default, 'DejaVu Sans');
  const png = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [
        require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
        require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
      ],
      defaultFontFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
