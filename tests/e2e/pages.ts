/**
 * The list of built pages, read from the sitemap (what search engines and the press see), so the
 * accessibility and link tests grow with the site without a list to maintain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { BASE } from './harness';
import { loadSiteData } from '../../src/lib/data/load';
import { vintageForMonth } from '../../src/lib/data/vintage';

/** Site-relative paths (without the base) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths: string[] = [];
  for (const f of files) {
    for (const [, loc] of readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(loc ?? '').pathname;
      paths.push(`/${pathname.slice(BASE.length)}`);
    }
  }
  return paths.sort();
}

/**
 * Pages to audit: every page, except that of the 143 near-identical commune pages and 144 posters
 * (one template each) only the first three of each are taken, to keep the run within minutes.
 */
export function pagesToAudit(): string[] {
  const all = sitemapPaths();
  const perTemplate = (prefix: string) => all.filter((p) => p.startsWith(prefix)).slice(0, 3);
  return [
    ...all.filter((p) => !p.startsWith('/xa/') && !p.startsWith('/in-an/')),
    ...perTemplate('/xa/'),
    ...perTemplate('/in-an/'),
    // Not in the sitemap (noindex), audited all the same.
    '/can-bo/cap-nhat/',
    '/404.html',
  ];
}

/**
 * The public address the site in dist/ was built for (SITE_URL + SITE_BASE), read from the home
 * page's canonical link, so a test compares with what the build really used.
 */
export function builtSiteRoot(): string {
  const html = readFileSync('dist/index.html', 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('dist/index.html has no canonical link');
  return href;
}

/**
 * One page of every template: the first of the pages that share their first path segment and
 * depth, plus the embed and the 404 page (not in the sitemap). With `perVintage`, pages whose path
 * names a month or a vintage (maps, reports, unit pages, posters) count once per boundary vintage,
 * since the two vintages draw different tables and maps.
 */
export function onePerTemplate(options: { perVintage?: boolean } = {}): string[] {
  const { area } = loadSiteData();
  const seen = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const parts = path.split('/').filter(Boolean);
    const month = options.perVintage ? parts.find((p) => /^\d{4}-\d{2}$/.test(p)) : undefined;
    const key = `${parts[0] ?? ''}/${parts.length}/${month ? vintageForMonth(area, month)?.id : ''}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values(), '/nhung/ban-do/', '/can-bo/cap-nhat/', '/404.html'];
}
