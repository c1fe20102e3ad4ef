/**
 * /du-lieu/<vintage>/ranh-gioi-huyen.topojson and /du-lieu/<vintage>/ranh-gioi-xa.topojson:
 * the boundaries (WGS84) shipped for a vintage — districts and/or communes, whichever exist.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readDataFile, vintageDir } from '../../../lib/data/load';
import { boundaryPaths } from '../../../lib/site/routes';

export const getStaticPaths = (() => boundaryPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(
    readDataFile(`${vintageDir((props as { vintage: string }).vintage)}/geo/${(props as { file: string }).file}`),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
