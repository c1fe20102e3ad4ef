/**
 * The open-data package: one resource per download, each with the licence its source gives (the
 * province's figures the licence of area.json, "unclear" kept as `notspecified`, never a licence
 * nobody gave), and a Table Schema whose fields are the CSV's header; and the months' workbook
 * (src/lib/render/months-workbook.ts), read back with the import's own .xlsx reader: a sheet saying
 * what it holds, its sources and licences, then one sheet per month, newest first, holding the
 * month's CSV row for row with typed cells (no data empty, never 0) and the Vietnamese names
 * intact. Drawn from the e2e fixture (tests/fixtures/site over the reference vintages).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { loadSiteData, loadVintageSources } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import { AreaSchema, type Area } from '../../src/lib/data/schema/area';
import { VintageSourcesSchema, type VintageSources } from '../../src/lib/data/schema/sources';
import { csvHeader, monthCsv, monthRows } from '../../src/lib/render/csv-export';
import { monthsWorkbook } from '../../src/lib/render/months-workbook';
import { readXlsx } from '../../src/lib/spreadsheet/xlsx';
import { BANDS } from '../../src/lib/model/bands';
import {
  CSV_SCHEMA,
  buildDataPackage,
  geoMetadata,
  licencesOf,
  mapMetadata,
  resourceIn,
  resourceName,
  withGeoMetadata,
  type DataPackageInput,
} from '../../src/lib/render/datapackage';

const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'datapackage-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const ROOT = 'https://ispeed.example.test/ispeed';
const BOUNDARIES = [
  { params: { vintage: '2025-01', boundary: 'ranh-gioi-huyen' }, props: { file: 'districts.topojson' } },
  { params: { vintage: '2025-07', boundary: 'ranh-gioi-xa' }, props: { file: 'communes.topojson' } },
];

function input(overrides: Partial<DataPackageInput> = {}): DataPackageInput {
  return {
    area,
    campaign,
    vintages,
    sources: (v) => loadVintageSources(v, dir),
    boundaries: BOUNDARIES,
    absolute: (path) => `${ROOT}${path}`,
    ...overrides,
  };
}

const pkg = buildDataPackage(input());
const licenceNames = (name: string) => resourceIn(pkg, name).licenses.map((l) => l.name);

describe('the data package', () => {
  it('has one resource per download of the data page, its path relative to datapackage.json', () => {
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual([
      ...[...campaign.months].reverse().map((m) => [`so-mau-${m.month}`, `so-mau-${m.month}.csv`]),
      ['so-mau-cac-thang', 'so-mau-cac-thang.xlsx'],
      ['campaign', 'campaign.json'],
      ['units-2025-01', '2025-01/units.json'],
      ['units-2025-07', '2025-07/units.json'],
      ['ranh-gioi-huyen-2025-01', '2025-01/ranh-gioi-huyen.topojson'],
      ['ranh-gioi-xa-2025-07', '2025-07/ranh-gioi-xa.topojson'],
    ]);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    expect(pkg.homepage).toBe(`${ROOT}/du-lieu/`);
    expect(pkg.name).toMatch(/^[-a-z0-9._/]+$/);
  });

  it('gives every resource its own licence and sources, and the package none to inherit', () => {
    expect(pkg).not.toHaveProperty('licenses');
    for (const r of pkg.resources) {
      expect(r.licenses.length, r.name).toBeGreaterThan(0);
      expect(r.sources.length, r.name).toBeGreaterThan(0);
    }
  });

  it('licenses the province figures under area.json (CC BY 4.0 when it names none), and each part a table carries under its own', () => {
    // The fixture's area.json has no dataLicence: the default applies.
    expect(area.dataLicence.name).toBe('CC-BY-4.0');
    // Old months: the figures, and the unit names and codes that came through a GPL-3.0 repository.
    // New months: the figures, the unit list (MIT) and the population column (MIT), each named.
    for (const m of campaign.months) {
      const csv = resourceIn(pkg, resourceName.monthCsv(m.month));
      expect(csv.licenses.map((l) => l.name)).toEqual(
        m.vintage === '2025-01' ? ['CC-BY-4.0', 'GPL-3.0'] : ['CC-BY-4.0', 'MIT', 'MIT'],
      );
      expect(csv.description).toMatch(/Giấy phép theo phần dữ liệu: số mẫu và các cột của tỉnh – Creative Commons/u);
      if (m.vintage === '2025-01') {
        expect(csv.description).toContain('mã và tên đơn vị (code, commune, district_code, district)');
        expect(csv.description).toContain('GNU GPL phiên bản 3 (giấy phép của kho daohoangson/dvhcvn)');
        expect(csv.description).toContain('Nội dung là danh mục chính thức của Tổng cục Thống kê (tên và mã đơn vị).');
      } else
        expect(csv.description).toContain(
          'số dân (population): Giấy phép MIT (của kho tranngocminhhieu/vietnamadminunits)',
        );
    }
    expect(licenceNames('campaign')).toEqual(['CC-BY-4.0', 'GPL-3.0', 'MIT']);
    expect(licenceNames('so-mau-cac-thang')).toEqual(['CC-BY-4.0', 'GPL-3.0', 'MIT', 'MIT']);

    const cc0 = { name: 'CC0-1.0', title: 'CC0 1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    const other = buildDataPackage(input({ area: { ...area, dataLicence: cc0 } }));
    expect(resourceIn(other, 'campaign').licenses[0]).toEqual(cc0);
    expect(resourceIn(other, resourceName.monthCsv(campaign.months[0]!.month)).licenses[0]).toEqual(cc0);
    // Files that are not the province's own keep their source's licence.
    expect(resourceIn(other, 'units-2025-07').licenses.map((l) => l.name)).toEqual(['MIT']);
  });

  it('licenses the unit lists and boundaries as sources.json says, and keeps "unclear" unclear', () => {
    expect(licenceNames('units-2025-01')).toEqual(['GPL-3.0']);
    expect(licenceNames('units-2025-07')).toEqual(['MIT']);
    expect(licenceNames('ranh-gioi-xa-2025-07')).toEqual(['MIT']);
    const districts = resourceIn(pkg, 'ranh-gioi-huyen-2025-01');
    expect(districts.licenses).toEqual([
      {
        name: 'notspecified',
        title: 'Chưa rõ – Cổng TTĐT Chính phủ không nêu giấy phép dữ liệu mở; kho daohoangson/dvhcvn theo GPL-3.0.',
      },
    ]);
    expect(districts.sources[0]?.title).toContain('gis.chinhphu.vn');
  });

  it('never gives a licence to a geometry file sources.json does not name', () => {
    const sources: VintageSources = { units: loadVintageSources('2025-07', dir).units, geo: {} };
    const unnamed = buildDataPackage(input({ sources: () => sources }));
    expect(resourceIn(unnamed, 'ranh-gioi-xa-2025-07').licenses).toEqual([{ name: 'notspecified', title: 'Chưa rõ' }]);
  });

  it('names the month source, the unit list and the population source among the sources of a CSV', () => {
    const m = campaign.months.at(-1)!;
    const resource = resourceIn(pkg, resourceName.monthCsv(m.month));
    expect(resource.sources.map((s) => s.title)).toEqual([
      m.source,
      vintages.get(m.vintage)!.units.source,
      ...(loadVintageSources(m.vintage, dir).population ?? []).map((s) => s.title),
    ]);
    expect(m.vintage).toBe('2025-07');
    expect(resource.sources.at(-1)?.title).toMatch(/^Số dân: .*sapnhap\.bando\.com\.vn/u);
    expect(resource.description).toContain('Cột population (và samples_per_1000)');
  });
});

describe('the Table Schema of the CSV', () => {
  const month = campaign.months.find((m) => m.vintage === '2025-07')!;
  const csv = monthCsv(monthView(area, campaign, (m) => vintages.get(m.vintage)!, month));
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');

  it('lists the fields exactly as the CSV header writes them', () => {
    expect(CSV_SCHEMA.fields.map((f) => f.name).join(',')).toBe(lines[0]);
    expect(resourceIn(pkg, resourceName.monthCsv(month.month)).schema).toBe(CSV_SCHEMA);
  });

  it('writes population and samples per 1,000 residents, empty where the population is withheld', () => {
    const cells = (code: string) =>
      lines
        .find((l) => l.split(',')[2] === code)!
        .split(',')
        .slice(-2);
    const count = month.counts.mobile['30985'];
    expect(cells('30985')).toEqual([
      '53784',
      count === undefined ? '' : String(Number(((count / 53784) * 1000).toFixed(2))),
    ]);
    expect(cells('30949')).toEqual(['', '']); // Xã Hòa Thuận: 317 residents on 73,85 km², withheld
  });

  it('treats the empty cell the CSV writes for no data as missing, not as 0', () => {
    const noData = vintages.get(month.vintage)!.units.units.find((u) => month.counts.mobile[u.code] === undefined);
    expect(noData).toBeDefined();
    const row = lines.find((l) => l.split(',')[2] === noData!.code)!.split(',');
    const samples = CSV_SCHEMA.fields.findIndex((f) => f.name === 'samples_mobile');
    expect(row[samples]).toBe('');
    expect(CSV_SCHEMA.missingValues).toEqual(['']);
  });

  it('keys rows on (vintage, code), types the numbers and says the unit', () => {
    expect(CSV_SCHEMA.primaryKey).toEqual(['vintage', 'code']);
    const field = (name: string) => CSV_SCHEMA.fields.find((f) => f.name === name)!;
    expect(field('samples_mobile').type).toBe('integer');
    expect(field('samples_mobile').description).toContain('số mẫu đo');
    expect(field('target').description).toContain('số mẫu đo');
    expect(field('as_of').type).toBe('date');
    expect(field('illustrative')).toMatchObject({ type: 'boolean', trueValues: ['yes'], falseValues: ['no'] });
    expect(field('status').constraints?.enum).toEqual(BANDS.map((b) => b.id));
  });
});

describe('sources and licences as data', () => {
  it('area.json may name the licence of the figures; without it CC BY 4.0 applies', () => {
    const base = { ...area } as Partial<Area>;
    delete base.dataLicence;
    expect(AreaSchema.parse(base).dataLicence.path).toBe('https://creativecommons.org/licenses/by/4.0/');
    const odbl = { name: 'ODbL-1.0', title: 'ODbL 1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' };
    expect(AreaSchema.parse({ ...base, dataLicence: odbl }).dataLicence).toEqual(odbl);
  });

  it('refuses a source without a licence or with a made-up licence id', () => {
    expect(VintageSourcesSchema.safeParse({ units: [{ title: 'Danh mục' }], geo: {} }).success).toBe(false);
    const bad = { title: 'Danh mục', licence: { name: 'Tự do dùng', title: 'x', path: 'https://example.test/' } };
    expect(VintageSourcesSchema.safeParse({ units: [bad], geo: {} }).success).toBe(false);
  });

  it('a vintage without sources.json stops the build and says what to write', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-sources-'));
    try {
      expect(() => loadVintageSources('2025-07', empty)).toThrow(
        /sources\.json[\s\S]*missing: write where vintage 2025-07/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('metadata inside the TopoJSON files', () => {
  const topology = '{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{}}';

  it('adds a metadata member and leaves the topology as it was', () => {
    const meta = geoMetadata(
      'Ranh giới xã, thời kỳ 2025-07',
      loadVintageSources('2025-07', dir).geo['communes.topojson']!,
    );
    const out = JSON.parse(withGeoMetadata(topology, meta)) as Record<string, unknown>;
    expect(out).toEqual({ ...(JSON.parse(topology) as object), metadata: meta });
    expect(meta.licenses.map((l) => l.name)).toEqual(['MIT']);
  });

  it('gives the map layout the sources and licences of every boundary it is drawn from', () => {
    const sources = loadVintageSources('2025-01', dir);
    const meta = mapMetadata('2025-01', sources, ['districts.topojson']);
    expect(meta.sources.map((s) => s.title)).toEqual(sources.geo['districts.topojson']!.map((s) => s.title));
    expect(meta.licenses.map((l) => l.name)).toEqual(['notspecified']);
    expect(licencesOf([...sources.units, ...sources.geo['districts.topojson']!]).map((l) => l.name)).toEqual([
      'GPL-3.0',
      'notspecified',
    ]);
  });
});

const views = [...campaign.months].reverse().map((m) => monthView(area, campaign, (x) => vintages.get(x.vintage)!, m));
const workbookResource = resourceIn(pkg, resourceName.monthsWorkbook());

describe('the months’ workbook', async () => {
  const bytes = await monthsWorkbook(
    {
      title: 'Số mẫu đo i-Speed',
      views,
      resource: workbookResource,
      homepage: 'https://ispeed.example.test/ispeed/du-lieu/',
    },
    new Date('2025-08-20T00:00:00Z'),
  );
  const { sheets } = await readXlsx(bytes);
  const text = (sheet: (typeof sheets)[number]) => sheet.rows.map((r) => r.cells.map((c) => c ?? '').join('|'));

  it('opens on what it holds, its sources and every licence of its resource', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Giới thiệu', ...views.map((v) => v.month.month)]);
    const about = text(sheets[0]!).join('\n');
    for (const l of workbookResource.licenses) expect(about).toContain(`Giấy phép: ${l.title}`);
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
