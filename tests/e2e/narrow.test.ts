/**
 * The site on a commune official's phone. At 320 px no page of any template scrolls sideways and
 * every destination of the header is reachable: in view, or behind the one "Danh mục" menu, which
 * opens from the keyboard without JavaScript. At 360 and 390 px every value of every table row is
 * on the screen, under its column's name, and the tables stay tables for screen readers. And
 * English is one link away from every page, where the figures are dated in English.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, newContext, useSiteAndBrowser } from './harness';
import { loadsScript, onePerTemplate } from './pages';
import { NAV } from '../../src/config/site';
import { loadSiteData } from '../../src/lib/data/load';

const h = useSiteAndBrowser();
const NARROW = { width: 320, height: 640 } as const;
/** Pages drawn without the site's header and footer: the embed, and /en/ with its own. */
const BARE = new Set(['/en/', '/nhung/ban-do/']);

const { area, campaign } = loadSiteData();
/** The latest month of a vintage; fails loudly when the fixture lacks one. */
function lastMonthOf(vintage: string | undefined) {
  const month = campaign.months.filter((m) => m.vintage === vintage).at(-1);
  if (!month) throw new Error(`the e2e fixture has no month on the ${vintage} units: see tests/fixtures/site`);
  return month;
}
// The first vintage has districts (its months show the district table); the last one does not.
const oldMonth = lastMonthOf(area.vintages[0]?.id).month;
const newMonth = lastMonthOf(area.vintages.at(-1)?.id).month;

/** A site path as the built pages write it in href (with the base). */
const hrefOf = (path: string) => new URL(h.site.url(path)).pathname;

async function open(path: string, viewport: { width: number; height: number }, javaScript = true): Promise<Page> {
  const context = await newContext(h.browser, viewport, javaScript);
  const page = await context.newPage();
  expect((await page.goto(h.site.url(path)))?.status(), path).toBeLessThan(500);
  if (javaScript && (await page.$('[data-map-figure]'))) await page.waitForSelector('[data-map-figure][data-ready]');
  return page;
}

/**
 * How wide the document is, and when wider than the screen, the elements that stick out on the
 * right (those inside a scrolling or clipping box do not widen the page).
 */
function measureWidth(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}> ` +
      `"${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    // Elements reaching past the screen, by their box or by content overflowing it (a long word).
    const past = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      const spills = r.left + el.scrollWidth > vw + 0.5 && getComputedStyle(el).overflowX === 'visible';
      return (r.right > vw + 0.5 || spills) && !clipped(el);
    });
    // The innermost of them name the cause; their parent says where it is.
    const culprits = past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 10)
      .map((el) => `${el.parentElement ? describe(el.parentElement) : ''} > ${describe(el)}`);
    return { width: document.documentElement.scrollWidth, culprits };
  });
}

/** Paths of the header's links a person can see now: displayed, with a size, within the screen's width. */
function headerLinksInView(page: Page): Promise<string[]> {
  return page.$$eval('body > header a[href]', (links) =>
    links
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return a.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.left >= 0 && r.right <= innerWidth;
      })
      .map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

const destinations = () => [...NAV.map((item) => hrefOf(item.href)), hrefOf('/en/')];

