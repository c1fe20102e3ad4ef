/** /du-lieu/campaign.json: the area and every month as published, for re-use. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data/load';

export const GET: APIRoute = () => {
  const { area, campaign } = loadSiteData();
  return new Response(`${JSON.stringify({ area, ...campaign }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
