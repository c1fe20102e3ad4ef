/** /du-lieu/<vintage>/ban-do.topojson: a vintage's layout geometry, fetched once by the interactive map. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readDataFile, vintageDir } from '../../../lib/data/load';
import { vintagePaths } from '../../../lib/site/routes';

export const getStaticPaths = (() => vintagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readDataFile(`${vintageDir(params['vintage'] ?? '')}/geo/map.topojson`), {
    headers: { 'Content-Type': 'application/json' },
  });
