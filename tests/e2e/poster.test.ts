/**
 * The printable poster: its QR code, read back from a real screenshot, leads to the commune's page, and
 * the page prints to A4 without the site's header and footer.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { DESKTOP, BASE, newContext, useSiteAndBrowser } from './harness';
import { builtSiteRoot } from './pages';
import { isLoopback } from '../../src/lib/site/site-address';

const h = useSiteAndBrowser();

describe('poster of a commune', () => {
  it("carries the commune name and a QR code that decodes to the commune page's URL", async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/in-an/2025-07/30742/'));
    // 30742 is Phường Rạch Giá on the 2025-07 units (it was Phường Vĩnh Thanh Vân before).
    expect(await page.textContent('[data-poster]')).toContain('Phường Rạch Giá');
    const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    // The address the build was made for (SITE_URL + SITE_BASE), never this machine's.
    const root = builtSiteRoot();
    expect(isLoopback(root)).toBe(false);
    expect(new URL(root).pathname).toBe(BASE);
    if (process.env['SITE_URL']) expect(root).toBe(new URL(BASE, process.env['SITE_URL']).href);
    expect(code?.data).toBe(`${root}xa/2025-07/30742/`);
    // A publishing build carries no preview mark.
    expect(await page.locator('[data-preview-mark]').count()).toBe(0);
    await context.close();
  });

  it.each([
    ['/in-an/2025-07/30742/', 'A4', [595, 842]],
    ['/in-an/2025-07/30742/to-roi/', 'A5', [420, 595]],
  ] as const)('%s prints on one %s page', async (path, _paper, [width, height]) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(path));
    // Letter as the fallback: only the page's own @page rule can make it A4 or A5.
    const pdf = (await page.pdf({ format: 'Letter', preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([width, height]);
    await context.close();
  });
});
