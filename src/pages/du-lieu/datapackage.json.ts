/** /du-lieu/datapackage.json: the Frictionless Data Package describing every download of /du-lieu/. */
import type { APIRoute } from 'astro';
import { loadSiteData, loadVintageSources } from '../../lib/data/load';
import { buildDataPackage } from '../../lib/render/datapackage';
import { boundaryPaths } from '../../lib/site/routes';
import { absolute } from '../../config/site';

export const GET: APIRoute = ({ site }) => {
  const pkg = buildDataPackage({
    ...loadSiteData(),
    sources: (vintage) => loadVintageSources(vintage),
    boundaries: boundaryPaths(),
    absolute: (path) => absolute(path, site),
  });
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
