/**
 * The embeddable map (/nhung/ban-do/ and /nhung/ban-do/YYYY-MM/) in the two frame sizes news sites
 * use: everything a reader needs (map, legend, source, link back) is inside the frame without
 * scrolling. Also: each month's map page names its own share card as Open Graph image, and a
 * unit name with markup in it stays text.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newContext, useSiteAndBrowser } from './harness';
import { loadSiteData } from '../../src/lib/data/load';
import { builtSiteRoot } from './pages';

const h = useSiteAndBrowser();
const { campaign, vintages } = loadSiteData();
const months = campaign.months.map((m) => m.month);
const FRAMES = [
  { width: 600, height: 450 },
  { width: 360, height: 450 },
] as const;
/** Set SCREENSHOT_DIR to keep a picture of each embed at each frame size. */
const shots = process.env['SCREENSHOT_DIR'];

describe.each(FRAMES)('the embed in a $width×$height frame', (frame) => {
  it.each(['/nhung/ban-do/', ...months.map((m) => `/nhung/ban-do/${m}/`)])(
    '%s shows map, legend, source and link back without scrolling',
    async (path) => {
      const context = await newContext(h.browser, frame);
      const page = await context.newPage();
      expect((await page.goto(h.site.url(path)))?.status()).toBe(200);
      const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(documentHeight).toBeLessThanOrEqual(frame.height);
      for (const selector of ['[data-map-svg]', '[data-embed-legend]', '[data-embed-source]', '[data-embed-link]']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.y, selector).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, selector).toBeLessThanOrEqual(frame.height);
        expect(box!.x + box!.width, selector).toBeLessThanOrEqual(frame.width);
      }
      // The map keeps a useful size: at least a third of the frame's height.
      expect((await page.locator('[data-map-svg]').boundingBox())!.height).toBeGreaterThan(frame.height / 3);
      expect(await page.$$eval('[data-embed-legend] li', (li) => li.length)).toBe(5);
      expect(await page.getAttribute('[data-embed-link]', 'target')).toBe('_top');
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: `${shots}/embed-${frame.width}x${frame.height}${path.replace(/\//g, '_')}.png` });
      }
      await context.close();
    },
  );
});

describe('a unit name with markup in it', () => {
  const hostile = [...vintages.values()]
    .flatMap((v) => v.units.units.map((u) => ({ vintage: v.vintage.id, unit: u })))
    .find((u) => u.unit.name.includes('<img'));
  const month = campaign.months.find((m) => m.vintage === hostile?.vintage);

  it('is in the fixture', () => {
    expect(hostile?.unit.code).toBe('31105');
    expect(month).toBeDefined();
  });

  it('shows as text in the embed, never as an element', async () => {
    const context = await newContext(h.browser, FRAMES[0]);
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(h.site.url(`/nhung/ban-do/${month!.month}/`));
    expect(await page.$$eval('img', (i) => i.length)).toBe(0);
    const title = await page.textContent(`[data-map-svg] path[data-code="${hostile!.unit.code}"] title`);
    expect(title).toContain(hostile!.unit.name);
    expect(dialogs).toBe(0);
    await context.close();
  });
});

describe('Open Graph image of each month', () => {
  const root = builtSiteRoot();
  it.each(months)('/ban-do/%s/ names its own share card, and the card is built', (m) => {
    const html = readFileSync(`dist/ban-do/${m}/index.html`, 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBe(`${root}du-lieu/anh-chia-se-${m}.png`);
    expect(existsSync(`dist/du-lieu/anh-chia-se-${m}.png`)).toBe(true);
    const embed = readFileSync(`dist/nhung/ban-do/${m}/index.html`, 'utf8');
    expect(embed).toContain(`content="${root}du-lieu/anh-chia-se-${m}.png"`);
  });

  it('the latest card and every press PNG are built too', () => {
    expect(existsSync('dist/du-lieu/anh-chia-se.png')).toBe(true);
    for (const m of months) expect(existsSync(`dist/du-lieu/ban-do-${m}.png`)).toBe(true);
  });
});

describe('share box of each month', () => {
  const root = builtSiteRoot();
  const textOf = (html: string, id: string) =>
    new RegExp(`<textarea id="${id}"[^]*?>([^<]*)</textarea>`).exec(html)?.[1]?.replaceAll('&quot;', '"') ?? '';
  it.each(months)(
    "/ban-do/%s/ hands out that month's link, embed code and share image; the latest too, said so",
    (m) => {
      const html = readFileSync(`dist/ban-do/${m}/index.html`, 'utf8');
      expect(html).toMatch(new RegExp(`id="share-link"[^>]*value="${root}ban-do/${m}/"`));
      expect(textOf(html, 'embed-code')).toContain(`src="${root}nhung/ban-do/${m}/"`);
      expect(textOf(html, 'embed-code-latest')).toContain(`src="${root}nhung/ban-do/"`);
      expect(html).toContain('Mã nhúng luôn hiển thị tháng mới nhất');
      expect(html).toContain(`href="${root.replace(/^https?:\/\/[^/]+/, '')}du-lieu/anh-chia-se-${m}.png"`);
    },
  );
});
