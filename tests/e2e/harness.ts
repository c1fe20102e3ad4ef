/**
 * Shared set-up of the end-to-end tests: serve the built site (dist/) under the sub-path it was
 * built for, on 127.0.0.1, and drive the system Chromium with playwright-core.
 *
 * `npm test` builds with SITE_BASE=/ispeed/, so every test also proves the site works behind a
 * sub-path: anything requested outside /ispeed/ gets a 404 here.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const BASE = process.env['SITE_BASE'] ?? '/ispeed/';

/** Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

export interface Site {
  /** Origin plus base, e.g. http://127.0.0.1:41234/ispeed/ */
  root: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves a built site (dist/ by default) under BASE on a free loopback port. */
export async function serveSite(dist = 'dist'): Promise<Site> {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('dist/ has no index.html: run `SITE_BASE=/ispeed/ npm run build` first (npm test does).');
  }
  const files = sirv(dist, { dev: false, etag: true, gzip: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(BASE)) {
      res.statusCode = 404;
      res.end(`outside ${BASE}`);
      return;
    }
    req.url = `/${url.slice(BASE.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}${BASE}`;
  return {
    root,
    url: (path: string) => `${root}${path.replace(/^\/+/, '')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Launches the system Chromium headless, with no background traffic. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/** A fresh context (axe needs one) at a viewport, optionally without JavaScript. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  javaScriptEnabled = true,
): Promise<BrowserContext> {
  return browser.newContext({ viewport, javaScriptEnabled, locale: 'vi-VN' });
}

/**
 * Bytes a page costs: the sum of gzip sizes (level 9) of every response it loads at phone width
 * (document, scripts, styles, geometry, images), after the network goes idle.
 */
export async function transferGzip(browser: Browser, site: Site, path: string): Promise<number> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (r) =>
    sizes.push(
      r.body().then(
        (b) => gzipSync(b, { level: 9 }).length,
        () => 0,
      ),
    ),
  );
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

/** What a test file gets from `useSiteAndBrowser()`: set before its first test runs. */
export interface Harness {
  site: Site;
  browser: Browser;
}

/**
 * Registers the usual hooks of an e2e file: serve the built site and launch Chromium before the
 * tests, close both after. `prepare` runs first (e.g. to build another site into `dist`).
 */
export function useSiteAndBrowser(options: { dist?: () => string; prepare?: () => Promise<void> } = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    await options.prepare?.();
    harness.site = await serveSite(options.dist?.());
    harness.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await harness.browser?.close();
    await harness.site?.close();
  });
  return harness;
}

/**
 * The environment for a child `astro build` started from a test. Vitest puts Vite's own variables
 * (BASE_URL=/, MODE, NODE_ENV=test, VITEST…) into process.env, and a child build would take
 * BASE_URL over SITE_BASE; they are left out.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const viteVars = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !viteVars.has(k))),
    ASTRO_TELEMETRY_DISABLED: '1',
    // A publishing build needs a public address; tests build for a reserved test domain.
    SITE_URL: process.env['SITE_URL'] ?? 'https://ispeed.example.test',
  };
}

/** What a test gets from `useOwnBuild()`: the harness plus the temporary folder of its build. */
export interface OwnBuild extends Harness {
  /** The temporary folder (holds dist/ and whatever `data` wrote). */
  dir: string;
}

/**
 * Registers the hooks of an e2e file that builds its own site: a temporary folder, an
 * `astro build` under /ispeed/ into `<dir>/dist` with DATA_DIR from `data(dir)` (the folder of
 * data to build from, e.g. one assembled there), then the usual server and Chromium; the folder
 * is removed afterwards.
 */
export function useOwnBuild(
  name: string,
  data: (dir: string) => string | Promise<string>,
  env: NodeJS.ProcessEnv = {},
): OwnBuild {
  const own = { dir: '' } as OwnBuild;
  const harness = useSiteAndBrowser({
    dist: () => join(own.dir, 'dist'),
    prepare: async () => {
      own.dir = mkdtempSync(join(tmpdir(), `ispeed-${name}-`));
      const dataDir = await data(own.dir);
      execFileSync('npx', ['astro', 'build', '--outDir', join(own.dir, 'dist')], {
        env: { ...buildEnv(), DATA_DIR: dataDir, SITE_BASE: '/ispeed/', ...env },
        stdio: 'pipe',
      });
    },
  });
  afterAll(() => {
    if (own.dir) rmSync(own.dir, { recursive: true, force: true });
  });
  return Object.defineProperties(own, {
    site: { get: () => harness.site },
    browser: { get: () => harness.browser },
  });
}
