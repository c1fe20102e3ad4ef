/**
 * The site's routes have one home, src/lib/site/paths.ts: every path it returns is served by a
 * route file of src/pages (or a file of public/), the URLs the press links to stay what they are,
 * and no page, component, layout or library module writes a route by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as paths from '../../src/lib/site/paths';

type PathFunction = Exclude<keyof typeof paths, 'EMBED_DIR' | 'AREA_SHEET'>;

/** Every path function with an example call and the path it must give (stable public URLs). */
const EXAMPLES: [PathFunction, string, string][] = [
  ['homePath', paths.homePath(), '/'],
  ['englishPath', paths.englishPath(), '/en/'],
  ['latestMapPath', paths.latestMapPath(), '/ban-do/'],
  ['mapPath', paths.mapPath('2025-03'), '/ban-do/2025-03/'],
  ['mapViewPath', paths.mapViewPath('2025-08', 'pace'), '/ban-do/2025-08/nhip-hien-tai/'],
  ['reportPath', paths.reportPath('2025-03'), '/bao-cao/2025-03/'],
  ['reportPrintCssPath', paths.reportPrintCssPath('2025-03'), '/bao-cao/in/2025-03.css'],
  ['unitsPath', paths.unitsPath('2025-07'), '/xa/2025-07/'],
  ['unitPath', paths.unitPath('2025-01', '31012'), '/xa/2025-01/31012/'],
  ['districtPath', paths.districtPath('899'), '/huyen/899/'],
  ['embedRootPath', paths.embedRootPath(), '/nhung/'],
  ['latestEmbedPath', paths.latestEmbedPath(), '/nhung/ban-do/'],
  ['embedPath', paths.embedPath('2025-03'), '/nhung/ban-do/2025-03/'],
  ['dataPath', paths.dataPath(), '/du-lieu/'],
  ['feedPath', paths.feedPath(), '/du-lieu/thang.atom'],
  ['dataPackagePath', paths.dataPackagePath(), '/du-lieu/datapackage.json'],
  ['monthCsvPath', paths.monthCsvPath('2025-03'), '/du-lieu/so-mau-2025-03.csv'],
  ['monthsWorkbookPath', paths.monthsWorkbookPath(), '/du-lieu/so-mau-cac-thang.xlsx'],
  ['campaignJsonPath', paths.campaignJsonPath(), '/du-lieu/campaign.json'],
  ['monthsFilePath', paths.monthsFilePath('2025-07'), '/du-lieu/2025-07/thang.json'],
  ['unitListPath', paths.unitListPath('2025-07'), '/du-lieu/2025-07/units.json'],
  ['boundaryPath', paths.boundaryPath('2025-01', 'ranh-gioi-huyen'), '/du-lieu/2025-01/ranh-gioi-huyen.topojson'],
  ['mapTopojsonPath', paths.mapTopojsonPath('2025-07'), '/du-lieu/2025-07/ban-do.topojson'],
  ['shareImagePath', paths.shareImagePath(), '/du-lieu/anh-chia-se.png'],
  ['shareImagePath', paths.shareImagePath('2025-03'), '/du-lieu/anh-chia-se-2025-03.png'],
  ['mapSvgPath', paths.mapSvgPath('2025-03'), '/du-lieu/ban-do-2025-03.svg'],
  ['mapPngPath', paths.mapPngPath('2025-03'), '/du-lieu/ban-do-2025-03.png'],
  ['guidesPath', paths.guidesPath(), '/huong-dan/'],
  ['guidePath', paths.guidePath('cai-dat-android'), '/huong-dan/cai-dat-android/'],
  ['postersPath', paths.postersPath(), '/in-an/'],
  ['printSheet', paths.printSheet(), 'chung'],
  ['printSheet', paths.printSheet('2025-07', '30742'), '2025-07/30742'],
  ['posterPath', paths.posterPath(paths.printSheet()), '/in-an/chung/'],
  ['posterPath', paths.posterPath(paths.printSheet('2025-07', '30742')), '/in-an/2025-07/30742/'],
  ['flyerPath', paths.flyerPath(paths.printSheet('2025-07', '30742')), '/in-an/2025-07/30742/to-roi/'],
  ['pressPath', paths.pressPath(), '/bao-chi/'],
  ['officialsPath', paths.officialsPath(), '/can-bo/'],
  ['staffUpdatePath', paths.staffUpdatePath(), '/can-bo/cap-nhat/'],
  ['staffGuidePicturePath', paths.staffGuidePicturePath('buoc-2-loi.jpg'), '/can-bo/cap-nhat/buoc-2-loi.jpg'],
  ['textPath', paths.textPath('to-chuc-do'), '/to-chuc-do/'],
  ['aboutPath', paths.aboutPath(), '/gioi-thieu/'],
  ['vintagesExplainedPath', paths.vintagesExplainedPath(), '/gioi-thieu/#don-vi-hanh-chinh'],
  ['notFoundPath', paths.notFoundPath(), '/404.html'],
  ['sitemapPath', paths.sitemapPath(), '/sitemap-index.xml'],
  ['faviconPath', paths.faviconPath(), '/favicon.svg'],
];

