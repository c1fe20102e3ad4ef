/**
 * No request leaves the machine: every request a page makes (scripts, styles, geometry, images,
 * fonts) goes to the site's own origin, and none of them fails. Also checks the console stays clean.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

describe('requests', () => {
  it.each(['/', '/ban-do/', '/huong-dan/cai-dat-android/', '/bao-chi/', '/in-an/2025-07/30742/', '/nhung/ban-do/'])(
    '%s requests nothing outside its own origin, and nothing fails',
    async (path) => {
      const context = await newContext(h.browser, DESKTOP);
      const page = await context.newPage();
      const requests: string[] = [];
      const failures: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await page.goto(h.site.url(path), { waitUntil: 'networkidle' });
      const origin = new URL(h.site.root).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
      expect(
        requests.every((u) => u.startsWith('data:') || new URL(u).pathname.startsWith(new URL(h.site.root).pathname)),
      ).toBe(true);
      expect(failures).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
