/** /du-lieu/thang.atom: the published months as an Atom feed, newest first, for newsrooms' feed readers. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data/load';
import { monthPage } from '../../lib/site/routes';
import { monthFeed } from '../../lib/render/atom';
import { absolute } from '../../config/site';

export const GET: APIRoute = ({ site }) => {
  const { area, campaign } = loadSiteData();
  // The map pages' own (memoised) month views: the feed's figures are the ones the pages show.
  const views = campaign.months.flatMap((m) => monthPage(m.month)?.view ?? []);
  return new Response(monthFeed({ area, views, absolute: (path) => absolute(path, site), now: new Date() }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
