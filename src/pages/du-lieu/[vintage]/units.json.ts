/** /du-lieu/<vintage>/units.json: the official unit list a vintage's figures are keyed on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { vintagePaths, vintageOf } from '../../../lib/site/routes';

export const getStaticPaths = (() => vintagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(vintageOf({ vintage: params['vintage'] ?? '' }).units, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
