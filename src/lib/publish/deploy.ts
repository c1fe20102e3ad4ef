/**
 * `npm run deploy -- user@host:/path`: the checks before copying dist/ to a plain server with
 * rsync. `rsync --delete` makes the target folder exactly dist/, so a wrong target or a wrong
 * build does real damage: a target without a folder would empty the account's home, and a
 * preview or test build would publish localhost links or the test fixtures' made-up numbers.
 * Pure: the command reads the files and runs rsync.
 */
import { isLoopback } from '../site/site-address';

/** `[user@]host:path` with a path that names a folder, not the account's home or the disk's root. */
export function targetProblem(target: string): string | undefined {
  const example = 'e.g. npm run deploy -- www@web-server:/var/www/ispeed/';
  if (target.startsWith('-') || /\s/.test(target)) {
    return `"${target}" is not an rsync target: write [user@]host:/path without spaces, ${example}`;
  }
  const m = /^(?:[^@:/]+@)?([^@:/]+):(.*)$/.exec(target);
  if (!m) {
    return `"${target}" is not a remote target: write [user@]host:/path (a local folder is refused, so that --delete cannot empty one by mistake), ${example}`;
  }
  const path = m[2] ?? '';
  if (path.startsWith(':')) return `"${target}" names an rsync daemon module; write [user@]host:/path, ${example}`;
  if (/^(~\/?|\/|\.\/?)?$/.test(path)) {
    return `"${target}" names no folder (the home or the root): rsync --delete would empty it. Give the site's folder, ${example}`;
  }
  return undefined;
}

/**
 * Host names that can never be the public address (RFC 2606/6761): a test build (`npm test` builds
 * dist/ for https://ispeed.example.test, from the test fixtures) or a preview.
 */
function isReservedHost(host: string): boolean {
  return /(^|\.)(test|example|invalid|localhost)$/.test(host) || /^example\.(com|net|org)$/.test(host);
}

/** The address dist/ was built for, from the home page's canonical link. */
export function builtAddress(indexHtml: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(indexHtml)?.[1];
}

/** Why dist/ must not be published, judged by the address it was built for; undefined if it may. */
export function builtAddressProblem(address: string | undefined): string | undefined {
  const build = 'build it for the public address first: SITE_URL=https://… SITE_BASE=/… npm run build (or add --build)';
  if (address === undefined) return `dist/index.html has no canonical link: it is not a build of this site; ${build}`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `dist/ was built for "${address}", not an address; ${build}`;
  }
  if (isLoopback(url)) return `dist/ is a preview built for ${address} (this machine); ${build}`;
  if (isReservedHost(url.hostname)) {
    return `dist/ was built for ${address}, a test address (npm test builds the test fixtures there); ${build}`;
  }
  return undefined;
}

/** The rsync arguments: dist/'s contents (trailing slash) mirrored into the target folder. */
export function rsyncArgs(target: string, dryRun: boolean): string[] {
  return ['-av', '--delete', ...(dryRun ? ['--dry-run'] : []), 'dist/', target];
}
