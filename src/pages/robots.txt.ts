/** /robots.txt: everything may be indexed except the embed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absolute } from '../config/site';
import { embedRootPath, sitemapPath } from '../lib/site/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: ${new URL(absolute(embedRootPath(), site)).pathname}\nSitemap: ${absolute(sitemapPath(), site)}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
