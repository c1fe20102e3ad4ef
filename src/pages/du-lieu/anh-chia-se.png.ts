/**
 * /du-lieu/anh-chia-se.png: the share card of the latest month (the site's default Open Graph
 * image), rendered to PNG at build time; each month has its own, /du-lieu/anh-chia-se-YYYY-MM.png.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data/load';
import { latestMonthPage } from '../../lib/site/routes';
import { shareCardSvg } from '../../lib/render/share-card';
import { PNG_FONT, pngResponse } from '../../lib/render/png';

export const GET: APIRoute = () => pngResponse(shareCardSvg(latestMonthPage(), loadSiteData().area, PNG_FONT));
