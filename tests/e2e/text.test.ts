/**
 * The words on the page are separated as written: no word glued to a number or a date by the
 * HTML minifier ("hạn ngày10/07/2025"), no breadcrumb arrow glued to the next name.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/load';
import { hasIllustrative } from '../../src/lib/progress';

const h = useSiteAndBrowser();

describe('visible text', () => {
  it.each(['/', '/ban-do/', '/can-bo/', '/huyen/899/', '/xa/30742/', '/bao-cao/2025-06/', '/bao-chi/'])(
    '%s has no glued words',
    async (path) => {
      const context = await newContext(h.browser, DESKTOP);
      const page = await context.newPage();
      await page.goto(h.site.url(path));
      const text = await page.innerText('main');
      expect(text.match(/[a-zà-ỹ]\d{1,2}\/\d{2}\/\d{4}/g)).toBeNull();
      expect(text.match(/›\S/g)).toBeNull();
      expect(text.match(/[a-zà-ỹ],\d/g)).toBeNull();
      await context.close();
    },
  );
});

// The shipped data is illustrative; once real months are imported the banner must go.
const illustrative = hasIllustrative(loadSiteData('data').campaign);

describe('illustrative data', () => {
  it.each([
    '/',
    '/ban-do/',
    '/ban-do/2024-07/',
    '/huyen/899/',
    '/xa/30742/',
    '/bao-cao/2025-06/',
    '/can-bo/',
    '/bao-chi/',
    '/du-lieu/',
    '/nhung/ban-do/',
  ])('%s, which shows figures, says whether they are official', async (path) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url(path));
    if (illustrative) expect(await page.innerText('[role="note"]')).toContain('không phải số liệu chính thức');
    else expect(await page.$('[role="note"]')).toBeNull();
    await context.close();
  });
});
