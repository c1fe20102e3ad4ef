/** /du-lieu/ranh-gioi-huyen.topojson: district boundaries (WGS84), as shipped in data/geo/. */
import type { APIRoute } from 'astro';
import { readDataFile } from '../../lib/load';

export const GET: APIRoute = () =>
  new Response(readDataFile('geo/districts.topojson'), {
    headers: { 'Content-Type': 'application/json' },
  });
