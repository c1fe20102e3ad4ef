/** /du-lieu/ban-do-YYYY-MM.svg: the month's commune map as a picture for the press. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { monthPage, monthPaths } from '../../lib/site/routes';
import { loadSiteData } from '../../lib/data/load';
import { mapImageSvg } from '../../lib/render/map-image';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = monthPage(params.month ?? '');
  if (!page) return new Response(null, { status: 404 });
  return new Response(mapImageSvg(page.model, page.view, loadSiteData().area.fullName), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
