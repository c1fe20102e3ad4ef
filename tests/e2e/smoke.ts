/**
 * The smoke test of a site as it will be published: its home page, latest map and a unit page of
 * the current vintage load without console errors (every script, style and data file found under
 * the base the site is served at), say whether their figures are official, and the map draws one
 * shape per unit of the latest month's vintage. `npm run test:shipped` runs it on the shipped
 * data/ built for the publishing address; tests/e2e/publish-bases.test.ts on the test data under
 * a root and a sub-path.
 */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/data/load';
import { hasIllustrative } from '../../src/lib/model/progress';
import { DESKTOP, newContext, type Harness } from './harness';

export function smokeTests(h: Harness, data: SiteData, label: string): void {
  const latest = data.campaign.months.at(-1);
  const vintage = data.area.vintages.at(-1)?.id ?? '';
  const unit = data.vintages.get(vintage)?.units.units[0]?.code;
  describe(label, () => {
    it.each(['/', '/ban-do/', `/xa/${vintage}/${unit}/`])(
      '%s loads without console errors and says whether its figures are official',
      async (path) => {
        const context = await newContext(h.browser, DESKTOP);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
        const banner = await page.$('[role="note"]');
        expect(banner !== null).toBe(hasIllustrative(data.campaign));
        await context.close();
      },
    );

    it('draws one shape per unit of the latest month’s vintage', async () => {
      const context = await newContext(h.browser, DESKTOP, false);
      const page = await context.newPage();
      await page.goto(h.site.url('/ban-do/'));
      const expected = latest ? (data.vintages.get(latest.vintage)?.units.units.length ?? -1) : 0;
      expect(await page.$$eval('[data-map-svg] path[data-code]', (p) => p.length)).toBe(expected);
      await context.close();
    });
  });
}
