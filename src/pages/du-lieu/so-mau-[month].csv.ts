/** /du-lieu/so-mau-YYYY-MM.csv: a month's counts per commune, for officials and the press. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/load';
import { monthPaths } from '../../lib/routes';
import { monthView } from '../../lib/map-view';
import { monthCsv } from '../../lib/csv-export';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { campaign, units } = loadSiteData();
  const month = campaign.months.find((m) => m.month === params.month)!;
  return new Response(monthCsv(monthView(campaign, units, month)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
