/**
 * The second build of the suite: a preview build (PREVIEW=1, what `npm start` does) of the e2e
 * fixture data plus commune polygons for the 2025-01 vintage, as a deployer installs them
 * (`npm run data:geo -- --communes FILE`). One build checks two independent things (a full build
 * costs half a minute of the suite):
 * - a preview carries http://localhost:4321, and its posters and embed codes say in large type, on
 *   screen and on paper, that they are not for printing or publishing; `npm run build` without
 *   SITE_URL stops and says what to set;
 * - months of the 2025-01 vintage then draw one polygon per commune instead of the mosaic, in the
 *   SVG and in Leaflet, and the caption says so. The polygons are SYNTHETIC (small squares near
 *   each district's centre, from the geo test fixtures): they test the pipeline, not geography.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { BASE, DESKTOP, astroBuild, buildEnv, newContext, useSiteAndBrowser } from './harness';
import { assembleSiteData } from './site-data';
import { loadDistricts, loadUnits, syntheticCommunes } from '../fixtures/geo/inputs';
import { runDataGeo } from '../../scripts/cli/data-geo';
import { loadSiteData } from '../../src/lib/data/load';

const units = loadUnits();
const olderMonth = loadSiteData()
  .campaign.months.filter((m) => m.vintage === '2025-01')
  .at(-1)?.month;
let dir = '';
/** The environment of a build with no address set. */
const envWithoutAddress = () => {
  const env: NodeJS.ProcessEnv = { ...buildEnv(), SITE_BASE: BASE };
  delete env['SITE_URL'];
  delete env['PREVIEW'];
  return env;
};

/** The fixture data assembled in `dir`, with synthetic commune polygons installed for 2025-01. */
async function dataWithPolygons(): Promise<string> {
  const data = assembleSiteData(join(dir, 'data'));
  writeFileSync(join(dir, 'districts.geojson'), JSON.stringify(loadDistricts()));
  writeFileSync(join(dir, 'communes.geojson'), JSON.stringify(syntheticCommunes(units, loadDistricts())));
  await runDataGeo(
    {
      area: data,
      units: 'tests/fixtures/kien-giang/vintages/2025-01/units.json',
      districts: join(dir, 'districts.geojson'),
      communes: join(dir, 'communes.geojson'),
      out: join(data, 'vintages/2025-01'),
    },
    () => undefined,
  );
  return data;
}

const h = useSiteAndBrowser({
  dist: () => join(dir, 'dist'),
  prepare: async () => {
    dir = mkdtempSync(join(tmpdir(), 'ispeed-preview-'));
    const data = await dataWithPolygons();
    const build = await astroBuild(join(dir, 'dist'), { ...envWithoutAddress(), DATA_DIR: data, PREVIEW: '1' });
    if (build.status !== 0) throw new Error(`the preview build failed:\n${build.output}`);
  },
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('building for publishing or for a preview', () => {
  it('a publishing build without SITE_URL stops and says what to set', async () => {
    const result = await astroBuild(join(dir, 'refused'), envWithoutAddress());
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'SITE_URL is not set: a published build needs the public address, e.g. SITE_URL=https://ispeed.example.gov.vn SITE_BASE=/ispeed/ npm run build. For a local preview use npm start.',
    );
  }, 120_000); // it may wait for another file's build (one at a time)

  it('a preview poster says in large type, on screen and on paper, that it is a preview', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/in-an/2025-07/30742/'));
    const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    // A commune poster's QR code opens that commune's page (issue 14.7); a preview build names localhost.
    expect(code?.data).toBe(`http://localhost:4321${BASE}xa/2025-07/30742/`);
    const mark = page.locator('[data-poster] [data-preview-mark]');
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toContain('Bản xem thử – không dùng để in hay phát hành');
    const size = await mark.locator('strong').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await page.emulateMedia({ media: 'print' });
    expect(await mark.isVisible()).toBe(true);
    await context.close();
  });

  it.each(['/bao-chi/', '/ban-do/'])('%s marks its links and embed code as a preview', async (path) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(path));
    expect(await page.locator('[data-share] [data-preview-mark]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('a site built on commune polygons for the 2025-01 vintage', () => {
  it('draws one polygon per commune in the SVG and in Leaflet, and the caption says they are boundaries', async () => {
    expect(olderMonth).toBeDefined();
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(`/ban-do/${olderMonth}/`));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const leaflet = await page.$$eval('[data-map-svg] path[data-code]', (p) =>
      p.map((e) => e.getAttribute('data-code')),
    );
    expect(leaflet.sort()).toEqual(units.units.map((u) => u.code).sort());
    const caption = await page.textContent('[data-map-figure] figcaption');
    expect(caption).toContain('ranh giới thật');
    expect(caption).not.toContain('ô vuông');
    await context.close();

    const noJs = await newContext(h.browser, DESKTOP, false);
    const still = await noJs.newPage();
    await still.goto(h.site.url(`/ban-do/${olderMonth}/`));
    expect(await still.$$eval('[data-map-svg] path[data-code]', (p) => p.length)).toBe(units.units.length);
    await noJs.close();
  });
});
