/**
 * Joining internal paths to the site's base path. Every internal link and asset goes through this
 * (via `url()` in src/config/site.ts), so `SITE_BASE=/ispeed/` moves the whole site at once.
 */

/** `joinBase('/ispeed/', '/ban-do/')` → `/ispeed/ban-do/`. Leaves absolute URLs untouched. */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a path on the site, for canonical links, Open Graph, QR codes and the sitemap. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}
