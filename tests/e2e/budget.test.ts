/**
 * Page-weight budgets, counted in gzip bytes over every request a page makes (bytes are
 * deterministic, so they can be tests; timings live in `npm run bench`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PHONE, launchChromium, newContext, serveSite, type Site } from './harness';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Sum of gzip sizes of every response the page loads (document, scripts, styles, data, images). */
export async function transferGzip(path: string): Promise<number> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (r) =>
    sizes.push(
      r.body().then(
        (b) => gzipSync(b, { level: 9 }).length,
        () => 0,
      ),
    ),
  );
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

const GUIDE_BUDGET = 40 * 1024;
const MAP_BUDGET = 160 * 1024;

describe('page weight (gzip, all requests)', () => {
  it.each([
    '/huong-dan/cai-dat-android/',
    '/huong-dan/do-dung-cach/',
    '/huong-dan/doc-ket-qua/',
    '/huong-dan/hoi-dap/',
  ])('guide %s stays within 40 KB', async (path) => {
    expect(await transferGzip(path)).toBeLessThanOrEqual(GUIDE_BUDGET);
  });

  it('the map page stays within 160 KB', async () => {
    expect(await transferGzip('/ban-do/')).toBeLessThanOrEqual(MAP_BUDGET);
  });
});
