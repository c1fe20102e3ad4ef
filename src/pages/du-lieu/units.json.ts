/** /du-lieu/units.json: the official unit list the data is keyed on. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/load';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadSiteData().units, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
