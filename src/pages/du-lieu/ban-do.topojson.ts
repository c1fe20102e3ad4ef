/** The map's layout geometry, fetched once by the interactive map (and cached by the browser). */
import type { APIRoute } from 'astro';
import { readDataFile } from '../../lib/load';

export const GET: APIRoute = () =>
  new Response(readDataFile('geo/map.topojson'), {
    headers: { 'Content-Type': 'application/json' },
  });
