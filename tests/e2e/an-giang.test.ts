/**
 * Another area is data, not code: the committed configuration of the whole new An Giang province
 * (tests/fixtures/an-giang: 102 units, vintage 2025-07 only, three illustrative months) builds
 * with no error, and every unit is drawn, listed and has its page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DESKTOP, newContext, useOwnBuild } from './harness';
import { expectMainPagesServed } from './area-pages';
import { loadSiteData } from '../../src/lib/data/load';

const DATA = resolve('tests/fixtures/an-giang');
const anGiang = loadSiteData(DATA);
const units = anGiang.vintages.get('2025-07')?.units.units ?? [];
function countPages(root: string): number {
  return readdirSync(root).reduce((n, name) => {
    const full = join(root, name);
    if (statSync(full).isDirectory()) return n + countPages(full);
    return n + (name.endsWith('.html') ? 1 : 0);
  }, 0);
}

const h = useOwnBuild('an-giang', () => DATA);

describe('the whole new An Giang (102 units) from its own data folder', () => {
  it('builds a page for every unit', () => {
    expect(units).toHaveLength(102);
    for (const u of units) expect(existsSync(join(h.dir, 'dist/xa/2025-07', u.code, 'index.html'))).toBe(true);
    expect(countPages(join(h.dir, 'dist'))).toBeGreaterThan(102 * 3);
  });

  it('draws, colours and lists all 102 units on the map page, and names the area from its data', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/ban-do/'));
    await page.waitForSelector('[data-map-figure][data-ready]');
    const drawn = await page.$$eval('[data-map-svg] path[data-code]', (p) => p.map((e) => e.getAttribute('data-code')));
    expect(drawn.sort()).toEqual(units.map((u) => u.code).sort());
    expect(await page.$$eval('#bang-xa tbody tr', (rows) => rows.length)).toBe(102);
    expect(await page.title()).toContain('An Giang');
    expect(await page.textContent('header')).toContain('An Giang');
    await context.close();
  });

  it('serves its main pages: home, map, a unit page, the report', async () => {
    await expectMainPagesServed(h.site, anGiang);
  });
});