/** Files under `dir`, relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The officials' texts, served by src/pages/[slug].astro at the top level. */
const TEXTS = readdirSync('src/content/pages').map((n) => n.replace(/\.md$/, ''));

/** What URL a file of src/pages serves, as a regular expression (`[x]` one segment, `[...x]` several). */
function routePattern(file: string): RegExp | undefined {
  if (file.split('/').some((part) => part.startsWith('_'))) return undefined; // partials, not routes
  let route: string;
  if (file === '[slug].astro') return new RegExp(`^/(?:${TEXTS.map(escapeRegex).join('|')})/$`);
  if (file === '404.astro') route = '/404.html';
  else if (file.endsWith('.astro')) route = `/${file.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')}`;
  else route = `/${file.replace(/\.ts$/, '')}`;
  const source = route
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : escapeRegex(part)))
    .join('');
  return new RegExp(`^${source.replace(/\/\/$/, '/')}$`);
}

const ROUTES = filesUnder('src/pages').flatMap((f) => {
  const pattern = routePattern(f);
  return pattern ? [{ file: f, pattern }] : [];
});

/** Written by an integration at build time, not by a route file. */
const GENERATED = new Set(['/sitemap-index.xml']);
/** Folders of routes rather than pages (the map script appends a code; robots.txt disallows one), with a child. */
const FOLDERS = new Map<PathFunction, string>([
  ['unitsPath', '31012/'],
  ['embedRootPath', 'ban-do/'],
]);

describe('paths.ts', () => {
  it('gives the stable URL of every route', () => {
    expect(EXAMPLES.map(([, got]) => got)).toEqual(EXAMPLES.map(([, , want]) => want));
  });

  it('has an example for every path function', () => {
    const functions = Object.entries(paths)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    expect([...new Set(EXAMPLES.map(([name]) => name))].sort()).toEqual(functions);
  });

  it.each(EXAMPLES.filter(([name, got]) => got.startsWith('/') && !GENERATED.has(got) && !FOLDERS.has(name)))(
    '%s → %s is served by a route file or a file of public/',
    (_name, got) => {
      // A fragment (#section) names a place in a page, not a file: the page must be served.
      const file = got.split('#')[0]!;
      const served = ROUTES.some((r) => r.pattern.test(file)) || existsSync(join('public', file));
      expect(served, `no file of src/pages or public/ serves ${file}`).toBe(true);
    },
  );

  it.each(EXAMPLES.filter(([name]) => FOLDERS.has(name)))('%s → %s is a folder of served pages', (name, got) => {
    const child = `${got}${FOLDERS.get(name)}`;
    expect(
      ROUTES.some((r) => r.pattern.test(child)),
      `no file of src/pages serves ${child}`,
    ).toBe(true);
  });

  it('reads route files as the URLs they serve (the check above can fail)', () => {
    const serves = (file: string, url: string) => routePattern(file)?.test(url) ?? false;
    expect(serves('ban-do/[month].astro', '/ban-do/2025-03/')).toBe(true);
    expect(serves('ban-do/[month].astro', '/ban-do/2025-03/x/')).toBe(false);
    expect(serves('ban-do/index.astro', '/ban-do/')).toBe(true);
    expect(serves('du-lieu/so-mau-[month].csv.ts', '/du-lieu/so-mau-2025-03.csv')).toBe(true);
    expect(serves('du-lieu/so-mau-[month].csv.ts', '/du-lieu/so-mau-2025-03.json')).toBe(false);
    expect(serves('in-an/[...path]/to-roi.astro', '/in-an/2025-07/30742/to-roi/')).toBe(true);
    expect(serves('index.astro', '/')).toBe(true);
    expect(serves('nhung/ban-do/_EmbedMap.astro', '/nhung/ban-do/_EmbedMap/')).toBe(false);
    expect(serves('[slug].astro', '/to-chuc-do/')).toBe(true);
    expect(serves('[slug].astro', '/xa/')).toBe(false);
  });
});

