/**
 * The monthly summary /bao-cao/YYYY-MM/ printed by Chromium on A4, as an official would print it:
 * at most 4 pages for a month of the 48 new units (2025-08), at most 6 for a month of the 143 old
 * communes (2025-06); the map on page 1; the month and "Trang N/M" on every page. Also readable
 * on a 390 px phone without sideways scrolling, and the report status follows the deadline rule.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PHONE, newContext, useSiteAndBrowser } from './harness';

const h = useSiteAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'ispeed-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pdftotext (poppler-utils) reads the printed text; the page count needs no tool. */
function requirePdftotext(): void {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext is missing: install it (Debian: apt-get install -y poppler-utils); .ci/run does.');
  }
}

/** Pages of a PDF as Chromium (Skia) writes it: one `/Type /Page` object per page. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The text of one page (1-based) of a PDF file. */
function pageText(file: string, n: number): string {
  return execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
}

// A4 page content box in CSS px (96 px per inch): 210 × 297 mm less the margins of
// /bao-cao/in/YYYY-MM.css (14 mm top, 13 mm bottom, 11 mm each side).
const MM = 96 / 25.4;
const A4_CONTENT = { width: Math.floor((210 - 22) * MM), height: Math.floor((297 - 27) * MM) };

const cases = [
  { month: '2025-08', label: 'tháng 8/2025', maxPages: 4 },
  { month: '2025-06', label: 'tháng 6/2025', maxPages: 6 },
];

describe.each(cases)('printed summary of $month', ({ month, label, maxPages }) => {
  const file = join(dir, `${month}.pdf`);
  let pages = 0;

  it(`prints on A4 in at most ${maxPages} pages`, async () => {
    const context = await newContext(h.browser);
    const page = await context.newPage();
    await page.goto(h.site.url(`/bao-cao/${month}/`), { waitUntil: 'networkidle' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await context.close();
    writeFileSync(file, pdf);
    pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(maxPages);
  });

  it('page 1 holds the title, figures, source; every page the month and "Trang N/M"', () => {
    requirePdftotext();
    const first = pageText(file, 1);
    expect(first).toContain(`Tổng hợp số mẫu đo i-Speed ${label}`);
    expect(first).toContain('Đơn vị cấp xã đạt 300 mẫu');
    expect(first).toContain('Số liệu tính đến ngày');
    expect(first).toContain('Nguồn:');
    for (let n = 1; n <= pages; n++) {
      const text = pageText(file, n);
      expect(text, `page ${n}`).toContain(`Trang ${n}/${pages}`);
      expect(text, `page ${n}`).toContain(`Số mẫu đo i-Speed ${label}`);
    }
  });

  it('lays the map out within the first page in print media', async () => {
    const context = await newContext(h.browser, A4_CONTENT);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(h.site.url(`/bao-cao/${month}/`));
    const box = await page.locator('[data-print-map] svg[data-map-svg]').boundingBox();
    await context.close();
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThan(200);
    expect(box!.y + box!.height).toBeLessThanOrEqual(A4_CONTENT.height);
  });

  it('reads on a 390 px phone without sideways scrolling', async () => {
    const context = await newContext(h.browser, PHONE);
    const page = await context.newPage();
    await page.goto(h.site.url(`/bao-cao/${month}/`));
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('report status on the summary', () => {
  it('marks each reporting unit with a symbol and a label, by the deadline of the letter', async () => {
    const context = await newContext(h.browser);
    const page = await context.newPage();
    // 2025-06: districts report; the fixture's only report (899) came on 09/07/2025, before the 10th.
    await page.goto(h.site.url('/bao-cao/2025-06/'));
    const items = (await page.locator('[data-report-status] li').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toHaveLength(15);
    expect(items.find((t) => t.includes('Thành phố Rạch Giá'))).toMatch(
      /^✓ Thành phố Rạch Giá: Đúng hạn, 09\/07\/2025/,
    );
    expect(items.filter((t) => /✗.*Chưa nhận/.test(t))).toHaveLength(14);
    // 2025-08: communes report; 31012 reported on 08/09/2025, the other 47 did not.
    await page.goto(h.site.url('/bao-cao/2025-08/'));
    expect((await page.locator('[data-report-counts]').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /✓ đúng hạn 1 · ! trễ hạn 0 · ✗ chưa nhận 47/,
    );
    expect(await page.locator('td[data-state="on-time"]').count()).toBe(1);
    expect(await page.locator('td[data-state="missing"]').count()).toBe(47);
    await context.close();
  });
});
