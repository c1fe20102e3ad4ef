/**
 * The benchmark: speed and size, measured (not asserted) and printed as one table.
 *
 *   npm run bench            build time, import time (10,600 rows), two synthetic nationwide builds
 *                            (pages, seconds, peak MB), page weights, geometry bytes, Lighthouse scores
 *                            of the home page, every guide and the map
 *   npm run bench -- --test-times         also the wall time of each part of `npm test`
 *   npm run bench -- --only nationwide    only some sections (build, import, nationwide, provinces, pages, tests)
 *   npm run bench -- --only provinces     only the 34 provinces of the reference (scripts/bench/provinces.ts;
 *                                         about 15 min on 2 cores, progress on stderr)
 *
 * Timings vary with the machine; the page weights are deterministic (the e2e budget tests cap them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { benchImport } from './import';
import { monthSwitchRows } from './switch';
import { slowPhoneRows } from './phone';
import { benchNationwide, nationwideRow } from './nationwide';
import { benchTestTimes } from './test-times';
import { benchProvinces, provinceTable } from './provinces';
import { chromiumPath, launchChromium, serveSite, transferGzip } from '../../tests/e2e/harness';
import { guidePath, homePath, latestEmbedPath, latestMapPath, posterPath, printSheet } from '../../src/lib/site/paths';

const HELP = `Usage: npm run bench [-- options]

Measures, by section:
  build       the site build under /ispeed/ (seconds)
  import      a 10,600-row import (ms, target ≤ 2 s)
  nationwide  real builds of two synthetic nationwide data folders (scripts/fixtures/make-nationwide.ts):
              "current" 3,321 units without districts and "old" 10,600 communes in 700 districts,
              24 months each: pages, seconds and peak memory (goal ≤ 3 min, ≤ 2 GB on 2 cores)
  provinces   each of the 34 provinces as npm run area makes it, with one month, built and opened
              at 390 px: seconds, units drawn, map page KB gzip (goal ≤ 64), smallest unit px
              (goal ≥ 2), units found by search, main body's share of the frame, GDAL validity
              (needs gdal-bin); --provinces 68,79 for some of them
  pages       geometry bytes, the gzip transfer of key pages (all requests, phone width, system
              Chromium) and Lighthouse scores (needs dist/ of the shipped data)
  tests       wall time of each part of \`npm test\` (the steps of its script, vitest once per
              project); only with --test-times or --only tests

Options:
  --skip-build        reuse the existing dist/ (built with SITE_BASE=/ispeed/)
  --test-times        also time the parts of \`npm test\` (last: build:test rewrites dist/)
  --only a,b          run only these sections, e.g. --only nationwide or --only nationwide,tests
  --help              show this help
`;

const SECTIONS = ['build', 'import', 'nationwide', 'provinces', 'pages', 'tests'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'test-times': { type: 'boolean', default: false },
    only: { type: 'string' },
    provinces: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`--only: unknown section ${unknown.join(', ')} — use ${SECTIONS.join(', ')}\n`);
  process.exit(2);
}
const runs = (section: Section): boolean =>
  only ? only.includes(section) : section === 'tests' ? values['test-times'] : true;

const rows: [string, string][] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (runs('build') && !values['skip-build']) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build'], {
    env: {
      SITE_URL: 'https://ispeed.example.test',
      ...process.env,
      SITE_BASE: '/ispeed/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'pipe',
  });
  rows.push(['build (SITE_BASE=/ispeed/)', `${((performance.now() - start) / 1000).toFixed(1)} s`]);
}

if (runs('import')) {
  const imported = await benchImport();
  rows.push([`import ${imported.rows.toLocaleString('en')} rows (target ≤ 2 s)`, `${Math.round(imported.ms)} ms`]);
}

if (runs('nationwide')) {
  for (const kind of ['current', 'old'] as const) rows.push(nationwideRow(await benchNationwide(kind)));
}

// The provinces' table is printed on its own, in Markdown: it has more columns than the rest.
const provinceLines = runs('provinces') ? provinceTable(await benchProvinces(values.provinces?.split(','))) : [];

if (runs('pages')) await benchPages();

if (runs('tests')) rows.push(...benchTestTimes());

const width = Math.max(...rows.map(([k]) => k.length));
if (rows.length > 0) process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
if (provinceLines.length > 0) process.stdout.write(`\n${provinceLines.join('\n')}\n`);

/** Geometry bytes, page weights and Lighthouse scores of the built dist/. */
async function benchPages(): Promise<void> {
  for (const [label, file] of [
    ['source districts GeoJSON', '../shared/geo/kien-giang-districts.geojson'],
    ['2025-01 districts.topojson', 'data/vintages/2025-01/geo/districts.topojson'],
    ['2025-01 map.topojson (shipped to browsers)', 'data/vintages/2025-01/geo/map.topojson'],
    ['source 2025 communes GeoJSON', '../shared/geo/an-giang-2025-communes.geojson'],
    ['2025-07 communes.topojson', 'data/vintages/2025-07/geo/communes.topojson'],
    ['2025-07 map.topojson (shipped to browsers)', 'data/vintages/2025-07/geo/map.topojson'],
  ] as const) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    rows.push([label, `${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`]);
  }

  // Served gzipped, as every real host serves text: the slow phone and Lighthouse see real transfers.
  const site = await serveSite('dist', { compress: true });
  const browser = await launchChromium();
  try {
    for (const path of [
      homePath(),
      latestMapPath(),
      guidePath('cai-dat-android'),
      guidePath('hoi-dap'),
      posterPath(printSheet('2025-07', '30742')),
      latestEmbedPath(),
    ]) {
      rows.push([`page ${path} (gzip, all requests)`, kb(await transferGzip(browser, site, path))]);
    }
    // Month switch (click → next paint, median of 20) and the slow phone (median of 3 fresh loads).
    rows.push(...(await monthSwitchRows(browser, site)), ...(await slowPhoneRows(browser, site)));
    // Lighthouse (mobile defaults: throttled CPU and network) on the home page, every guide and the map.
    const chrome = await launch({
      chromePath: chromiumPath(),
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const guides = readdirSync('src/content/guides').map((f) => guidePath(f.replace(/\.md$/, '')));
      for (const path of [homePath(), ...guides, latestMapPath()]) {
        const result = await lighthouse(site.url(path), {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const scores = Object.values(result?.lhr.categories ?? {})
          .map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`)
          .join(', ');
        rows.push([`lighthouse ${path}`, scores]);
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
