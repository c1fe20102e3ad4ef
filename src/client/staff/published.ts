/**
 * What is published now, read by the page at run time (never from its own HTML, which a host may
 * serve from a cache): /du-lieu/campaign.json fetched past every cache when the page opens and
 * again for every check, so a check always starts from the data as published, and the page says
 * which month is the latest published before a file is chosen.
 */
import { fetchFresh } from './fresh';
import { TEXT } from './text';

export interface Published {
  /** The file's text, as the worker takes it. */
  text: string;
  /** What the page says about it. */
  summary: string;
}

interface PublishedMonth {
  month?: unknown;
  asOf?: unknown;
  illustrative?: unknown;
}

/** The sentence about the latest published month (real months only: illustrative ones are no month of the campaign). */
export function publishedSummary(campaign: { months?: unknown }): string {
  const months = (Array.isArray(campaign.months) ? campaign.months : []) as PublishedMonth[];
  const real = months.filter((m) => m.illustrative !== true);
  const latest = real.at(-1);
  if (typeof latest?.month !== 'string') return TEXT.noRealMonth(months.length > 0);
  return TEXT.latestPublished(latest.month, typeof latest.asOf === 'string' ? latest.asOf : undefined);
}

/** Fetches the published campaign now. */
export async function loadPublished(url: string): Promise<Published> {
  const text = await (await fetchFresh(url)).text();
  return { text, summary: publishedSummary(JSON.parse(text) as { months?: unknown }) };
}
