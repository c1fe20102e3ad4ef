/**
 * The press kit's copy buttons (what reaches the clipboard, and the confirmation next to each),
 * the unit and district landing pages (the month's figure against the target from the data, a
 * call to measure, trend labels that do not overlap on a phone) and the English page (lang,
 * hreflang both ways, its links, the figures from the data).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { DESKTOP, PHONE, newContext, useSiteAndBrowser } from './harness';
import { builtSiteRoot } from './pages';
import { loadSiteData } from '../../src/lib/data/load';
import { communeStatuses, summarise } from '../../src/lib/model/progress';
import { formatDate, formatMonth, formatNumber } from '../../src/lib/text/format';
import { nextFiguresExpected } from '../../src/lib/model/report-status';

const h = useSiteAndBrowser();
const { area, campaign, vintages } = loadSiteData();
const latest = campaign.months.at(-1)!;
const latestUnits = vintages.get(latest.vintage)!.units;
const summary = summarise(communeStatuses(area, latestUnits, latest));
const target = area.target.default;
const publicRoot = builtSiteRoot();

async function clipboardContext(): Promise<BrowserContext> {
  const context = await newContext(h.browser, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.site.root).origin });
  return context;
}

describe('press kit /bao-chi/', () => {
  it('copies the link, the embed code and the news text, each confirmed next to its button', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(h.site.url('/bao-chi/'));
    const buttons = page.locator('[data-copy] button[data-copy-target]');
    expect(await buttons.count()).toBe(3);
    const copied: Record<string, string> = {};
    for (let i = 0; i < 3; i++) {
      const button = buttons.nth(i);
      const targetId = (await button.getAttribute('data-copy-target'))!;
      await button.click();
      // The status is the button's sibling, inside the same [data-copy] wrapper.
      const status = button.locator('xpath=..').locator('[role="status"]');
      await expect.poll(() => status.textContent()).toMatch(/^Đã sao chép/);
      copied[targetId] = await page.evaluate(() => navigator.clipboard.readText());
    }
    await context.close();

    expect(copied['share-link']).toBe(`${publicRoot}ban-do/`);

    const embed = copied['embed-code']!;
    expect(embed.split('\n')).toHaveLength(1);
    const check = await newContext(h.browser);
    const parsed = await (
      await check.newPage()
    ).evaluate((html) => {
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      const frame = body.firstElementChild;
      return {
        elements: body.children.length,
        tag: frame?.tagName,
        text: body.textContent,
        src: frame?.getAttribute('src'),
        title: frame?.getAttribute('title'),
        width: frame?.getAttribute('width'),
        height: frame?.getAttribute('height'),
        reserialised: body.innerHTML,
      };
    }, embed);
    await check.close();
    expect(parsed).toMatchObject({ elements: 1, tag: 'IFRAME', text: '', src: `${publicRoot}nhung/ban-do/` });
    expect(parsed.title).toMatch(/i-Speed/);
    expect(parsed.width).toBeTruthy();
    expect(Number(parsed.height)).toBeGreaterThan(0);
    // Valid as written: the browser serialises it back to the same string.
    expect(parsed.reserialised).toBe(embed);

    const news = copied['tin-ngan-text']!;
    expect(news).toContain(formatMonth(latest.month));
    expect(news).toContain(`${formatNumber(summary.met)}/${formatNumber(summary.units)}`);
    expect(news).toContain(formatNumber(summary.samples));
    expect(news).toContain(`còn ${formatNumber(summary.units - summary.met)} đơn vị`);
    expect(news).not.toMatch(/\s{2}|\n/);
    const sentences = news.replace(/^\[[^\]]*\]\s*/, '').split(/(?<=\.)\s+(?=[A-ZÀ-Ỹ])/u);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
  });

  it('shows the share image as a preview with alt text', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url('/bao-chi/'));
    const img = page.locator('img[src$="/du-lieu/anh-chia-se.png"]');
    await img.scrollIntoViewIfNeeded();
    expect(await img.getAttribute('alt')).toContain(`${formatNumber(summary.met)}/${formatNumber(summary.units)}`);
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});

