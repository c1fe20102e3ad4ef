/** /du-lieu/ban-do-YYYY-MM.png: the month's press map (the SVG picture) rendered to PNG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { monthPage, monthPaths } from '../../lib/site/routes';
import { loadSiteData } from '../../lib/data/load';
import { mapImageSvg } from '../../lib/render/map-image';
import { pngResponse } from '../../lib/render/png';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = monthPage(params.month ?? '');
  if (!page) return new Response(null, { status: 404 });
  return pngResponse(mapImageSvg(page.model, page.view, loadSiteData().area.fullName));
};
