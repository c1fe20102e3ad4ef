/**
 * The staff page (/can-bo/cap-nhat/) driven through its file input in Chromium, against the e2e
 * site's published data: a clean file shows its month and downloads the very bytes the command
 * writes for the same file, data and time; refused files list the command's problems; files that
 * are not spreadsheets, too large or an expanding .xlsx get the page's own message; nothing leaves
 * the computer; the first load keeps its budget; axe finds nothing, before and after a check.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli/import';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';
import { PAGE_CONTROLS } from '../../src/client/staff/controls';
import { DESKTOP, PHONE, newContext, serveSite, transferGzip, useSiteAndBrowser } from './harness';
import { axeViolations } from './axe';
import { IMPORT_FIXTURES, STAFF_NOW, chooseStaffFile } from './staff-page';
import { TEST_DATA_DIR } from './site-data';

const h = useSiteAndBrowser();
const PATH = '/can-bo/cap-nhat/';
const FIRST_LOAD_BUDGET = 60 * 1024;

const work = mkdtempSync(join(tmpdir(), 'staff-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What `npm run import` prints and writes for `file` on the e2e site's data at STAFF_NOW. */
async function cli(
  file: string,
  args: string[] = [],
  from = IMPORT_FIXTURES,
): Promise<{ code: number; out: string[]; err: string[]; written: string }> {
  const dir = mkdtempSync(join(work, 'ws-'));
  mkdirSync(join(dir, 'data/vintages/2025-01'), { recursive: true });
  mkdirSync(join(dir, 'data/vintages/2025-07'), { recursive: true });
  for (const f of ['area.json', 'campaign.json', 'vintages/2025-01/units.json', 'vintages/2025-07/units.json']) {
    copyFileSync(join(TEST_DATA_DIR, f), join(dir, 'data', f));
  }
  copyFileSync(join(from, file), join(dir, file));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([file, ...args], {
    now: STAFF_NOW,
    cwd: dir,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err, written: readFileSync(join(dir, 'data/campaign.json'), 'utf8') };
}

/**
 * The command's text as the page words it: its controls where the command names its flags, and
 * the published data where the command names the data file (the page names no repository path).
 */
function asPage(text: string): string {
  const keys = (Object.keys(CLI_CONTROLS) as Array<keyof typeof CLI_CONTROLS>).sort(
    (a, b) => CLI_CONTROLS[b].length - CLI_CONTROLS[a].length,
  );
  const pattern = (cli: string): RegExp =>
    new RegExp(cli.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace('\\{vintage\\}', '\\d{4}-\\d{2}'), 'gu');
  return keys.reduce(
    (t, k) => t.replace(pattern(CLI_CONTROLS[k]), PAGE_CONTROLS[k]),
    text.split('data/campaign.json').join(PAGE_CONTROLS.data),
  );
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests made after the page and its assets had loaded. */
  later: string[];
}

async function open(viewport: { width: number; height: number } = DESKTOP): Promise<Opened> {
  const context = await newContext(h.browser, viewport);
  const page = await context.newPage();
  await page.clock.setFixedTime(STAFF_NOW);
  await page.goto(h.site.url(PATH), { waitUntil: 'networkidle' });
  const later: string[] = [];
  context.on('request', (r) => later.push(`${r.method()} ${r.url()}`));
  // A unit of the e2e data is named like markup: were it ever parsed as HTML, this would fire.
  page.on('dialog', (d) => {
    later.push(`DIALOG ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, later };
}

describe('the staff page', () => {
  it('keeps its first load within 60 KB (gzip)', async () => {
    const bytes = await transferGzip(h.browser, h.site, PATH);
    console.log(`staff page first load: ${bytes} bytes gzip`);
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('shows the picture of a guide step only when asked, each at the size it declares', async () => {
    const { context, page, later } = await open(PHONE);
    const shots = page.locator('.staff-shot');
    expect(await shots.count()).toBe(3);
    expect(later.filter((r) => r.endsWith('.jpg'))).toEqual([]);
    for (const shot of await shots.all()) {
      await shot.locator('summary').click();
      const size = await shot.locator('img').evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        return [
          img.naturalWidth,
          img.naturalHeight,
          Number(img.getAttribute('width')),
          Number(img.getAttribute('height')),
        ];
      });
      expect(size.slice(0, 2)).toEqual(size.slice(2));
      expect(await shot.locator('figcaption').textContent()).toContain('số liệu kiểm thử');
    }
    expect(later.filter((r) => r.endsWith('.jpg'))).toHaveLength(3);
    await context.close();
  });

  it('previews a clean file and downloads the bytes the command writes', async () => {
    const { context, page, later } = await open();
    // On the e2e data a unit is renamed to markup: the names with diacritics would be refused there.
    const file = 'warn-no-diacritics.csv';
    const status = await chooseStaffFile(page, file);
    expect(status).toMatch(/hợp lệ: không có lỗi/u);
    const expected = await cli(file);
    expect(expected.code).toBe(0);
    const month = (
      JSON.parse(expected.written) as { months: Array<{ month: string; counts: { mobile: Record<string, number> } }> }
    ).months.find((m) => m.month === '2025-09');
    const total = Object.values(month?.counts.mobile ?? {}).reduce((a, b) => a + b, 0);
    expect(await page.textContent('[data-headline]')).toContain(new Intl.NumberFormat('vi-VN').format(total));
    expect(await page.textContent('[data-preview-title]')).toContain('tháng 9/2025');
    expect(await page.locator('[data-preview-map] svg path').count()).toBeGreaterThan(40);
    expect(await page.textContent('[data-output]')).toBe(asPage(expected.out.slice(0, -1).join('\n')));
    // The e2e data holds an illustrative month: the page says before the download that it goes.
    expect(await page.textContent('[data-staff-removed]')).toMatch(/minh hoạ \(tháng 5\/2025\) sẽ bị xoá/u);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-staff-download-link]')]);
    expect(download.suggestedFilename()).toBe('campaign.json');
    const saved = join(work, 'downloaded-campaign.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(expected.written);
    expect(await page.textContent('[data-staff-after]')).toMatch(/Add file → Upload files/u);
    // The only requests after loading: the worker and the published data, all on the site, all GET.
    const root = h.site.root;
    expect(later.filter((r) => !r.startsWith(`GET ${root}`))).toEqual([]);
    expect(later.map((r) => r.slice(`GET ${root}`.length)).filter((p) => !/^(_astro\/|du-lieu\/)/u.test(p))).toEqual(
      [],
    );
    // The published data, fetched past every cache for the check (a query that changes each time).
    expect(later.some((r) => /du-lieu\/campaign\.json\?v=/u.test(r))).toBe(true);
    expect(await page.locator('[data-warnings] li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each(['bad-2025-09-old-name.csv', 'bad-2025-09-code-name.csv', 'bad-unknown-name.csv', 'bad-fraction-count.xlsx'])(
    'lists the problems of %s as the command does',
    async (file) => {
      const { context, page } = await open();
      const status = await chooseStaffFile(page, file);
      const expected = await cli(file);
      expect(expected.code).toBe(1);
      const count = expected.err.length - 1;
      expect(status).toContain(`có ${count} lỗi`);
      expect(await page.textContent('[data-output]')).toBe(asPage([...expected.out, ...expected.err].join('\n')));
      const items = await page.$$eval('[data-problems] li', (lis) =>
        lis.map(
          (li) => `${(li as HTMLElement).dataset['problem'] ?? ''} — ${(li as HTMLElement).dataset['todo'] ?? ''}`,
        ),
      );
      expect(items).toHaveLength(count);
      items.forEach((item, i) => expect(asPage(expected.err[i] ?? '')).toContain(item));
      expect(await page.isHidden('[data-staff-download]')).toBe(true);
      await context.close();
    },
  );

  it('says what the command says for every fixture of the import', async () => {
    const { context, page } = await open();
    const files = readdirSync(IMPORT_FIXTURES).filter((f) => /\.(csv|txt|xlsx)$/u.test(f));
    let refused = 0;
    for (const file of files) {
      const before = await page.textContent('[data-output]');
      await page.setInputFiles('[data-staff-file]', join(IMPORT_FIXTURES, file));
      // The status may read the same for two files in a row: wait for this file's output instead.
      await page.waitForFunction(
        ([name, old]) => {
          const status = document.querySelector('[data-staff-status]')?.textContent ?? '';
          const output = document.querySelector('[data-output]')?.textContent ?? '';
          return status.includes(name ?? '') && !status.startsWith('Đang') && output !== old;
        },
        [file, before] as const,
      );
      const expected = await cli(file);
      const lines = expected.code === 0 ? expected.out.slice(0, -1) : [...expected.out, ...expected.err];
      expect(await page.textContent('[data-output]'), file).toBe(asPage(lines.join('\n')));
      expect(await page.isVisible('[data-staff-download]'), file).toBe(expected.code === 0);
      if (expected.code !== 0) refused += 1;
    }
    expect(refused).toBeGreaterThan(15);
    await context.close();
  }, 180_000);

  it('passes its options to the import as the command takes its flags', async () => {
    const { context, page } = await open();
    // A month the e2e data already holds (08/2025), from the clean fixture with another title.
    const file = 'so-mau-thang-8.csv';
    const text = readFileSync(join(IMPORT_FIXTURES, 'warn-no-diacritics.csv'), 'utf8').replace(/9\/2025/u, '8/2025');
    writeFileSync(join(work, file), text);
    expect(await chooseStaffFile(page, join(work, file))).toContain('có 1 lỗi');
    expect(await page.textContent('[data-problems]')).toMatch(/8\/2025|2025-08/u);
    await page.click('.staff-more summary');
    await page.check('#thay-the');
    await page.fill('#tinh-den', '2025-09-05');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-staff-status]')?.textContent?.includes('hợp lệ'));
    const expected = await cli(file, ['--replace', '--as-of', '2025-09-05'], work);
    expect(expected.code).toBe(0);
    // A replacement lists every unit whose count differs from the published month.
    expect(await page.textContent('[data-changes]')).toContain('Thay đổi so với số đã đăng của tháng 8/2025');
    expect(await page.locator('[data-changes] table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-staff-download-link]')]);
    const saved = join(work, 'replaced-campaign.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(expected.written);
    await context.close();
  });

  it('starts from the data as published now, past a host’s cache (max-age=600), and says its latest month', async () => {
    const original = readFileSync('dist/du-lieu/campaign.json', 'utf8');
    let served = original;
    const site = await serveSite('dist', {
      headers: { 'Cache-Control': 'max-age=600' },
      override: (path) => (path === 'du-lieu/campaign.json' ? served : undefined),
    });
    const context = await newContext(h.browser, DESKTOP);
    const page = await context.newPage();
    await page.clock.setFixedTime(STAFF_NOW);
    await page.goto(site.url(PATH), { waitUntil: 'networkidle' });
    const published = () => page.textContent('[data-staff-published]');
    expect(await published()).toContain(
      'Tháng mới nhất đang đăng trên trang: tháng 8/2025 (số liệu tính đến 20/08/2025)',
    );
    // September is published meanwhile: the server now sends data holding it (as the command writes it).
    const september = await cli('warn-no-diacritics.csv');
    const { area } = JSON.parse(original) as { area: unknown };
    served = JSON.stringify({ area, ...(JSON.parse(september.written) as object) });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await published()).toContain('tháng 9/2025');
    // Checked again on the reloaded page, the file is refused: its month is published already.
    expect(await chooseStaffFile(page, 'warn-no-diacritics.csv')).toContain('có 1 lỗi');
    expect(await page.textContent('[data-problems]')).toContain('tháng 9/2025 đã có trong dữ liệu đang công bố');
    // Opened anew (its HTML may come from the cache), the page still reads the data at run time.
    const again = await context.newPage();
    await again.goto(site.url(PATH), { waitUntil: 'networkidle' });
    expect(await again.textContent('[data-staff-published]')).toContain('tháng 9/2025');
    await context.close();
    await site.close();
  });

  it('shows one answer per question: the newest file’s, whatever answers come first', async () => {
    const { context, page } = await open();
    const rows = Array.from({ length: 3000 }, (_, i) => `${i + 1},Xã Thử Nghiệm ${i + 1},${i % 900}`);
    const slow = ['THÁNG 9/2025', 'STT,Xã/Phường/Đặc khu,Số mẫu đo', ...rows].join('\n');
    await page.setInputFiles('[data-staff-file]', {
      name: 'cham.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(slow),
    });
    // Chosen while the first is being checked: the worker answers the first one first.
    const status = await chooseStaffFile(page, 'warn-no-diacritics.csv');
    expect(status).toMatch(/^Tệp "warn-no-diacritics.csv" hợp lệ/u);
    expect(await page.locator('[data-problems] li').count()).toBe(0);
    expect(await page.isVisible('[data-staff-download]')).toBe(true);
    await context.close();
  });

  it('says when a file changed on disk cannot be read again, and stays usable', async () => {
    const { context, page } = await open();
    expect(await chooseStaffFile(page, 'warn-no-diacritics.csv')).toContain('hợp lệ');
    // The file is edited in Excel and saved after it was chosen: the browser then refuses to read
    // it (a NotReadableError, as Chromium gives for a file changed on disk; this harness's browser
    // gets files as copies, so the refusal is made here).
    await page.evaluate(() => {
      File.prototype.arrayBuffer = () =>
        Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError'));
    });
    await page.click('.staff-more summary');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-staff-status]')?.textContent?.startsWith('Không đọc được'),
    );
    expect(await page.textContent('[data-staff-status]')).toContain(
      'Không đọc được tệp "warn-no-diacritics.csv" từ máy tính',
    );
    expect(await page.isHidden('[data-staff-download]')).toBe(true);
    // Saved and chosen again, the file is checked.
    await page.evaluate(() => {
      delete (File.prototype as { arrayBuffer?: unknown }).arrayBuffer;
    });
    expect(await chooseStaffFile(page, 'warn-no-diacritics.csv')).toContain('hợp lệ');
    // An old Excel file gets the import's own advice, not "not a spreadsheet".
    const xls = {
      name: 'so-mau.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    };
    expect(await chooseStaffFile(page, xls)).toContain('có 1 lỗi');
    expect(await page.textContent('[data-problems]')).toContain('Sổ làm việc Excel (.xlsx)');
    await context.close();
  });

  it('checks a file dropped on the zone as one chosen with the input', async () => {
    const { context, page } = await open();
    const text = readFileSync(join(IMPORT_FIXTURES, 'warn-no-diacritics.csv'), 'utf8');
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'keo-tha.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-staff-drop]');
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.querySelector('[data-staff-status]')?.textContent?.includes('hợp lệ'));
    expect(await page.textContent('[data-staff-status]')).toContain('keo-tha.csv');
    await context.close();
  });

  it('says plainly when a file is not a spreadsheet, too large, or expands too much', async () => {
    const { context, page, later } = await open(PHONE);
    expect(
      await chooseStaffFile(page, {
        name: 'cong-van.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4'),
      }),
    ).toMatch(/không phải bảng tính/u);
    const large = Buffer.alloc(21 * 1024 * 1024, 0x41);
    expect(await chooseStaffFile(page, { name: 'lon.csv', mimeType: 'text/csv', buffer: large })).toMatch(
      /Tệp quá lớn \(21 MB; tối đa 20 MB\)/u,
    );
    expect(
      await chooseStaffFile(page, {
        name: 'bom.xlsx',
        mimeType: 'application/zip',
        buffer: zipDeclaring(4_000_000_000),
      }),
    ).toMatch(/giải nén/u);
    // The page's own refusals need no data and no worker for the first two.
    expect(later.filter((r) => r.includes('du-lieu/campaign.json')).length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('loads the .xlsx reader only for a workbook, as a chunk of its own', async () => {
    const { context, page } = await open();
    const sizes = new Map<string, number>();
    context.on('response', (r) => {
      if (r.url().includes('/_astro/'))
        void r.body().then(
          (b) => sizes.set(r.url(), gzipSync(b, { level: 9 }).length),
          () => undefined,
        );
    });
    await chooseStaffFile(page, 'warn-no-diacritics.csv');
    const afterCsv = [...sizes.keys()];
    await chooseStaffFile(page, 'good-workbook.xlsx');
    await page.waitForTimeout(200);
    const reader = [...sizes.entries()].filter(([u]) => !afterCsv.includes(u));
    console.log(`worker and import: ${afterCsv.map((u) => `${u.split('/').pop()} ${sizes.get(u)}`).join(', ')}`);
    console.log(`xlsx reader: ${reader.map(([u, s]) => `${u.split('/').pop()} ${s}`).join(', ')} bytes gzip`);
    expect(reader.length).toBeGreaterThan(0);
    await context.close();
  });

  it('checks a 10,600-row file in a worker: the page keeps answering meanwhile and lists the first 200 problems', async () => {
    const { context, page } = await open();
    const rows = Array.from({ length: 10_600 }, (_, i) => `${i + 1},Xã Thử Nghiệm ${i + 1},${(i * 37) % 900}`);
    const csv = ['SỐ MẪU ĐO THÁNG 9/2025', 'STT,Xã/Phường/Đặc khu,Số mẫu đo', ...rows].join('\n');
    const started = Date.now();
    await page.setInputFiles('[data-staff-file]', { name: 'lon.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // While the worker reads the file, the page's own thread still runs a script at once.
    let slowest = 0;
    while ((await page.textContent('[data-staff-status]'))?.startsWith('Đang kiểm tra')) {
      const t = Date.now();
      await page.evaluate(() => document.title);
      slowest = Math.max(slowest, Date.now() - t);
      await page.waitForTimeout(50);
    }
    const status = (await page.textContent('[data-staff-status]')) ?? '';
    console.log(`10,600 rows: answered in ${Date.now() - started} ms; slowest page round trip meanwhile ${slowest} ms`);
    expect(status).toContain('có 10.600 lỗi');
    // The list draws its first 200 and says how many more; the full output holds every one.
    expect(await page.locator('[data-problems] li').count()).toBe(200);
    expect(await page.textContent('[data-problems-box] [data-list-more]')).toContain('Còn 10.400 mục nữa');
    expect((await page.textContent('[data-output]'))?.match(/Xã Thử Nghiệm/g)).toHaveLength(10_600);
    expect(slowest).toBeLessThan(1000);
    await context.close();
  }, 120_000);

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('has no axe violations at %s width, empty, clean and refused', async (_, viewport) => {
    const { context, page } = await open(viewport);
    expect(await axeViolations(page)).toEqual([]);
    await chooseStaffFile(page, 'warn-no-diacritics.csv');
    expect(await axeViolations(page)).toEqual([]);
    await chooseStaffFile(page, 'bad-2025-09-old-name.csv');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** A zip whose central directory says one entry expands to `size` bytes (no real data: never inflated). */
function zipDeclaring(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, central, name, end]);
}
