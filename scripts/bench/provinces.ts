/**
 * The nationwide pass: for each of the 34 provinces of the pinned reference, `npm run area` into a
 * temporary data folder, one illustrative month, a real `astro build`, then in Chromium at 390 px:
 *
 *   seconds   area + build, wall time
 *   drawn     units drawn on the latest map page, against the reference's count
 *   page KB   the latest map page's weight, gzip, over all requests until idle (goal ≤ 64 KB)
 *   min px    the smallest unit's larger side on the first 390 px view (goal ≥ 2 px)
 *   found     units the map search lists when their name is typed (no unit unreachable)
 *   main %    share of the map frame the main body's box fills (frames aside)
 *   valid     GDAL (ogrinfo, SQLite dialect): invalid polygons of communes.topojson and
 *             map.topojson; overlap = Σ unit areas − area of their union (km²); gaps = holes of the
 *             topological union (topojson-client merge) not in the reference's own union (km²)
 *
 *   npx tsx scripts/bench/provinces.ts [code …]      (or npm run bench -- --only provinces)
 *
 * Prints progress on stderr and one table row per province on stdout. Needs Debian's gdal-bin.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Browser } from 'playwright-core';
import { main as area } from '../cli/area';
import { makeIllustrativeCampaign } from '../../src/lib/data/illustrative';
import { loadReference } from '../../src/lib/data/load';
import { readMapModel } from '../../src/lib/data/map-model';
import { geometryBounds } from '../../src/lib/geo/planar';
import { readNationalReference } from '../../src/lib/geo/reference';
import { polygonsOf, type Box } from '../../src/lib/geo/types';
import { latestMapPath } from '../../src/lib/site/paths';
import { launchChromium, newContext, PHONE, serveSite, transferGzip } from '../../tests/e2e/harness';
import { measure } from './measure';

export const PAGE_GOAL_KB = 64;
export const MIN_PX_GOAL = 2;
const MONTH = '2025-09';
const EARTH_KM2 = 6371.0088 ** 2;

export interface ProvinceRow {
  code: string;
  name: string;
  units: number;
  seconds: number;
  drawn: number;
  pageKb: number;
  minPx: number;
  found: number;
  mainShare: number;
  frames: string[];
  invalid: number;
  overlapKm2: number;
  gapKm2: number;
}

/** Area (km²) of the holes of the topological union of a topology's `communes`. */
function holesKm2(topology: Topology): number {
  const object = topology.objects['communes'] as GeometryCollection;
  const union = merge(topology, object.geometries as Parameters<typeof merge>[1]);
  return union.coordinates
    .flatMap((rings) => rings.slice(1))
    .reduce(
      (sum, hole) =>
        sum +
        Math.min(
          geoArea({ type: 'Polygon', coordinates: [hole] }),
          4 * Math.PI - geoArea({ type: 'Polygon', coordinates: [hole] }),
        ) *
          EARTH_KM2,
      0,
    );
}

/** GDAL's view of a TopoJSON file's `communes`: invalid polygons, Σ areas − union area (km²). */
function gdalCheck(file: string, geographic: boolean): { invalid: number; overlapKm2: number } {
  const area = geographic ? (g: string) => `ST_Area(${g}, 1) / 1e6` : (g: string) => `ST_Area(${g})`;
  const sql = `select sum(not ST_IsValid(geometry)) as invalid, sum(${area('geometry')}) - ${area('ST_Union(geometry)')} as overlap from communes`;
  const out = execFileSync('ogrinfo', ['-ro', '-q', '-dialect', 'SQLite', '-sql', sql, file], { encoding: 'utf8' });
  const value = (name: string): number => Number(new RegExp(`${name} \\(\\w+\\) = (\\S+)`).exec(out)?.[1] ?? NaN);
  return { invalid: value('invalid'), overlapKm2: value('overlap') };
}

/** Share of the layout the main body's box fills: unit parts outside the frames. */
function mainShare(mapText: string): number {
  const model = readMapModel(JSON.parse(mapText));
  const frames = model.insets.map((f) => geometryBounds(f.geometry));
  const inFrame = (b: Box): boolean => frames.some((f) => b[0] >= f[0] && b[1] >= f[1] && b[2] <= f[2] && b[3] <= f[3]);
  const boxes = model.communes
    .flatMap((c) => polygonsOf(c.geometry).map((rings) => geometryBounds({ type: 'Polygon', coordinates: rings })))
    .filter((b) => !inFrame(b));
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[2]));
  const y1 = Math.max(...boxes.map((b) => b[3]));
  return ((x1 - x0) * (y1 - y0)) / (model.width * model.height);
}

/** The data folder of a province with one illustrative month; returns the area's frames' captions. */
function makeData(code: string, data: string): string[] {
  const status = area([code, '--data', data], { out: () => {}, err: (l) => process.stderr.write(`${l}\n`) });
  if (status !== 0) throw new Error(`npm run area -- ${code} failed (${status})`);
  const reference = loadReference(data);
  const unitsOf = (id: string) => reference.vintages.get(id)!.units;
  writeFileSync(
    join(data, 'campaign.json'),
    JSON.stringify(makeIllustrativeCampaign(reference.area, unitsOf, { seed: Number(code), from: MONTH, to: MONTH })),
  );
  const map = readMapModel(JSON.parse(readFileSync(join(data, 'vintages/2025-07/geo/map.topojson'), 'utf8')));
  return map.insets.map((i) => i.properties.label.split(' – ')[0] ?? '');
}

