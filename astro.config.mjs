// @ts-check
import { readdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteAddress } from './src/lib/site/site-address.ts';
import { headersFile, nginxConf } from './src/lib/site/security-headers.ts';
import { bandCss } from './src/lib/render/band-css';
import { embedRootPath, staffUpdatePath } from './src/lib/site/paths.ts';
import { loadSiteData } from './src/lib/data/load.ts';
import { absoluteUrl } from './src/lib/site/urls.ts';
import { sitemapLastmod } from './src/lib/site/sitemap.ts';

/**
 * The public URL and sub-path come from the environment so one build command serves any host:
 *   SITE_URL=https://example.gov.vn SITE_BASE=/ispeed/ npm run build
 * `npm run build` refuses to run without SITE_URL (see src/lib/site/site-address.ts); `npm start` sets
 * PREVIEW=1 and builds for http://localhost:4321, with every poster and embed code marked as a preview.
 * Every internal link and asset goes through `url()` in src/lib/site/urls.ts, which applies the base.
 */
const { site, base } = siteAddress(process.env, false);

/** Stops a build without a public address or on invalid data; writes the host's header files into dist/. */
/** @returns {import('astro').AstroIntegration} */
function publishing() {
  return {
    name: 'ispeed-publishing',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        try {
          siteAddress(process.env, true);
          // Invalid data stops the build here, in a second and with every problem named, rather
          // than after the bundling, when the first page reads it.
          loadSiteData();
        } catch (error) {
          // The message says what to set; a stack trace would only hide it.
          console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        }
      },
      'astro:build:done': ({ dir }) => {
        const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({
          name: e.name,
          directory: e.isDirectory(),
        }));
        writeFileSync(new URL('_headers', dir), headersFile(base, entries));
        writeFileSync(new URL('nginx-headers.conf', dir), nginxConf(base));
      },
    },
  };
}

/** @type {((pageUrl: string) => string | undefined) | undefined} */
let lastmodOf;

/**
 * A sitemap entry with its `lastmod` from the data (src/lib/site/sitemap.ts). The data was loaded and
 * validated when the build started (`publishing`); loadSiteData is memoised, so this reads it once.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withLastmod(item) {
  lastmodOf ??= sitemapLastmod(loadSiteData().campaign.months, (path) => absoluteUrl(site, base, path));
  const lastmod = lastmodOf(item.url);
  return lastmod === undefined ? item : { ...item, lastmod };
}

/** `import 'virtual:band-colours.css'`: the band classes, generated from src/lib/render/palette.ts. */
/** @returns {import('vite').Plugin} */
function bandColours() {
  const id = 'virtual:band-colours.css';
  return {
    name: 'ispeed-band-colours',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) => (source === `\0${id}` ? bandCss() : undefined),
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Keep the line breaks the formatter puts between words and expressions: compressing them
  // glued words together ("hạn ngày10/07/2025").
  compressHTML: false,
  // CSS in cached files, never inlined: the Content-Security-Policy has no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No request leaves the visitor's browser for a third party: no prefetch of other hosts, no fonts.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // Embeds and the staff page are for their users, not for search engines (both are noindex).
      filter: (page) => !page.includes(embedRootPath()) && !page.includes(staffUpdatePath()),
      serialize: withLastmod,
    }),
    publishing(),
  ],
  vite: {
    plugins: [tailwindcss(), bandColours()],
    // The staff page's import runs in a module worker that loads the .xlsx reader as a chunk of its
    // own; csv-parse's Node build uses Buffer, so the browser gets its browser build.
    worker: { format: 'es' },
    resolve: { alias: [{ find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' }] },
    // Scripts (and images) as files, never inlined into the page: script-src 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
