/**
 * One smoke test of the shipped data/, whatever months it holds (illustrative today, real once the
 * province imports them): it builds, and the home page, the latest map and a unit page of the
 * current vintage load without console errors, with one shape per unit of that month's vintage.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DESKTOP, newContext, useOwnBuild } from '../e2e/harness';
import { loadSiteData } from '../../src/lib/data/load';
import { hasIllustrative } from '../../src/lib/model/progress';

const shipped = loadSiteData(resolve('data'));
const latest = shipped.campaign.months.at(-1);
const currentUnits = shipped.vintages.get(shipped.area.vintages.at(-1)?.id ?? '')?.units.units ?? [];
const h = useOwnBuild('shipped', () => resolve('data'));

describe('the site built on the shipped data', () => {
  it.each(['/', '/ban-do/', `/xa/${shipped.area.vintages.at(-1)?.id}/${currentUnits[0]?.code}/`])(
    '%s loads without console errors and says whether its figures are official',
    async (path) => {
      const context = await newContext(h.browser, DESKTOP);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      const banner = await page.$('[role="note"]');
      expect(banner !== null).toBe(hasIllustrative(shipped.campaign));
      await context.close();
    },
  );

  it('draws one shape per unit of the latest month’s vintage', async () => {
    const context = await newContext(h.browser, DESKTOP, false);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    const expected = latest ? (shipped.vintages.get(latest.vintage)?.units.units.length ?? -1) : 0;
    expect(await page.$$eval('[data-map-svg] path[data-code]', (p) => p.length)).toBe(expected);
    await context.close();
  });
});
