/** /du-lieu/anh-chia-se-YYYY-MM.png: the share card (Open Graph image) of one month's map page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/data/load';
import { monthPage, monthPaths } from '../../lib/site/routes';
import { shareCardSvg } from '../../lib/render/share-card';
import { PNG_FONT, pngResponse } from '../../lib/render/png';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = monthPage(params.month ?? '');
  if (!page) return new Response(null, { status: 404 });
  return pngResponse(shareCardSvg(page, loadSiteData().area, PNG_FONT));
};
