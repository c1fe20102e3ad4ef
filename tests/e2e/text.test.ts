/**
 * The words on the page are separated as written: no word glued to a number or a date by the
 * HTML minifier ("hạn ngày10/07/2025"), no breadcrumb arrow glued to the next name.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';

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
