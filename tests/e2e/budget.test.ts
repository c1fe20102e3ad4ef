/**
 * Page-weight budgets, counted in gzip bytes over every request a page makes (bytes are
 * deterministic, so they can be tests; timings live in `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { transferGzip, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

const GUIDE_BUDGET = 40 * 1024;
const MAP_BUDGET = 160 * 1024;

describe('page weight (gzip, all requests)', () => {
  it.each([
    '/huong-dan/cai-dat-android/',
    '/huong-dan/do-dung-cach/',
    '/huong-dan/doc-ket-qua/',
    '/huong-dan/hoi-dap/',
  ])('guide %s stays within 40 KB', async (path) => {
    expect(await transferGzip(h.browser, h.site, path)).toBeLessThanOrEqual(GUIDE_BUDGET);
  });

  it('the map page stays within 160 KB', async () => {
    expect(await transferGzip(h.browser, h.site, '/ban-do/')).toBeLessThanOrEqual(MAP_BUDGET);
  });
});
