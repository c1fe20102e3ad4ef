/**
 * A crawl of the built site over HTTP, served under its base path as a host would serve it (no
 * browser, so it stays fast): every page of the sitemap, the 404 page, and every other page they
 * link to.
 *
 * - every href, src, srcset (and the map's data-topology) that points into the site answers 200,
 *   and none forgot the base path; absolute links to the public address (canonical, Open Graph)
 *   are checked against the same build;
 * - no resource (script, stylesheet, image, icon, frame) comes from another host;
 * - every page is valid HTML for html-validate with .htmlvalidate.json, which extends
 *   "html-validate:recommended" and changes two rules (JSON has no comments, so the reasons are here):
 *     no-trailing-whitespace: off — Astro's output (compressHTML: false) keeps the source's indentation;
 *     long-title: 90 characters, not 70 — Vietnamese page titles plus " – i-Speed Kiên Giang".
 * - no page carries what a strict Content-Security-Policy (script-src/style-src 'self') blocks: an
 *   inline script (data islands of type application/json aside), a <style> element, a style=
 *   attribute, an on…= handler or a javascript: URL. Read from the HTML of every page, this is the
 *   check of the site without JavaScript; network.test.ts runs the pages that load a script in
 *   Chromium with JavaScript on (console errors, CSP violations, requests made).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BASE, serveSite, type Site } from './harness';
import { builtSiteRoot, sitemapPaths } from './pages';

/** Tags whose URL attributes the browser fetches by itself (a link elsewhere is only followed on click). */
const RESOURCE_TAGS = new Set(['script', 'img', 'source', 'iframe', 'video', 'audio', 'track', 'embed', 'input']);
const RESOURCE_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/;

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Ref {
  url: string;
  resource: boolean;
}

/** Every URL a page refers to, and whether the browser would fetch it by itself. */
function references(html: string): Ref[] {
  const refs: Ref[] = [];
  for (const [, tagName, attrText] of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const tag = (tagName ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const [, name, value] of (attrText ?? '').matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
      attrs.set((name ?? '').toLowerCase(), decode(value ?? ''));
    }
    const resource = RESOURCE_TAGS.has(tag) || (tag === 'link' && RESOURCE_RELS.test(attrs.get('rel') ?? ''));
    for (const name of ['href', 'src', 'data-topology']) {
      const v = attrs.get(name);
      if (v) refs.push({ url: v, resource: resource && name !== 'href' ? true : resource });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of (attrs.get(name) ?? '').split(',')) {
        const v = candidate.trim().split(/\s+/)[0];
        if (v) refs.push({ url: v, resource: true });
      }
    }
    if (tag === 'meta' && /^og:(image|url)$/.test(attrs.get('property') ?? '')) {
      const v = attrs.get('content');
      if (v) refs.push({ url: v, resource: false });
    }
  }
  return refs;
}

/** What a strict Content-Security-Policy would block in `html`, one line each (empty: nothing). */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const inline = !/\bsrc\s*=/.test(attrs) && body.trim() !== '';
    if (inline && !/\btype\s*=\s*"application\/(ld\+)?json"/.test(attrs))
      problems.push(`inline script: ${tag.slice(0, 60)}`);
  }
  for (const [m] of html.matchAll(/<style\b[^>]*>/gi)) problems.push(`style element: ${m}`);
  for (const [m] of html.matchAll(/<[a-z][\w-]*\b[^>]*\s(style|on[a-z]+)\s*=\s*"[^"]*"/gi)) {
    problems.push(`attribute: ${m.slice(0, 80)}`);
  }
  for (const [m] of html.matchAll(/\s(href|src|action)\s*=\s*"\s*javascript:[^"]*"/gi))
    problems.push(`javascript: URL: ${m}`);
  return problems;
}