describe('unit landing page /xa/<vintage>/<code>/', () => {
  const counts = latest.counts.mobile;
  const below = latestUnits.units.find((u) => (counts[u.code] ?? Infinity) < target)!;
  const met = latestUnits.units.find((u) => (counts[u.code] ?? -1) >= target)!;

  it.each([
    ['below target', below, `còn thiếu ${formatNumber(target - (counts[below.code] ?? 0))} mẫu đo`],
    ['meeting target', met, 'đã đạt'],
  ])('gives the month’s figure against %s from the data', async (_, unit, expected) => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url(`/xa/${latest.vintage}/${unit.code}/`));
    const figure = (await page.locator('[data-unit-figure]').innerText()).replace(/\s+/g, ' ');
    expect(figure).toContain(`${formatNumber(counts[unit.code]!)} mẫu đo`);
    expect(figure).toContain(expected);
    expect(figure).toContain(`(tính đến ${formatDate(latest.asOf)})`);
    // The sources are one tap away, folded under the figure, not in a citizen's way.
    expect(await page.locator('[data-unit-sources] [data-data-source]').isVisible()).toBe(false);
    await page.click('[data-unit-sources] summary');
    expect(await page.locator('[data-unit-sources] [data-data-source]').innerText()).toContain(latest.source);
    expect(await page.locator('[data-unit-sources]').innerText()).toContain(`Mã đơn vị hành chính ${unit.code}`);
    // The fixture's area has Kiên Giang's reporting rhythm: the next month's figures are expected after its deadline.
    const next = nextFiguresExpected(area, latest.month);
    expect(next).toBeDefined();
    expect(await page.locator('[data-next-figures]').innerText()).toBe(next?.text);
    const call = await page.locator('[data-measure-call]').innerText();
    expect(call).toContain('CH Play');
    expect(call).toContain('App Store');
    expect(call).toMatch(/tìm “i-Speed”, nhà phát triển VNNIC/);
    expect(await page.locator('[data-measure-call] a[href$="/huong-dan/"]').count()).toBe(1);
    expect(await page.locator(`a[data-poster-link][href$="/in-an/${latest.vintage}/${unit.code}/"]`).count()).toBe(1);
    expect(await page.locator('[data-share] #share-link').inputValue()).toBe(
      `${publicRoot}xa/${latest.vintage}/${unit.code}/`,
    );
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('has trend labels that do not overlap and stay readable at 390 px', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url(`/xa/${latest.vintage}/${below.code}/`));
    const boxes = await page.locator('text[data-trend-label]').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    boxes.forEach((b, i) => {
      expect(b.height).toBeGreaterThanOrEqual(10);
      if (i > 0) expect(b.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    });
    await context.close();
  });

  it('asks a former unit’s visitors to measure where they are, without a poster', async () => {
    const old = vintages.get('2025-01')!.units.units[0]!;
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url(`/xa/2025-01/${old.code}/`));
    expect(await page.locator('[data-measure-call] h2').innerText()).toContain('nơi bạn ở');
    expect(await page.locator('a[data-poster-link]').count()).toBe(0);
    await context.close();
  });
});

describe('district page /huyen/<code>/', () => {
  it('says how many communes met the target and how many did not', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url('/huyen/899/'));
    const text = (await page.locator('[data-district-figure]').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/\d+\/\d+ xã đạt chỉ tiêu 300 mẫu đo/);
    expect(await page.locator('[data-measure-call]').count()).toBe(1);
    expect(await page.locator('[data-share]').count()).toBe(1);
    await context.close();
  });
});

describe('English page /en/', () => {
  it('is in English, pairs with the Vietnamese home page by hreflang, and gives the figures from the data', async () => {
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(h.site.url('/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const alternates = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((ls) =>
            ls.map((l): [string, string] => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
          ),
      );
    const expected = { vi: publicRoot, en: `${publicRoot}en/`, 'x-default': publicRoot };
    expect(await alternates()).toEqual(expected);
    const figures = (await page.locator('[data-en-figures]').innerText()).replace(/\s+/g, ' ');
    const en = new Intl.NumberFormat('en-GB');
    expect(figures).toContain(`${en.format(summary.met)} of ${en.format(summary.units)}`);
    expect(figures).toContain(en.format(summary.samples));
    const source = await page.locator('[data-en-source]').innerText();
    expect(source).toContain(latest.source);
    const frame = page.locator('main iframe');
    expect(await frame.getAttribute('src')).toBe(new URL(h.site.url('/nhung/ban-do/')).pathname);
    expect(await frame.getAttribute('title')).toBeTruthy();
    // Every link and the frame answer 200.
    const targets = await page
      .locator('main a[href], main iframe[src]')
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLIFrameElement).src));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const t of targets) {
      expect((await page.request.get(t)).status(), t).toBe(200);
    }
    // And back: the Vietnamese home page names the same pair.
    await page.goto(h.site.url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await alternates()).toEqual(expected);
    await context.close();
  });

  it('copies its one-line embed code and confirms in English', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(h.site.url('/en/'));
    await page.click('button[data-copy-target="embed-code-en"]');
    await expect.poll(() => page.locator('[data-copy] [role="status"]').textContent()).toBe('Embed code copied.');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(
      new RegExp(`^<iframe src="${publicRoot}nhung/ban-do/" title="[^"]+" width="100%" height="560"`),
    );
    expect(code.split('\n')).toHaveLength(1);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
    await context.close();
  });
});
