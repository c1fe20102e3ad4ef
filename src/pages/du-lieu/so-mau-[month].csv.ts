/** /du-lieu/so-mau-YYYY-MM.csv: a month's counts per commune, for officials and the press. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { monthPage, monthPaths } from '../../lib/site/routes';
import { monthCsv } from '../../lib/render/csv-export';

export const getStaticPaths = (() => monthPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = monthPage(params.month ?? '');
  if (!page) return new Response(null, { status: 404 });
  return new Response(monthCsv(page.view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