describe('the strict-CSP check of the HTML', () => {
  it('sees each kind of problem, and passes JSON data islands, external scripts and text that merely names them', () => {
    expect(
      cspProblems(
        '<script>alert(1)</script><style>p{}</style><p style="color:red" onclick="x()">a</p><a href="javascript:void 0">b</a>',
      ).map((p) => p.split(':')[0]),
    ).toEqual(['inline script', 'style element', 'attribute', 'javascript']);
    expect(
      cspProblems(
        '<script type="module" src="/ispeed/_astro/a.js"></script><script type="application/json" data-map-island>{"a":1}</script><p>style="x"</p>',
      ),
    ).toEqual([]);
  });
});

let site: Site;
beforeAll(async () => {
  site = await serveSite();
});
afterAll(async () => {
  await site?.close();
});

describe('crawl of the built site', () => {
  it('every link and asset answers 200 under the base, nothing is fetched from another host, every page is valid HTML that a strict CSP allows', async () => {
    const local = new URL(site.root);
    const publicRoot = new URL(builtSiteRoot());
    const status = new Map<string, Promise<{ status: number; html?: string }>>();
    /** GET a local URL once; pages come back with their text. */
    const get = (u: URL) => {
      const key = u.href;
      if (!status.has(key)) {
        status.set(
          key,
          fetch(u).then(async (r) => {
            const html = (r.headers.get('content-type') ?? '').includes('text/html') ? await r.text() : undefined;
            if (html === undefined) await r.arrayBuffer();
            return { status: r.status, ...(html === undefined ? {} : { html }) };
          }),
        );
      }
      return status.get(key)!;
    };

    const broken: string[] = [];
    const foreign: string[] = [];
    const pages = new Map<string, string>(); // local URL → HTML
    const links = new Set<string>();
    const assets = new Set<string>();
    const queue = [...sitemapPaths(), '/404.html'].map((p) => new URL(site.url(p)));
    const queued = new Set(queue.map((u) => u.href));

    while (queue.length > 0) {
      const batch = queue.splice(0, 16);
      await Promise.all(
        batch.map(async (pageUrl) => {
          const page = await get(pageUrl);
          if (page.status !== 200 || page.html === undefined) {
            broken.push(`${pageUrl.pathname}: ${page.status}`);
            return;
          }
          pages.set(pageUrl.href, page.html);
          for (const ref of references(page.html)) {
            if (/^(mailto:|tel:|#|data:|javascript:)/.test(ref.url)) continue;
            let target = new URL(ref.url, pageUrl);
            // The public address of this build (canonical, Open Graph) is checked against the local copy.
            if (target.origin === publicRoot.origin) target = new URL(`${target.pathname}${target.search}`, local);
            if (target.origin !== local.origin) {
              if (ref.resource) foreign.push(`${pageUrl.pathname}: ${ref.url}`);
              continue; // a link to another site is not followed
            }
            target.hash = '';
            (ref.resource ? assets : links).add(target.href);
            if (!target.pathname.startsWith(BASE)) {
              broken.push(`${pageUrl.pathname}: ${ref.url} (outside ${BASE})`);
              continue;
            }
            const answer = await get(target);
            if (answer.status !== 200) broken.push(`${pageUrl.pathname}: ${ref.url} (${answer.status})`);
            else if (answer.html !== undefined && !queued.has(target.href)) {
              queued.add(target.href);
              queue.push(target);
            }
          }
        }),
      );
    }

    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const invalid: string[] = [];
    const blocked: string[] = [];
    for (const [href, html] of pages) {
      const path = new URL(href).pathname.slice(BASE.length);
      for (const problem of cspProblems(html)) blocked.push(`/${path}: ${problem}`);
      const file = join(process.cwd(), 'dist', path.endsWith('.html') ? path : `${path}index.html`);
      const report = await validator.validateString(html, file);
      for (const result of report.results) {
        for (const m of result.messages) invalid.push(`/${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }

    console.log(
      `crawl: ${pages.size} pages (valid HTML: ${pages.size - new Set(invalid.map((l) => l.split(':')[0])).size}), ` +
        `${links.size} distinct links, ${assets.size} distinct assets, ${status.size} URLs fetched`,
    );
    expect(pages.size).toBeGreaterThan(sitemapPaths().length);
    expect({ broken, foreign, invalid, blocked }).toEqual({ broken: [], foreign: [], invalid: [], blocked: [] });
  }, 180_000);
});
