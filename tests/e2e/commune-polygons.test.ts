/**
 * The commune-polygon view, checked with a fixture: when a deployer installs commune polygons
 * (`npm run data:geo -- --communes FILE`), the map draws one polygon per commune instead of the
 * mosaic, in both the server SVG and Leaflet, and says so in its caption.
 *
 * The polygons are SYNTHETIC (small squares near each district's centre, from the geo test
 * fixtures): they test the pipeline, not geography. The site is built a second time, into a
 * temporary folder, from a temporary data/ copy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DESKTOP, buildEnv, newContext, useSiteAndBrowser } from './harness';
import { loadDistricts, loadUnits, syntheticCommunes } from '../fixtures/geo/inputs';
import { runDataGeo } from '../../scripts/data-geo';

const units = loadUnits();
let dir = '';

const h = useSiteAndBrowser({
  dist: () => join(dir, 'dist'),
  prepare: async () => {
    dir = mkdtempSync(join(tmpdir(), 'ispeed-polygons-'));
    copyFileSync('data/campaign.json', join(dir, 'campaign.json'));
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
      env: { ...buildEnv(), DATA_DIR: dir, SITE_BASE: '/ispeed/' },
      stdio: 'pipe',
    });
  },
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('map with commune polygons installed', () => {
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
});
