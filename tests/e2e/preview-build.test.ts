/**
 * The two kinds of build. `npm run build` without SITE_URL stops and says what to set; a preview
 * build (PREVIEW=1, what `npm start` does) carries http://localhost:4321, and its posters and
 * embed codes say in large type, on screen and on paper, that they are not for printing or publishing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { BASE, DESKTOP, astroBuild, buildEnv, newContext, useSiteAndBrowser } from './harness';

let dir = '';
/** The environment of a build with no address set. */
const envWithoutAddress = () => {
  const env: NodeJS.ProcessEnv = { ...buildEnv(), SITE_BASE: BASE };
  delete env['SITE_URL'];
  delete env['PREVIEW'];
  return env;
};

const h = useSiteAndBrowser({
  dist: () => join(dir, 'dist'),
  prepare: async () => {
    dir = mkdtempSync(join(tmpdir(), 'ispeed-preview-'));
    const build = await astroBuild(join(dir, 'dist'), { ...envWithoutAddress(), PREVIEW: '1' });
    if (build.status !== 0) throw new Error(`the preview build failed:\n${build.output}`);
  },
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('building for publishing or for a preview', () => {
  it('a publishing build without SITE_URL stops and says what to set', async () => {
    const result = await astroBuild(join(dir, 'refused'), envWithoutAddress());
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'SITE_URL is not set: a published build needs the public address, e.g. SITE_URL=https://ispeed.example.gov.vn SITE_BASE=/ispeed/ npm run build. For a local preview use npm start.',
    );
  }, 120_000); // it may wait for another file's build (one at a time)

  it('a preview poster says in large type, on screen and on paper, that it is a preview', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/in-an/2025-07/30742/'));
    const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    // A commune poster's QR code opens that commune's page (issue 14.7); a preview build names localhost.
    expect(code?.data).toBe(`http://localhost:4321${BASE}xa/2025-07/30742/`);
    const mark = page.locator('[data-poster] [data-preview-mark]');
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toContain('Bản xem thử – không dùng để in hay phát hành');
    const size = await mark.locator('strong').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await page.emulateMedia({ media: 'print' });
    expect(await mark.isVisible()).toBe(true);
    await context.close();
  });

  it.each(['/bao-chi/', '/ban-do/'])('%s marks its links and embed code as a preview', async (path) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(path));
    expect(await page.locator('[data-share] [data-preview-mark]').isVisible()).toBe(true);
    await context.close();
  });
});
