/**
 * The open-data package: one resource per download, each with the licence its source gives (the
 * province's figures the licence of area.json, "unclear" kept as `notspecified`, never a licence
 * nobody gave), and a Table Schema whose fields are the CSV's header. Drawn from the e2e fixture
 * (tests/fixtures/site over the reference vintages).
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
import { monthCsv } from '../../src/lib/render/csv-export';
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
  it('has one resource per download of the data page, at its public address', () => {
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual([
      ...[...campaign.months].reverse().map((m) => [`so-mau-${m.month}`, `${ROOT}/du-lieu/so-mau-${m.month}.csv`]),
      ['campaign', `${ROOT}/du-lieu/campaign.json`],
      ['units-2025-01', `${ROOT}/du-lieu/2025-01/units.json`],
      ['units-2025-07', `${ROOT}/du-lieu/2025-07/units.json`],
      ['ranh-gioi-huyen-2025-01', `${ROOT}/du-lieu/2025-01/ranh-gioi-huyen.topojson`],
      ['ranh-gioi-xa-2025-07', `${ROOT}/du-lieu/2025-07/ranh-gioi-xa.topojson`],
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

  it('licenses the province figures under area.json, CC BY 4.0 when it names none', () => {
    // The fixture's area.json has no dataLicence: the default applies.
    expect(area.dataLicence.name).toBe('CC-BY-4.0');
    for (const m of campaign.months) expect(licenceNames(resourceName.monthCsv(m.month))).toEqual(['CC-BY-4.0']);
    expect(licenceNames('campaign')).toEqual(['CC-BY-4.0']);

    const cc0 = { name: 'CC0-1.0', title: 'CC0 1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    const other = buildDataPackage(input({ area: { ...area, dataLicence: cc0 } }));
    expect(resourceIn(other, 'campaign').licenses).toEqual([cc0]);
    expect(resourceIn(other, resourceName.monthCsv(campaign.months[0]!.month)).licenses).toEqual([cc0]);
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
