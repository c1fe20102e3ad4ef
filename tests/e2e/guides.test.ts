/**
 * Every guide renders as a citizen on a cheap phone would see it, without JavaScript: its title,
 * numbered steps, illustrations that load and describe themselves, and a way on to the next guide.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { PHONE, newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();

const guides = readdirSync('src/content/guides').map((file) => {
  const text = readFileSync(`src/content/guides/${file}`, 'utf8');
  const meta = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title: string; order: number };
  return { slug: file.replace(/\.md$/, ''), ...meta, images: (text.match(/!\[/g) ?? []).length };
});
const last = Math.max(...guides.map((g) => g.order));

describe.each(guides)('guide $slug', (guide) => {
  it('renders its title, numbered steps and illustrations at 390 px without JavaScript', async () => {
    const context = await newContext(h.browser, PHONE, false);
    const page = await context.newPage();
    const response = await page.goto(h.site.url(`/huong-dan/${guide.slug}/`), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect((await page.textContent('h1'))?.trim()).toBe(guide.title);
    expect(await page.$$eval('.steps ol > li', (items) => items.length)).toBeGreaterThanOrEqual(3);
    const images = await page.$$eval('.steps img', (imgs) =>
      imgs.map((img) => ({ loaded: (img as HTMLImageElement).naturalWidth > 0, alt: img.getAttribute('alt') ?? '' })),
    );
    expect(images).toHaveLength(guide.images);
    for (const img of images) {
      expect(img.loaded).toBe(true);
      expect(img.alt.length).toBeGreaterThan(10);
    }
    // Nothing is wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    if (guide.order < last) expect(await page.$('a[rel="next"]')).not.toBeNull();
    await context.close();
  });
});
