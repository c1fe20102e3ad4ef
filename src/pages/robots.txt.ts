/** /robots.txt: everything may be indexed except the embed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absolute } from '../config/site';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: ${new URL(absolute('/nhung/', site)).pathname}\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
