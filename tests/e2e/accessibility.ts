/**
 * axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules) over the built pages, at phone and desktop widths,
 * with JavaScript on (so the interactive map and the enhanced tables are audited too). One test
 * file per width (accessibility-phone, accessibility-desktop): the audit is the longest part of
 * the suite, and as two files it runs on both workers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { newContext, useSiteAndBrowser } from './harness';
import { axeViolations } from './axe';

/** Registers the audit of `pages` at one viewport. */
export function auditPagesAt(width: string, viewport: { width: number; height: number }, pages: string[]): void {
  const h = useSiteAndBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(h.browser, viewport);
  });

  describe(`accessibility at ${width} width`, () => {
    it('the audit reports a violation when there is one: an image without text, grey on white', async () => {
      const page = await context.newPage();
      await page.setContent(
        '<!doctype html><html lang="vi"><title>Kiểm tra</title><main><h1>Kiểm tra</h1>' +
          '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Chữ mờ</p></main></html>',
      );
      const found = await axeViolations(page);
      await page.close();
      expect(found.map((v) => v.split(' ')[0])).toEqual(['color-contrast', 'image-alt']);
    });

    it.each(pages)('%s has no axe violations', async (path) => {
      const page = await context.newPage();
      await page.goto(h.site.url(path));
      if (await page.$('[data-map-figure]')) await page.waitForSelector('[data-map-figure][data-ready]');
      const summary = await axeViolations(page);
      await page.close();
      expect(summary).toEqual([]);
    });
  });
}
