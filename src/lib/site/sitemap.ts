/**
 * The sitemap's `lastmod`, from the data (astro.config.mjs passes it to @astrojs/sitemap): a month's
 * map and printed summary carry their month's update time (model/updated.ts, as in the feed), every
 * other page the newest update of any month, since they show the latest month or list them all.
 */
import type { Month } from '../data/schema/campaign';
import { latestUpdate, monthUpdated } from '../model/updated';
import { mapPath, reportPath } from './paths';

/** `lastmod` by absolute page URL; undefined while no month is published (no date to give). */
export function sitemapLastmod(
  months: readonly Month[],
  absolute: (path: string) => string,
): (pageUrl: string) => string | undefined {
  const byUrl = new Map<string, string>();
  for (const m of months) {
    for (const path of [mapPath(m.month), reportPath(m.month)]) byUrl.set(absolute(path), monthUpdated(m));
  }
  const newest = latestUpdate(months);
  return (pageUrl) => byUrl.get(pageUrl) ?? newest;
}
