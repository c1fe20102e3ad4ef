/**
 * The month switch of the map page, timed in Chromium as the reader waits for it: from the click
 * on the month link (the input event's own timestamp) to the next paint after the last map shape
 * changed — a frame callback after the switch's synchronous work, then a task after that frame's
 * paint. Median of 20 in-place switches between the two latest months of the current vintage, at
 * 390 px, with the switch's code and the months file already loaded (the first switch loads them).
 * Event Timing entries (PerformanceObserver 'event', which reports only events of 16 ms or more)
 * are counted beside it as a cross-check. Target: ≤ 16 ms.
 */
import type { Browser } from 'playwright-core';
import { PHONE, newContext, type Site } from '../../tests/e2e/harness';
import { latestMapPath } from '../../src/lib/site/paths';

/** Installed in the page before its scripts: records each month-link click's time to the next paint. */
function recordSwitches(): void {
  const w = window as unknown as { switchTimes: number[]; slowClicks: number };
  w.switchTimes = [];
  w.slowClicks = 0;
  document.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('[data-month-nav] a[data-month]')) return;
      const start = e.timeStamp;
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => w.switchTimes.push(performance.now() - start);
        after.port2.postMessage(0);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    w.slowClicks += list.getEntries().filter((e) => e.name === 'click').length;
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

export interface SwitchTimes {
  /** Milliseconds from the click to the next paint, one per switch. */
  times: number[];
  /** Clicks the Event Timing API reported as 16 ms or longer. */
  slowClicks: number;
}

export async function benchMonthSwitch(browser: Browser, site: Site, switches = 20): Promise<SwitchTimes> {
  const context = await newContext(browser, PHONE);
  await context.addInitScript(recordSwitches);
  const page = await context.newPage();
  await page.goto(site.url(latestMapPath()), { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-map-figure][data-ready]');
  const click = async (role: 'prev' | 'next') => {
    const link = page.locator(`[data-month-nav] a[data-role="${role}"]`);
    const month = await link.getAttribute('data-month');
    await link.click();
    await page.waitForURL(`**/ban-do/${month}/`);
  };
  // One switch there and back first: it loads the switch's code and the months file.
  await click('prev');
  await click('next');
  await page.evaluate(() => {
    const w = window as unknown as { switchTimes: number[]; slowClicks: number };
    w.switchTimes = [];
    w.slowClicks = 0;
  });
  for (let i = 0; i < switches; i++) await click(i % 2 === 0 ? 'prev' : 'next');
  await page.waitForFunction((n) => (window as unknown as { switchTimes: number[] }).switchTimes.length >= n, switches);
  const result = await page.evaluate(() => {
    const w = window as unknown as { switchTimes: number[]; slowClicks: number };
    return { times: w.switchTimes, slowClicks: w.slowClicks };
  });
  await context.close();
  return result;
}

/** The benchmark's rows for the month switch. */
export async function monthSwitchRows(browser: Browser, site: Site): Promise<[string, string][]> {
  const label = 'map month switch, click → next paint, median of 20 (target ≤ 16 ms)';
  try {
    const { times, slowClicks } = await benchMonthSwitch(browser, site);
    const max = Math.max(...times).toFixed(1);
    const value = `${median(times).toFixed(1)} ms (max ${max} ms; Event Timing: ${slowClicks} of ${times.length} clicks ≥ 16 ms)`;
    return [[label, value]];
  } catch (error) {
    return [[label, `not measured: ${String(error)}`]];
  }
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
