/**
 * The month switch of the map page, timed in Chromium: the median of 20 in-place switches (between
 * the two latest months of the current vintage, months file already cached), each measured by the
 * page itself from the start of the switch handler to the end of its DOM work
 * (`performance.measure('month-switch')` in src/client/map/month-switch.ts). Target: ≤ 16 ms.
 */
import type { Browser } from 'playwright-core';
import { PHONE, newContext, type Site } from '../../tests/e2e/harness';
import { latestMapPath } from '../../src/lib/site/paths';

export async function benchMonthSwitch(browser: Browser, site: Site, switches = 20): Promise<number[]> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await page.goto(site.url(latestMapPath()), { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-map-figure][data-ready]');
  const months: string[] = await page.$$eval('[data-month-select] option', (options) => {
    const o = options as HTMLOptionElement[];
    return o.filter((x) => x.dataset['vintage'] === o[0]?.dataset['vintage']).map((x) => x.value);
  });
  if (months.length < 2) throw new Error('the map needs two months on the current vintage to time a switch');
  // One switch there and back first, so the months file is cached (it is fetched on idle or intent).
  for (const m of [months[1], months[0]]) {
    await page.selectOption('[data-month-select]', m ?? null);
    await page.waitForURL(`**/ban-do/${m}/`);
  }
  const times: number[] = [];
  for (let i = 0; i < switches; i++) {
    await page.selectOption('[data-month-select]', months[(i + 1) % 2] ?? null);
    times.push(await page.evaluate(() => performance.getEntriesByName('month-switch').at(-1)?.duration ?? Number.NaN));
  }
  await context.close();
  return times;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
