/**
 * The printable poster: its QR code, read back from a real screenshot, leads to the guides, and
 * the page prints to A4 without the site's header and footer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { DESKTOP, BASE, launchChromium, newContext, serveSite, type Site } from './harness';

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

describe('poster of a commune', () => {
  it('carries the commune name and a QR code that decodes to the guides URL', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(site.url('/in-an/30742/'));
    expect(await page.textContent('[data-poster]')).toContain('Phường Vĩnh Thanh Vân');
    const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    const siteUrl = process.env['SITE_URL'] ?? 'http://localhost:4321';
    expect(code?.data).toBe(new URL(`${BASE}huong-dan/`, siteUrl).href);
    await context.close();
  });

  it('prints on one A4 page', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(site.url('/in-an/30742/'));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await context.close();
  });
});