describe('every template at 320 px', () => {
  const pages = onePerTemplate({ perVintage: true });

  it('the sample has a page of each template and of each vintage', () => {
    for (const t of [
      /^\/$/,
      /^\/ban-do\/$/,
      /^\/xa\/2025-01\/\d+\/$/,
      /^\/xa\/2025-07\/\d+\/$/,
      /^\/huyen\/\d+\/$/,
      /^\/bao-cao\/\d{4}-\d{2}\/$/,
      /^\/huong-dan\/$/,
      /^\/huong-dan\/[^/]+\/$/,
      /^\/bao-chi\/$/,
      /^\/can-bo\/$/,
      /^\/du-lieu\/$/,
      /^\/gioi-thieu\/$/,
      /^\/en\/$/,
      /^\/nhung\/ban-do\/$/,
      /^\/in-an\/$/,
      /^\/in-an\/\d{4}-\d{2}\/\d+\/$/,
      /^\/404\.html$/,
    ]) {
      expect(
        pages.some((p) => t.test(p)),
        String(t),
      ).toBe(true);
    }
    for (const month of [oldMonth, newMonth]) {
      const vintage = campaign.months.find((m) => m.month === month)?.vintage;
      const ofVintage = campaign.months.filter((m) => m.vintage === vintage).map((m) => `/ban-do/${m.month}/`);
      expect(
        pages.some((p) => ofVintage.includes(p)),
        `a map month on the ${vintage} units`,
      ).toBe(true);
    }
  });

  // Without JavaScript every page; with it, the pages that load a script (the others are the same).
  for (const javaScript of [true, false]) {
    it.each(javaScript ? pages.filter(loadsScript) : pages)(
      `%s fits, and its header reaches every destination (JavaScript ${javaScript ? 'on' : 'off'})`,
      async (path) => {
        const page = await open(path, NARROW, javaScript);
        const fit = await measureWidth(page);
        expect(fit.culprits, 'elements wider than the screen').toEqual([]);
        expect(fit.width).toBeLessThanOrEqual(NARROW.width);
        if (!BARE.has(path)) {
          // The English link is in the footer of every page, in view without opening anything.
          const english = page.locator(`footer a[href="${hrefOf('/en/')}"][lang="en"][hreflang="en"]`);
          expect(await english.innerText()).toBe('English');
          await english.scrollIntoViewIfNeeded();
          expect(await english.isVisible()).toBe(true);
          // Destinations: in view, or in view once the one menu is opened from the keyboard.
          const before = await headerLinksInView(page);
          if (!destinations().every((d) => before.includes(d))) {
            await page.focus('body > header details > summary');
            await page.keyboard.press('Enter');
          }
          expect(await headerLinksInView(page)).toEqual(expect.arrayContaining(destinations()));
          expect((await measureWidth(page)).width).toBeLessThanOrEqual(NARROW.width);
        }
        await page.context().close();
      },
    );
  }
});

describe('the header', () => {
  it('on a phone, is one "Danh mục" menu: a 44 px target, focus visible, opened by Enter without JavaScript', async () => {
    const page = await open('/', NARROW, false);
    // Closed, no destination but the home link (the site's name) is in view.
    expect(await headerLinksInView(page)).toEqual([hrefOf('/')]);
    const summary = page.locator('body > header details > summary');
    expect((await summary.innerText()).trim()).toBe('Danh mục');
    const box = await summary.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    // Keyboard: skip link, site name, then the menu.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('body > header details', 'open')).toBe('');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(first).pathname).toBe(destinations()[0]);
    // One navigation landmark, whose row of links is not displayed on a phone.
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(1);
    await page.context().close();
  });

  it('on a desktop, is the row of links as before: every destination in view, no menu', async () => {
    const page = await open('/ban-do/', DESKTOP);
    expect(await headerLinksInView(page)).toEqual(expect.arrayContaining(destinations()));
    expect(await page.locator('body > header details > summary').isVisible()).toBe(false);
    expect(await page.getAttribute(`body > header a[href="${hrefOf('/ban-do/')}"]:visible`, 'aria-current')).toBe(
      'page',
    );
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(1);
    await page.context().close();
  });
});

/**
 * Every cell of every body row that is not fully on the screen: outside the screen's width, cut by
 * a scrolling or clipping box, or wider than its own box. And every data cell whose label (shown
 * on a phone) is not its column's header.
 */
