/**
 * The public address a build is made for, from the environment. `npm run build` is the publishing
 * build: it needs SITE_URL, and a loopback address is refused, because the address ends up in
 * canonical links, the sitemap, embed codes and the posters' QR codes. `PREVIEW=1` (what
 * `npm start` sets) builds for http://localhost:4321 instead, and the pages then say so.
 */

export const PREVIEW_SITE = 'http://localhost:4321';

export interface SiteAddress {
  site: string;
  /** Sub-path, always starting and ending with "/". */
  base: string;
  preview: boolean;
}

const EXAMPLE = 'SITE_URL=https://ispeed.example.gov.vn SITE_BASE=/ispeed/ npm run build';

/** True for an address only this machine can open (localhost, 127.x, ::1, 0.0.0.0). */
export function isLoopback(site: string | URL): boolean {
  const host = new URL(site).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0'
  );
}

/** True when a build's pages carry a loopback address (a preview build): they must say so. */
export function isPreviewSite(site: URL | undefined): boolean {
  return !site || isLoopback(site);
}

/**
 * A sub-path as the build uses it, starting and ending with "/": "ispeed", "/ispeed" and
 * "/ispeed/" are "/ispeed/"; "", "/" and unset are "/". Whatever serves a build (the tests' server
 * too) must use this, or it serves the site under another path than its links point to.
 */
export function siteBase(raw: string | undefined): string {
  return `/${(raw || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The site and base of a build, or the reason a publishing build cannot be made (an Error). */
export function siteAddress(env: Readonly<Record<string, string | undefined>>, publishing: boolean): SiteAddress {
  const preview = env['PREVIEW'] === '1' || env['PREVIEW'] === 'true';
  const base = siteBase(env['SITE_BASE']);
  const given = env['SITE_URL']?.trim();
  if (!given) {
    if (publishing && !preview) {
      throw new Error(
        `SITE_URL is not set: a published build needs the public address, e.g. ${EXAMPLE}. For a local preview use npm start.`,
      );
    }
    return { site: PREVIEW_SITE, base, preview: true };
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not an address: write it in full, e.g. ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${given}" must start with https://, e.g. ${EXAMPLE}.`);
  }
  if (url.pathname !== '/') {
    throw new Error(
      `SITE_URL "${given}" has a path: give only the address and put the path in SITE_BASE, e.g. ${EXAMPLE}.`,
    );
  }
  if (publishing && !preview && isLoopback(url)) {
    throw new Error(
      `SITE_URL "${given}" is this machine's own address: a published build needs the public address, e.g. ${EXAMPLE}. For a local preview use npm start.`,
    );
  }
  return { site: url.origin, base, preview: preview || isLoopback(url) };
}
