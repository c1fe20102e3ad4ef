/**
 * Shared set-up of the end-to-end tests: serve the built site (dist/) under the sub-path it was
 * built for, on 127.0.0.1, and drive the system Chromium with playwright-core: one Chromium for
 * the whole run (tests/e2e/global-setup.ts), each file in contexts of its own. Files that build
 * another site do it through `astroBuild`, one build at a time.
 *
 * `npm test` builds with SITE_BASE=/ispeed/, so every test also proves the site works behind a
 * sub-path: anything requested outside /ispeed/ gets a 404 here.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { siteBase } from '../../src/lib/site/site-address';

export { chromiumPath, launchChromium } from './chromium';

/** The sub-path the site is built for and served under: SITE_BASE as the build reads it, or /ispeed/. */
export const BASE = siteBase(process.env['SITE_BASE'] ?? '/ispeed/');

export interface Site {
  /** Origin plus base, e.g. http://127.0.0.1:41234/ispeed/ */
  root: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** How a test serves a built site, besides the defaults (under BASE, sirv's own headers). */
export interface ServeOptions {
  /** The sub-path (the one the site was built for). */
  base?: string;
  /** Headers added to every response, e.g. the cache rule of a host ("Cache-Control: max-age=600"). */
  headers?: Readonly<Record<string, string>>;
  /** The bytes to answer a path (relative to the base, e.g. "du-lieu/campaign.json") with, instead of the file's. */
  override?: (path: string) => string | undefined;
  /** Gzip text files for clients that accept it, as real hosts do (the benchmarks' slow phone). */
  compress?: boolean;
}

const TEXT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  topojson: 'application/json',
};

/** Answers with the gzipped file when `path` is a text file of `dist` and the client takes gzip. */
function sendGzipped(dist: string, path: string, accept: string, res: ServerResponse): boolean {
  const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  const type = TEXT_TYPES[file.split('.').pop() ?? ''];
  if (!type || !/\bgzip\b/.test(accept) || !existsSync(file)) return false;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', 'gzip');
  res.end(gzipSync(readFileSync(file)));
  return true;
}

/** Serves a built site (dist/ by default) under BASE (or `options.base`) on a free loopback port. */
export async function serveSite(dist = 'dist', options: ServeOptions = {}): Promise<Site> {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('dist/ has no index.html: run `SITE_BASE=/ispeed/ npm run build` first (npm test does).');
  }
  const base = options.base ?? BASE;
  const files = sirv(dist, { dev: false, etag: true, gzip: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end(`outside ${base}`);
      return;
    }
    const path = url.slice(base.length).replace(/\?.*$/, '');
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const body = options.override?.(path);
    if (body !== undefined) {
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
      return;
    }
    if (
      options.compress &&
      sendGzipped(dist, decodeURIComponent(path), String(req.headers['accept-encoding'] ?? ''), res)
    )
      return;
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}${base}`;
  return {
    root,
    url: (path: string) => `${root}${path.replace(/^\/+/, '')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The run's shared Chromium (started once by tests/e2e/global-setup.ts), or a Chromium of this
 * file's own when there is none. Either way `close()` ends this file's use of it: on the shared
 * one it closes this file's contexts and disconnects.
 */
export async function connectChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint) {
    const shared = await chromium.connect(endpoint).catch(() => undefined);
    if (shared) return shared;
  }
  return launchChromium();
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
export function useSiteAndBrowser(
  options: { dist?: () => string; prepare?: () => Promise<void>; base?: string } = {},
): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    await options.prepare?.();
    harness.site = await serveSite(options.dist?.(), { base: options.base ?? BASE });
    harness.browser = await connectChromium();
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
    SITE_URL: process.env['SITE_URL'] || 'https://ispeed.example.test',
  };
}

/** The astro executable, run with the Node that runs the tests (no `npx` start-up per build). */
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * Holds the run's build lock while `work` runs: test files run two at a time, and two astro
 * builds at once would share .astro/ and the content cache, and each wants a whole core. The lock
 * is a folder in the run's folder (gone with the run, so a killed run leaves none behind).
 */
async function alone<T>(work: () => Promise<T>): Promise<T> {
  const runDir = inject('e2eRunDir');
  if (!runDir) return work();
  const lock = join(runDir, 'astro-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      await delay(200); // another file's build is running
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** What an `astro build` said: its exit status and everything it printed. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * `astro build --outDir <outDir>` with exactly `env` (start from `buildEnv()`), one build at a time
 * across the run's test files. Resolves with the exit status and output, whether it failed or not.
 */
export async function astroBuild(outDir: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return alone(
    () =>
      new Promise<BuildResult>((resolve, reject) => {
        const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { env });
        let output = '';
        child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
        child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output }));
      }),
  );
}

/** What a test gets from `useOwnBuild()`: the harness plus the temporary folder of its build. */
export interface OwnBuild extends Harness {
  /** The temporary folder (holds dist/ and whatever `data` wrote). */
  dir: string;
}

/**
 * Registers the hooks of an e2e file that builds its own site: a temporary folder, an
 * `astro build` into `<dir>/dist` with DATA_DIR from `data(dir)` (the folder of data to build
 * from, e.g. one assembled there), then the usual server and Chromium; the folder is removed
 * afterwards. The site is built for, and served under, one base: `env.SITE_BASE`, else BASE.
 */
export function useOwnBuild(
  name: string,
  data: (dir: string) => string | Promise<string>,
  env: NodeJS.ProcessEnv = {},
): OwnBuild {
  const own = { dir: '' } as OwnBuild;
  const base = siteBase(env['SITE_BASE'] ?? BASE);
  const harness = useSiteAndBrowser({
    dist: () => join(own.dir, 'dist'),
    base,
    prepare: async () => {
      own.dir = mkdtempSync(join(tmpdir(), `ispeed-${name}-`));
      const dataDir = await data(own.dir);
      const build = await astroBuild(join(own.dir, 'dist'), {
        ...buildEnv(),
        DATA_DIR: dataDir,
        ...env,
        SITE_BASE: base,
      });
      if (build.status !== 0) throw new Error(`astro build of the ${name} site failed:\n${build.output}`);
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