function rowProblems(page: Page, table: string): Promise<string[]> {
  return page.$eval(table, (t) => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const headers = [...t.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
    for (const row of t.querySelectorAll('tbody tr')) {
      const name = (row.querySelector('th')?.textContent ?? '').trim();
      [...row.children].forEach((cell, i) => {
        const r = cell.getBoundingClientRect();
        const where = `${name}, ${headers[i]}`;
        if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > vw + 0.5) problems.push(`${where}: off screen`);
        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${where}: wider than its box`);
        for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement) {
          const box = a.getBoundingClientRect();
          if (getComputedStyle(a).overflowX !== 'visible' && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
            problems.push(`${where}: cut by <${a.tagName.toLowerCase()}>`);
        }
        if (cell.tagName === 'TD') {
          const label = (cell as HTMLElement).dataset['label'];
          const shown = getComputedStyle(cell, '::before').display !== 'none';
          if (label !== headers[i] || !shown) problems.push(`${where}: labelled "${label ?? ''}"`);
        }
      });
    }
    return problems;
  });
}

const tables = [
  { what: `the commune table of ${newMonth}`, path: `/ban-do/${newMonth}/`, table: '#bang-xa table' },
  {
    what: `the district table of ${oldMonth}`,
    path: `/ban-do/${oldMonth}/`,
    table: '[data-month-region="districts"] table',
  },
];

describe('tables on a phone', () => {
  for (const width of [360, 390]) {
    for (const javaScript of [true, false]) {
      it.each(tables)(
        `at ${width} px (JavaScript ${javaScript ? 'on' : 'off'}), every value of $what is on the screen under its column's name`,
        async ({ path, table }) => {
          const page = await open(path, { width, height: 800 }, javaScript);
          expect(await page.locator(`${table} tbody tr`).count()).toBeGreaterThan(0);
          expect(await rowProblems(page, table)).toEqual([]);
          expect((await measureWidth(page)).width).toBeLessThanOrEqual(width);
          await page.context().close();
        },
      );
    }
  }

  it.each(tables.flatMap((t) => [true, false].map((javaScript) => ({ ...t, javaScript }))))(
    '$what stays a table for screen readers at 360 px, its cells named by their values alone (JavaScript $javaScript)',
    async ({ path, table, javaScript }) => {
      const page = await open(path, { width: 360, height: 800 }, javaScript);
      const cdp = await page.context().newCDPSession(page);
      /** Roles and names Chromium's accessibility tree gives the element's subtree, for one role. */
      const query = async (selector: string, role: string): Promise<string[]> => {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector(${JSON.stringify(selector)})`,
        });
        if (!result.objectId) throw new Error(`no ${selector} on ${path}`);
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, role });
        return nodes.map((n) => String(n.name?.value ?? '').trim());
      };
      const headers = await page.$$eval(`${table} thead th`, (ths) => ths.map((th) => (th.textContent ?? '').trim()));
      const firstRow = `${table} tbody tr`;
      const values = await page.$$eval(`${firstRow}:first-child td`, (tds) =>
        tds.map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      expect(await query(table, 'table')).toHaveLength(1);
      expect(await query(table, 'columnheader')).toEqual(headers);
      expect(await query(table, 'rowheader')).toHaveLength(await page.locator(`${table} tbody tr`).count());
      expect((await query(`${firstRow}:first-child`, 'cell')).map((n) => n.replace(/\s+/g, ' '))).toEqual(values);
      await page.context().close();
    },
  );
});

describe('sorting', () => {
  it.each([DESKTOP, { width: 390, height: 800 }])(
    'the commune table sorts by a column header at $width px',
    async (viewport) => {
      const page = await open(`/ban-do/${newMonth}/`, viewport);
      const header = page.locator('#bang-xa thead th', { hasText: 'Số mẫu' });
      await header.locator('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      const counts = await page.$$eval('#bang-xa tbody [data-cell="count"]', (tds) =>
        tds.map((td) => Number((td as HTMLElement).dataset['sort'])),
      );
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(new Set(counts).size).toBeGreaterThan(1);
      await page.context().close();
    },
  );
});

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('English', () => {
  it('/en/ dates its figures in English and says the source is in Vietnamese', async () => {
    const latest = campaign.months.at(-1)!;
    const [year, month, day] = latest.asOf.split('-').map(Number);
    const page = await open('/en/', NARROW);
    const line = (await page.innerText('[data-en-source]')).replace(/\s+/g, ' ');
    expect(line).toContain(`as of ${day} ${EN_MONTHS[(month ?? 0) - 1]} ${year}`);
    expect(line).toContain(`source (in Vietnamese): ${latest.source}`);
    expect(line.replace(latest.source, '')).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|tháng/i);
    expect(await page.innerText('[data-en-source] [lang="vi"]')).toBe(latest.source);
    // And back to Vietnamese.
    expect(await page.getAttribute('a[hreflang="vi"]', 'href')).toBe(hrefOf('/'));
    await page.context().close();
  });
});
