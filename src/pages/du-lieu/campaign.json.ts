/** /du-lieu/campaign.json: the whole data JSON as published, for re-use. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/load';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadSiteData().campaign, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
