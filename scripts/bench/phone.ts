/**
 * The latest map page on a slow phone, in Chromium: 390×740, a 400 kbps link with 400 ms round
 * trips (both ways), the CPU slowed four times, nothing cached. Per run, from the start of the
 * navigation: when the map first shows coloured (a frame where a unit's shape has its band's fill,
 * which needs the page and its stylesheet), and when the search answers "vinh hoa" typed as soon as
 * the search box is there. Median of 3 fresh runs. Goals: coloured map ≤ 2.5 s, search ≤ 4 s.
 */
import type { Browser } from 'playwright-core';
import { latestMapPath } from '../../src/lib/site/paths';
import type { Site } from '../../tests/e2e/harness';
import { median } from './switch';

export const SLOW_PHONE = { kbps: 400, rttMs: 400, cpuSlowdown: 4 } as const;

/**
 * Installed before the page's scripts: notes when the map's shapes are first coloured, polled every
 * 10 ms (a frame callback queued before the document exists never runs in headless Chromium).
 */
function watchColour(): void {
  const w = window as unknown as { colouredAt?: number };
  const timer = setInterval(() => {
    const shape = document.querySelector('[data-map-svg] path[class*="band-"]');
    // Unstyled SVG fills black; the band's rule (the stylesheet) gives it its colour.
    const fill = shape ? getComputedStyle(shape).fill : '';
    if (!fill || fill === 'rgb(0, 0, 0)') return;
    w.colouredAt = performance.now();
    clearInterval(timer);
  }, 10);
}

export interface PhoneRun {
  colouredMs: number;
  searchMs: number;
}

/** One fresh run on the slow phone. */
async function run(browser: Browser, site: Site): Promise<PhoneRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 740 }, locale: 'vi-VN', isMobile: true });
  await context.addInitScript(watchColour);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bytesPerSecond = (SLOW_PHONE.kbps * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.rttMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  await page.goto(site.url(latestMapPath()), { waitUntil: 'commit' });
  await page.waitForSelector('[data-search-box]:not([hidden]) #tim-xa', { timeout: 60_000 });
  await page.fill('#tim-xa', 'vinh hoa');
  await page.waitForSelector('#tim-xa-ket-qua [role="option"]', { timeout: 60_000 });
  const searchMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (window as unknown as { colouredAt?: number }).colouredAt !== undefined);
  const colouredMs = await page.evaluate(() => (window as unknown as { colouredAt: number }).colouredAt);
  await context.close();
  return { colouredMs, searchMs };
}

/** Three fresh runs on the slow phone. */
export async function benchSlowPhone(browser: Browser, site: Site, runs = 3): Promise<PhoneRun[]> {
  const out: PhoneRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await run(browser, site));
  return out;
}

/** The benchmark's rows for the slow phone. */
export async function slowPhoneRows(browser: Browser, site: Site): Promise<[string, string][]> {
  const phone = await benchSlowPhone(browser, site).catch((error: unknown) => String(error));
  if (typeof phone === 'string') return [['slow phone', `not measured: ${phone}`]];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const row = (label: string, key: keyof PhoneRun): [string, string] => [
    label,
    `${s(median(phone.map((r) => r[key])))} (${phone.map((r) => s(r[key])).join(', ')})`,
  ];
  return [
    row('slow phone: coloured map, median of 3 (goal ≤ 2.5 s)', 'colouredMs'),
    row('slow phone: search answers, median of 3 (goal ≤ 4 s)', 'searchMs'),
  ];
}
