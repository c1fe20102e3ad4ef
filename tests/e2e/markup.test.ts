/**
 * Text from data reaches the page only as text: a district report, a commune report and a unit
 * name written with markup (tests/fixtures/site) are shown as written and never run.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { MARKUP_REPORT, MARKUP_UNIT } from '../fixtures/site/make-site-fixture';

const h = useSiteAndBrowser();

describe('text from data with markup', () => {
  it.each([
    ['a district report', '/huyen/899/', MARKUP_REPORT],
    ['a commune report', '/xa/2025-07/31012/', MARKUP_REPORT],
    ['a unit name, on its page', `/xa/${MARKUP_UNIT.vintage}/${MARKUP_UNIT.code}/`, MARKUP_UNIT.name],
    ['a unit name, in the map table', '/ban-do/', MARKUP_UNIT.name],
    ['a unit name, on the officials page', '/can-bo/', MARKUP_UNIT.name],
  ])('%s is shown as text on %s', async (_what, path, text) => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await page.innerText('main')).toContain(text);
    expect(await page.$('main b')).toBeNull();
    expect(await page.$('main img[src="x"]')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    await context.close();
  });
});
