/**
 * The months' workbook of the open data (src/lib/render/months-workbook.ts), read back with the
 * import's own .xlsx reader: a sheet saying what it holds, its sources and licences, then one sheet
 * per month, newest first, holding the month's CSV row for row with typed cells (no data empty,
 * never 0) and the Vietnamese names intact. Drawn from the e2e fixture data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { loadSiteData, loadVintageSources } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import { csvHeader, monthRows } from '../../src/lib/render/csv-export';
import { buildDataPackage, resourceIn, resourceName } from '../../src/lib/render/datapackage';
import { monthsWorkbook } from '../../src/lib/render/months-workbook';
import { readXlsx } from '../../src/lib/spreadsheet/xlsx';

const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'workbook-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const pkg = buildDataPackage({
  area,
  campaign,
  vintages,
  sources: (v) => loadVintageSources(v, dir),
  boundaries: [],
  absolute: (path) => `https://ispeed.example.test/ispeed${path}`,
});
const views = [...campaign.months].reverse().map((m) => monthView(area, campaign, (x) => vintages.get(x.vintage)!, m));
const resource = resourceIn(pkg, resourceName.monthsWorkbook());

describe('the months’ workbook', async () => {
  const bytes = await monthsWorkbook(
    { title: 'Số mẫu đo i-Speed', views, resource, homepage: 'https://ispeed.example.test/ispeed/du-lieu/' },
    new Date('2025-08-20T00:00:00Z'),
  );
  const { sheets } = await readXlsx(bytes);
  const text = (sheet: (typeof sheets)[number]) => sheet.rows.map((r) => r.cells.map((c) => c ?? '').join('|'));

  it('opens on what it holds, its sources and every licence of its resource', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Giới thiệu', ...views.map((v) => v.month.month)]);
    const about = text(sheets[0]!).join('\n');
    for (const l of resource.licenses) expect(about).toContain(`Giấy phép: ${l.title}`);
    expect(about).toContain('chưa có số liệu, không phải 0');
    expect(about).toContain('SỐ LIỆU MINH HỌA');
  });

  it('holds each month’s CSV row for row, typed, with the Vietnamese intact', () => {
    views.forEach((view, i) => {
      const sheet = sheets[i + 1]!;
      const header = sheet.rows[0]!.cells.map(String);
      expect(header.map((h) => /\(([a-z_0-9]+)\)$/u.exec(h)?.[1])).toEqual(csvHeader(view.month));
      const rows = monthRows(view);
      // The reader leaves out a row's empty cells at its end: pad them back.
      const width = header.length;
      expect(sheet.rows.slice(1).map((r) => [...r.cells, ...Array<null>(width).fill(null)].slice(0, width))).toEqual(
        rows.map((row) => row.map((cell) => (cell === '' ? null : cell))),
      );
    });
    const names = sheets.slice(1).flatMap((s) => s.rows.slice(1).map((r) => String(r.cells[3])));
    expect(names).toContain('Phường Rạch Giá');
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
  });
});
