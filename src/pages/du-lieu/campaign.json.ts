/**
 * /du-lieu/campaign.json: the area and every month as published, for re-use. The months are the
 * data file's own JSON (validated by loadSiteData, but not re-serialised from the parsed value, which
 * would reorder keys and add defaults), so dropping `area` gives back data/campaign.json exactly:
 * the staff page builds its update on it, and the file it downloads records that text's digest.
 */
import type { APIRoute } from 'astro';
import { loadSiteData, readDataFile } from '../../lib/data/load';

export const GET: APIRoute = () => {
  const { area } = loadSiteData();
  const campaign = JSON.parse(readDataFile('campaign.json')) as Record<string, unknown>;
  return new Response(`${JSON.stringify({ area, ...campaign }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
