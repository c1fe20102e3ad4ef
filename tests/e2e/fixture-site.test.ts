/**
 * A second build, into a temporary folder, from a temporary copy of data/ that holds what the
 * shipped data does not:
 * - commune polygons, as a deployer installs them (`npm run data:geo -- --communes FILE`): the map
 *   then draws one polygon per commune instead of the mosaic, in the SVG and in Leaflet, and its
 *   caption says so. The polygons are SYNTHETIC (small squares near each district's centre, from
 *   the geo test fixtures): they test the pipeline, not geography;
 * - a district report written with markup, which must be shown as text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DESKTOP, buildEnv, newContext, useSiteAndBrowser } from './harness';
import { loadDistricts, loadUnits, syntheticCommunes } from '../fixtures/geo/inputs';
import { runDataGeo } from '../../scripts/data-geo';

const units = loadUnits();
const MARKUP = '<img src=x onerror="window.injected=1"><b>Loa</b> & tờ rơi';
let dir = '';

const h = useSiteAndBrowser({
  dist: () => join(dir, 'dist'),
  prepare: async () => {
    dir = mkdtempSync(join(tmpdir(), 'ispeed-polygons-'));
    // A district report carrying markup: it must come out as text, never as HTML.
    const campaign = JSON.parse(readFileSync('data/campaign.json', 'utf8')) as {
      months: { reports: { districtCode: string; reportedOn: string; solutions: string; difficulties: string }[] }[];
    };
    campaign.months.at(-1)!.reports = [
      { districtCode: '899', reportedOn: '2025-07-09', solutions: MARKUP, difficulties: 'Không có' },
    ];
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));
    writeFileSync(join(dir, 'districts.geojson'), JSON.stringify(loadDistricts()));
    writeFileSync(join(dir, 'communes.geojson'), JSON.stringify(syntheticCommunes(units, loadDistricts())));
    await runDataGeo(
      {
        units: 'data/units.json',
        districts: join(dir, 'districts.geojson'),
        communes: join(dir, 'communes.geojson'),
        out: dir,
      },
      () => undefined,
    );
    execFileSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...buildEnv(), DATA_DIR: dir, SITE_URL: 'https://ispeed.example.test', SITE_BASE: '/ispeed/' },
      stdio: 'pipe',
    });
  },
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a site built on commune polygons and a report with markup', () => {
  it('draws one polygon per commune in the SVG and in Leaflet, and the caption says they are boundaries', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const leaflet = await page.$$eval('[data-map-mount] path[data-code]', (p) =>
      p.map((e) => e.getAttribute('data-code')),
    );
    expect(leaflet.sort()).toEqual(units.units.map((u) => u.code).sort());
    const caption = await page.textContent('[data-map-figure] figcaption');
    expect(caption).toContain('ranh giới một xã');
    expect(caption).not.toContain('ô vuông');
    await context.close();

    const noJs = await newContext(h.browser, DESKTOP, false);
    const still = await noJs.newPage();
    await still.goto(h.site.url('/ban-do/'));
    expect(await still.$$eval('[data-map-svg] path[data-code]', (p) => p.length)).toBe(units.units.length);
    await noJs.close();
  });

  it('shows a district report written with markup as plain text', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/huyen/899/'));
    expect(await page.innerText('main')).toContain(MARKUP);
    expect(await page.$('main b')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    await context.close();
  });
});
