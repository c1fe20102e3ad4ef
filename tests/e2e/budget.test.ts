/**
 * Page-weight budgets, counted in gzip bytes over every request a page makes (bytes are
 * deterministic, so they can be tests; timings live in `npm run bench`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite, transferGzip, type Site } from './harness';

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

const GUIDE_BUDGET = 40 * 1024;
const MAP_BUDGET = 160 * 1024;

describe('page weight (gzip, all requests)', () => {
  it.each([
    '/huong-dan/cai-dat-android/',
    '/huong-dan/do-dung-cach/',
    '/huong-dan/doc-ket-qua/',
    '/huong-dan/hoi-dap/',
  ])('guide %s stays within 40 KB', async (path) => {
    expect(await transferGzip(browser, site, path)).toBeLessThanOrEqual(GUIDE_BUDGET);
  });

  it('the map page stays within 160 KB', async () => {
    expect(await transferGzip(browser, site, '/ban-do/')).toBeLessThanOrEqual(MAP_BUDGET);
  });
});
