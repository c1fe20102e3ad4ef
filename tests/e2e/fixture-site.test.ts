/**
 * A second build, into a temporary folder, from the e2e fixture data plus commune polygons for the
 * 2025-01 vintage, as a deployer installs them (`npm run data:geo -- --communes FILE`): months of
 * that vintage then draw one polygon per commune instead of the mosaic, in the SVG and in Leaflet,
 * and the caption says so. The polygons are SYNTHETIC (small squares near each district's centre,
 * from the geo test fixtures): they test the pipeline, not geography.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, newContext, useOwnBuild } from './harness';
import { assembleSiteData } from './site-data';
import { loadDistricts, loadUnits, syntheticCommunes } from '../fixtures/geo/inputs';
import { runDataGeo } from '../../scripts/cli/data-geo';
import { loadSiteData } from '../../src/lib/data/load';

const units = loadUnits();
const olderMonth = loadSiteData()
  .campaign.months.filter((m) => m.vintage === '2025-01')
  .at(-1)?.month;
const h = useOwnBuild('polygons', async (dir) => {
  const data = assembleSiteData(join(dir, 'data'));
  writeFileSync(join(dir, 'districts.geojson'), JSON.stringify(loadDistricts()));
  writeFileSync(join(dir, 'communes.geojson'), JSON.stringify(syntheticCommunes(units, loadDistricts())));
  await runDataGeo(
    {
      area: data,
      units: 'data/vintages/2025-01/units.json',
      districts: join(dir, 'districts.geojson'),
      communes: join(dir, 'communes.geojson'),
      out: join(data, 'vintages/2025-01'),
    },
    () => undefined,
  );
  return data;
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
