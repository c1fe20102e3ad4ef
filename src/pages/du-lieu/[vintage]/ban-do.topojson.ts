/**
 * /du-lieu/<vintage>/ban-do.topojson: a vintage's layout geometry, fetched once by the interactive
 * map, with the sources and licences of the boundaries it is drawn from in a top-level `metadata`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadVintageSources, readDataFile, vintageDir } from '../../../lib/data/load';
import { boundaryPaths, vintagePaths } from '../../../lib/site/routes';
import { mapMetadata, withGeoMetadata } from '../../../lib/render/datapackage';

export const getStaticPaths = (() => vintagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const vintage = params['vintage'] ?? '';
  const files = boundaryPaths()
    .filter((b) => b.props.vintage === vintage)
    .map((b) => b.props.file);
  const metadata = mapMetadata(vintage, loadVintageSources(vintage), files);
  return new Response(withGeoMetadata(readDataFile(`${vintageDir(vintage)}/geo/map.topojson`), metadata), {
    headers: { 'Content-Type': 'application/json' },
  });
};
