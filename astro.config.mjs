// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/**
 * The public URL and sub-path come from the environment so one build command serves any host:
 *   SITE_URL=https://example.gov.vn SITE_BASE=/ispeed/ npm run build
 * Every internal link and asset goes through `url()` in src/lib/urls.ts, which applies the base.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const rawBase = process.env.SITE_BASE ?? '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Keep the line breaks the formatter puts between words and expressions: compressing them
  // glued words together ("hạn ngày10/07/2025").
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No request leaves the visitor's browser for a third party: no prefetch of other hosts, no fonts.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !page.includes('/nhung/') })],
  vite: {
    plugins: [tailwindcss()],
  },
});
