/**
 * Where a new area starts: a campaign with no month yet builds, and every page that would show
 * figures says plainly that none are published yet.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, newContext, useOwnBuild } from './harness';
import { assembleSiteData } from './site-data';

const h = useOwnBuild('empty', (dir) => {
  const data = assembleSiteData(join(dir, 'data'));
  writeFileSync(join(data, 'campaign.json'), JSON.stringify({ months: [] }));
  return data;
});

describe('a campaign with no month published', () => {
  it.each(['/', '/ban-do/', '/can-bo/', '/bao-chi/', '/du-lieu/', '/nhung/ban-do/', '/xa/2025-07/31012/'])(
    '%s builds and says no figures are published yet',
    async (path) => {
      const context = await newContext(h.browser, DESKTOP);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
      expect(await page.innerText('main')).toMatch(/Chưa có số liệu (nào )?(của đơn vị này )?được công bố/);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
