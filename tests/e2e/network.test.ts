/**
 * One page of every template that loads a script (map, map of a month, commune, district, guide,
 * press kit, staff page…), in Chromium with JavaScript on: no request leaves the site's
 * origin or its base path, none fails, the console stays clean, and Chromium reports no violation
 * of the Content Security Policy. Without JavaScript a page does only what its HTML says: that is
 * checked for every page, more cheaply, by the crawl in links.test.ts (same-host resources that
 * answer 200, nothing a strict CSP blocks).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { loadsScript, onePerTemplate } from './pages';

const h = useSiteAndBrowser();

interface Seen {
  requests: string[];
  failures: string[];
  consoleErrors: string[];
}

/** Records what a page does; CSP violations show up as console errors in both modes. */
async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { requests: [], failures: [], consoleErrors: [] };
  // With JavaScript on, the page's own violation events are logged too (they name the directive).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => seen.failures.push(`failed ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) seen.consoleErrors.push(m.text());
  });
  return seen;
}

describe('requests, console and Content Security Policy', () => {
  it('the sample covers every template', () => {
    const sample = onePerTemplate();
    const templates = [
      /^\/$/,
      /^\/ban-do\/$/,
      /^\/ban-do\/\d{4}-\d{2}\/$/,
      /^\/xa\/\d{4}-\d{2}\/\d+\/$/,
      /^\/huyen\/\d+\/$/,
      /^\/bao-cao\/\d{4}-\d{2}\/$/,
      /^\/huong-dan\/[^/]+\/$/,
      /^\/bao-chi\/$/,
      /^\/in-an\/\d{4}-\d{2}\/\d+\/$/,
      /^\/in-an\/\d{4}-\d{2}\/\d+\/to-roi\/$/,
      /^\/nhung\/ban-do\/$/,
      /^\/du-lieu\/$/,
      /^\/404\.html$/,
    ];
    // The pages with the most script among those run with JavaScript on.
    expect(sample.filter(loadsScript)).toEqual(expect.arrayContaining(['/ban-do/', '/can-bo/cap-nhat/']));
    for (const t of templates)
      expect(
        sample.some((p) => t.test(p)),
        String(t),
      ).toBe(true);
  });

  it('the check sees a violation', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    const seen = await watch(page);
    await page.route('http://control.test/', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'self'"><title>t</title><p style="color:red">x</p>`,
      }),
    );
    await page.goto('http://control.test/');
    expect(seen.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });

  it.each(onePerTemplate().filter(loadsScript))('%s', async (path) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(h.site.url(path), { waitUntil: 'networkidle' });
    if ((await page.locator('[data-map-tools]').count()) > 0) {
      // Use the interactive map a little: zooming loads Leaflet, which styles through the CSSOM.
      await page.click('[data-map-tools] [data-zoom="in"]');
      await page.locator('[data-map-figure][data-zoom-ready]').waitFor();
      await page.locator('[data-map-svg] path[data-code]').first().hover();
      await page.keyboard.press('Tab');
    }
    const origin = new URL(h.site.root).origin;
    const basePath = new URL(h.site.root).pathname;
    expect(seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(seen.requests.filter((u) => !u.startsWith('data:') && !new URL(u).pathname.startsWith(basePath))).toEqual(
      [],
    );
    expect(seen.failures).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    await context.close();
  });
});
