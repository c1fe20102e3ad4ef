/**
 * /du-lieu/<vintage>/ranh-gioi-huyen.topojson and /du-lieu/<vintage>/ranh-gioi-xa.topojson:
 * the boundaries (WGS84) shipped for a vintage — districts and/or communes, whichever exist —
 * with their source and licence in a top-level `metadata` member.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadVintageSources, readDataFile, vintageDir } from '../../../lib/data/load';
import { boundaryPaths } from '../../../lib/site/routes';
import { boundaryTitle, geoMetadata, geoSources, withGeoMetadata } from '../../../lib/render/datapackage';

export const getStaticPaths = (() => boundaryPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { vintage, file } = props as { vintage: string; file: string };
  const metadata = geoMetadata(boundaryTitle(vintage, file), geoSources(loadVintageSources(vintage), file));
  return new Response(withGeoMetadata(readDataFile(`${vintageDir(vintage)}/geo/${file}`), metadata), {
    headers: { 'Content-Type': 'application/json' },
  });
};
