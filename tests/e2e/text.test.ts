/**
 * The words on the page are separated as written: no word glued to a number or a date by the
 * HTML minifier ("hạn ngày10/07/2025"), no breadcrumb arrow glued to the next name, no word said
 * twice where two templates meet ("đến tháng tháng 6/2025").
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/data/load';
import { hasIllustrative } from '../../src/lib/model/progress';

const h = useSiteAndBrowser();
const latest = loadSiteData().campaign.months.at(-1)?.month ?? 'none';

describe('visible text', () => {
  it.each(['/', '/ban-do/', '/can-bo/', '/huyen/899/', '/xa/2025-07/30742/', `/bao-cao/${latest}/`, '/bao-chi/'])(
    '%s has no glued words',
    async (path) => {
      const context = await newContext(h.browser, DESKTOP);
      const page = await context.newPage();
      expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
      const text = await page.innerText('main');
      expect(text.match(/[a-zà-ỹ]\d{1,2}\/\d{2}\/\d{4}/g)).toBeNull();
      expect(text.match(/›\S/g)).toBeNull();
      expect(text.match(/[a-zà-ỹ],\d/g)).toBeNull();
      // A word said twice by two templates meeting ("đến tháng tháng 6/2025").
      expect(text.match(/(?<!\p{L})(tháng|ngày|xã|của|và|mẫu|số liệu) \1(?!\p{L})/giu)).toBeNull();
      await context.close();
    },
  );
});

// The fixture mixes one illustrative month with real ones: the banner must show.
const { campaign } = loadSiteData();
const illustrative = hasIllustrative(campaign);
const months = campaign.months.map((m) => m.month);

describe('illustrative data', () => {
  it.each([
    '/',
    '/ban-do/',
    ...months.map((m) => `/ban-do/${m}/`),
    '/huyen/899/',
    '/xa/2025-01/30742/',
    '/xa/2025-07/30742/',
    ...months.map((m) => `/bao-cao/${m}/`),
    '/can-bo/',
    '/bao-chi/',
    '/du-lieu/',
  ])('%s, which shows figures, says whether they are official', async (path) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    // A 404 page has no banner either: the page must exist for the check to mean anything.
    expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
    expect(illustrative).toBe(true);
    expect(await page.innerText('[role="note"]')).toContain('không phải số liệu chính thức');
    await context.close();
  });

  it('the embed shows the latest month alone, and carries the banner exactly when that month is illustrative', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    expect((await page.goto(h.site.url('/nhung/ban-do/')))?.status()).toBe(200);
    const latestIsIllustrative = campaign.months.at(-1)?.illustrative ?? false;
    expect((await page.$('[role="note"]')) !== null).toBe(latestIsIllustrative);
    await context.close();
  });
});
