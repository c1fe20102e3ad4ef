/** /du-lieu/datapackage.json: the Frictionless Data Package describing every download of /du-lieu/. */
import type { APIRoute } from 'astro';
import { sitePackage } from '../../lib/render/site-package';
import { absolute } from '../../config/site';

export const GET: APIRoute = ({ site }) => {
  const pkg = sitePackage((path) => absolute(path, site));
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
