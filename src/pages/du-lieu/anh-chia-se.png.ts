/**
 * /du-lieu/anh-chia-se.png: the share card of the latest month, rendered to PNG at build time
 * with resvg and the DejaVu Sans font shipped in npm (full Vietnamese coverage; no system font
 * needed, so the picture is the same on every build machine).
 */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadSiteData } from '../../lib/load';
import { latestMonthPage } from '../../lib/routes';
import { shareCardSvg } from '../../lib/share-card';

const require = createRequire(import.meta.url);

export const GET: APIRoute = () => {
  const page = latestMonthPage();
  const svg = shareCardSvg(page, loadSiteData().area, 'DejaVu Sans');
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
