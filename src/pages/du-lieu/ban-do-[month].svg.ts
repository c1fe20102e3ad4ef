/** /du-lieu/ban-do-YYYY-MM.svg: the month's commune map as a picture for the press. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMapModel, loadSiteData } from '../../lib/load';
import { monthPaths } from '../../lib/routes';
import { monthView } from '../../lib/map-view';
import { mapImageSvg } from '../../lib/map-image';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { campaign, units } = loadSiteData();
  const month = campaign.months.find((m) => m.month === params.month)!;
  return new Response(mapImageSvg(loadMapModel(), monthView(campaign, units, month)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
