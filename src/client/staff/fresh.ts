/**
 * The published data as it is now, whatever the host and a CDN in front of it cache: hosts send
 * e.g. `Cache-Control: max-age=600` (GitHub Pages), and a page reopened minutes after a month was
 * published would otherwise check files against the data without that month. `no-store` keeps the
 * browser's cache out; a query that changes on every request keeps a CDN's out (it caches by URL).
 */
let counter = 0;

/** Fetches `url` past every cache; a non-2xx answer is an error naming the address and status. */
export async function fetchFresh(url: string): Promise<Response> {
  counter += 1;
  const separator = url.includes('?') ? '&' : '?';
  const response = await fetch(`${url}${separator}v=${Date.now().toString(36)}${counter}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
