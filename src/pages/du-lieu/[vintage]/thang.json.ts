/**
 * /du-lieu/<vintage>/thang.json: every month of one vintage (counts and bands per unit), fetched
 * once by the map page to switch month in place. See src/lib/model/months-file.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../lib/data/load';
import { buildMonthsFile } from '../../../lib/model/months-file';
import { monthPage, vintagePaths } from '../../../lib/site/routes';

export const getStaticPaths = (() => vintagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const vintage = params['vintage'] ?? '';
  const views = loadSiteData()
    .campaign.months.filter((m) => m.vintage === vintage)
    .flatMap((m) => {
      const page = monthPage(m.month);
      return page ? [page.view] : [];
    });
  return new Response(JSON.stringify(buildMonthsFile(vintage, views)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