/** In Chromium at 390 px: units drawn, the smallest one's larger side, units found by search. */
async function onThePhone(
  browser: Browser,
  url: string,
  names: string[],
): Promise<{ drawn: number; minPx: number; found: number }> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-figure][data-ready]');
  const sizes = await page.$$eval('[data-map-svg] path[data-code]', (paths) =>
    paths.map((p) => {
      const r = p.getBoundingClientRect();
      return Math.max(r.width, r.height);
    }),
  );
  let found = 0;
  for (const name of names) {
    // The month's own names (a later rename shows the former one): compare without the type.
    const bare = name.replace(/^(Xã|Phường|Đặc khu|Thị trấn) /u, '');
    await page.fill('#tim-xa', bare);
    const options = await page.$$eval('#tim-xa-ket-qua [role="option"]', (o) => o.map((li) => li.textContent ?? ''));
    if (options.some((o) => o.endsWith(` ${bare}`))) found += 1;
  }
  await context.close();
  return { drawn: sizes.length, minPx: Math.min(...sizes), found };
}

/** Builds and measures one province. */
export async function benchProvince(code: string, browser: Browser): Promise<ProvinceRow> {
  const ref = readNationalReference();
  const province = ref.provinces.find((p) => p.code === code);
  if (!province) throw new Error(`no province ${code} in the reference`);
  const dir = mkdtempSync(join(tmpdir(), `ispeed-province-${code}-`));
  try {
    const data = join(dir, 'data');
    const start = performance.now();
    const frames = makeData(code, data);
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const build = await measure(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist')], {
      ...process.env,
      DATA_DIR: data,
      SITE_URL: 'https://ispeed.example.test',
      SITE_BASE: '/ispeed/',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    if (build.exitCode !== 0) throw new Error(`build of ${code} failed:\n${build.output.slice(-3000)}`);
    const seconds = (performance.now() - start) / 1000;
    const site = await serveSite(join(dir, 'dist'));
    try {
      const names = ref.units.filter((u) => u.provinceCode === code).map((u) => u.name);
      const phone = await onThePhone(browser, site.url(latestMapPath()), names);
      const pageKb = (await transferGzip(browser, site, latestMapPath())) / 1024;
      const geo = join(data, 'vintages/2025-07/geo');
      const lonLat = gdalCheck(join(geo, 'communes.topojson'), true);
      const layout = gdalCheck(join(geo, 'map.topojson'), false);
      const output = JSON.parse(readFileSync(join(geo, 'communes.topojson'), 'utf8')) as Topology;
      const own = ref.communes.objects['communes'] as GeometryCollection<{ province_code?: string }>;
      const sourceHoles = holesKm2({
        ...ref.communes,
        objects: {
          communes: {
            ...own,
            geometries: own.geometries.filter(
              (g) => (g.properties as { province_code?: string } | undefined)?.province_code === code,
            ),
          },
        },
      });
      return {
        code,
        name: province.fullName,
        units: province.units,
        seconds,
        ...phone,
        pageKb,
        mainShare: mainShare(readFileSync(join(geo, 'map.topojson'), 'utf8')),
        frames,
        invalid: lonLat.invalid + layout.invalid,
        overlapKm2: lonLat.overlapKm2,
        gapKm2: Math.max(0, holesKm2(output) - sourceHoles),
      };
    } finally {
      await site.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table's header and one line per province. */
export function provinceTable(rows: readonly ProvinceRow[]): string[] {
  const head =
    '| code | province | units | drawn | area+build s | map page KB gzip (≤ 64) | smallest unit px (≥ 2) | found by search | main body % of frame | frames | invalid polygons | overlap km² | gaps km² |';
  const rule = `|${head
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  return [
    head,
    rule,
    ...rows.map(
      (r) =>
        `| ${r.code} | ${r.name} | ${r.units} | ${r.drawn} | ${r.seconds.toFixed(1)} | ${r.pageKb.toFixed(1)}${r.pageKb > PAGE_GOAL_KB ? ' OVER' : ''} | ${r.minPx.toFixed(1)}${r.minPx < MIN_PX_GOAL ? ' UNDER' : ''} | ${r.found}/${r.units} | ${(r.mainShare * 100).toFixed(0)} | ${r.frames.join(', ') || '–'} | ${r.invalid} | ${r.overlapKm2.toFixed(3)} | ${r.gapKm2.toFixed(3)} |`,
    ),
  ];
}

/** Runs the pass over `codes` (default all 34), printing progress on stderr. */
export async function benchProvinces(codes?: readonly string[]): Promise<ProvinceRow[]> {
  const all = readNationalReference().provinces.map((p) => p.code);
  const wanted = codes && codes.length > 0 ? codes : all;
  const browser = await launchChromium();
  const rows: ProvinceRow[] = [];
  try {
    for (const [i, code] of wanted.entries()) {
      process.stderr.write(`provinces: ${i + 1}/${wanted.length} ${code} …\n`);
      const row = await benchProvince(code, browser);
      process.stderr.write(`  ${provinceTable([row]).at(-1) ?? ''}\n`);
      rows.push(row);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  if (process.argv.includes('--help')) {
    process.stdout.write(
      'Usage: npx tsx scripts/bench/provinces.ts [code …]\n\nBuilds and measures each province (default all 34): see the header of this file.\n',
    );
    process.exit(0);
  }
  const rows = await benchProvinces(process.argv.slice(2));
  process.stdout.write(`${provinceTable(rows).join('\n')}\n`);
}
