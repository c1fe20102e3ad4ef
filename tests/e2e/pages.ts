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
 * Pages to audit at desktop width: one page of every template (pages of one template differ only in
 * figures and names, which reach them through the same components; the phone audit takes one per
 * boundary vintage), plus
 * every page whose text is written by hand rather than drawn from data (each guide), and each
 * view of the map. Auditing all 50 pages took 181 s of the suite's 400; this set keeps every
 * template and every written text and takes about a third of it.
 */
export function pagesToAudit(): string[] {
  const written = sitemapPaths().filter(
    (p) => /^\/huong-dan\/[^/]+\/$/.test(p) || /^\/ban-do\/\d{4}-\d{2}\/[^/]+\/$/.test(p),
  );
  return [...new Set([...onePerTemplate(), ...written])];
}

/** Whether the built page at `path` loads a script (with JavaScript off it would behave otherwise). */
export function loadsScript(path: string): boolean {
  const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
  return /<script\b/.test(readFileSync(file, 'utf8'));
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