// ——— The check: no route written by hand outside paths.ts ———

/** First path segments of the site: src/pages' top-level entries and the officials' texts (src/pages/[slug].astro). */
const SEGMENTS = [
  ...readdirSync('src/pages')
    .filter((n) => !n.startsWith('[') && !n.startsWith('_') && !n.startsWith('index.'))
    .map((n) => n.replace(/\.(astro|ts)$/, '')),
  ...readdirSync('src/content/pages').map((n) => n.replace(/\.md$/, '')),
];

const ROUTE_LITERAL = new RegExp(`(['"\`])/(?:${SEGMENTS.map(escapeRegex).join('|')})(?=[/.'"\`#?$-]|$)`);
/** A literal handed to url()/absolute(), or a literal path in an href, src, path or ogImage. */
const LITERAL_URL = /\b(?:url|absolute)\(\s*['"`]|\b(?:href|src|path|ogImage)\s*[:=]\s*\{?\s*['"`]\//;

/** Code without comments (a comment may name a route to explain it). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** `line: text` of each line of `text` that writes a route by hand. */
function handWrittenRoutes(text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (ROUTE_LITERAL.test(line) || LITERAL_URL.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

const CHECKED = ['src/pages', 'src/components', 'src/layouts', 'src/config', 'src/lib'];
const HOME = 'src/lib/site/paths.ts';

describe('no route written by hand', () => {
  it('finds routes written by hand, and not paths.ts calls or comments', () => {
    for (const bad of [
      'href={url(`/ban-do/${m}/`)}',
      "const p = '/bao-cao/';",
      '<a href="/du-lieu/">',
      "{ hreflang: 'vi', path: '/' },",
      "absolute('/', Astro.site)",
      'ogImage={`/du-lieu/anh-chia-se-${m}.png`}',
      "Disallow: ${new URL(absolute('/nhung/', site)).pathname}",
      "href: '/to-chuc-do/',",
    ]) {
      expect(handWrittenRoutes(bad), bad).toHaveLength(1);
    }
    for (const good of [
      'href={url(mapPath(m))}',
      'data-month-href={url(reportPath("MONTH"))}',
      '<a href="#bang-xa">',
      '/** /ban-do/YYYY-MM/: one page per month */',
      '// see /xa/<vintage>/<code>/',
      "const short = (m: string) => formatMonth(m).replace('tháng ', '');",
      "r.reportedOn.split('-').reverse().join('/')",
    ]) {
      expect(handWrittenRoutes(good), good).toEqual([]);
    }
  });

  it.each(CHECKED)('%s builds every internal path with src/lib/site/paths.ts', (dir) => {
    const found = filesUnder(dir)
      .map((f) => `${dir}/${f}`)
      .filter((f) => /\.(astro|ts|mjs)$/.test(f) && f !== HOME)
      .flatMap((f) => handWrittenRoutes(readFileSync(f, 'utf8')).map((hit) => `${f}:${hit}`));
    expect(found, 'write these with a function of src/lib/site/paths.ts').toEqual([]);
  });
});
