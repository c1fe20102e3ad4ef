/**
 * Synthetic nationwide-scale data for the benchmarks (never shipped): deterministic unit lists with
 * Vietnamese-like names, grid geometry (one square per commune, one rectangle per district) and a
 * complete data folder (area.json, campaign.json, vintages/<id>/units.json and geo/map.topojson).
 * Used by scripts/bench-import.ts (10,600 communes in 700 districts) and scripts/make-nationwide.ts
 * (the "current" 3,321-unit and "old" 10,600-commune builds timed by `npm run bench`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { buildTopology, type PlainTopology } from '../src/lib/geo/topology';
import { rectangle, type CommuneProperties, type DistrictProperties, type InsetProperties } from '../src/lib/geo/types';
import { makeIllustrativeCampaign } from '../src/lib/illustrative';
import { nextMonth } from '../src/lib/months';
import { AreaSchema, CampaignSchema, UnitListSchema, type AreaInput, type UnitList } from '../src/lib/schema';

const SYLLABLES = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Tân',
  'Thạnh',
  'Vĩnh',
  'Long',
  'Mỹ',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thuận',
  'Hưng',
  'Phước',
  'Lộc',
  'Thới',
  'Hiệp',
  'Khánh',
  'Thành',
  'Trung',
  'Sơn',
  'Hải',
  'Giang',
  'Lâm',
  'Điền',
  'Quang',
  'Minh',
  'Thủy',
  'Lợi',
  'Định',
  'Hội',
  'Xuân',
  'Đức',
  'Nghĩa',
  'Tiến',
  'Thắng',
  'Yên',
  'Thái',
  'Cường',
  'Quý',
  'Hạnh',
  'Ngọc',
  'Kim',
  'Châu',
  'Hồng',
  'Lạc',
  'Trường',
  'Hà',
  'Tường',
  'Thọ',
  'Cát',
  'Đại',
  'Tiên',
  'Phong',
  'Thanh',
];

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticUnitsOptions {
  /** Commune-level units (default 10,600). */
  communes?: number;
  /** Districts (default 700); 0 makes a list without districts (types Xã, Phường, Đặc khu). */
  districts?: number;
  /** Vintage id written into the list (default 2025-01). */
  vintage?: string;
  seed?: number;
}

/**
 * A deterministic unit list. With districts (default: 700 districts, 10,600 communes) each district
 * has one Thị trấn, a few Phường in cities and towns, the rest Xã; names are unique within a
 * district. Without districts (the 2025-07 shape) names are unique in the whole list, about one
 * unit in five is a Phường and a handful are Đặc khu.
 */
export function syntheticUnits(opts: SyntheticUnitsOptions = {}): UnitList {
  const { communes = 10_600, districts: districtCount = 700, vintage = '2025-01', seed = 2025 } = opts;
  const rand = prng(seed);
  const pick = (): string => SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? 'An';
  const districts: UnitList['districts'] = [];
  const usedDistrict = new Set<string>();
  for (let d = 0; d < districtCount; d += 1) {
    let name = `${pick()} ${pick()}`;
    while (usedDistrict.has(name)) name = `${pick()} ${pick()}`;
    usedDistrict.add(name);
    const type = d % 10 === 0 ? 'Thành phố' : d % 10 === 1 ? 'Thị xã' : 'Huyện';
    districts.push({ code: String(d + 1).padStart(3, '0'), name: `${type} ${name}`, type });
  }
  const units: UnitList['units'] = [];
  if (districtCount > 0) {
    const perDistrict = Math.floor(communes / districtCount);
    let extra = communes - perDistrict * districtCount;
    for (const district of districts) {
      const n = perDistrict + (extra > 0 ? 1 : 0);
      extra -= 1;
      const used = new Set<string>();
      for (let i = 0; i < n; i += 1) {
        const type = i === 0 ? 'Thị trấn' : district.type !== 'Huyện' && i < 6 ? 'Phường' : 'Xã';
        let bare = rand() < 0.3 ? `${pick()} ${pick()} ${pick()}` : `${pick()} ${pick()}`;
        while (used.has(bare)) bare = `${pick()} ${pick()}`;
        used.add(bare);
        units.push({
          code: String(units.length + 1).padStart(5, '0'),
          name: `${type} ${bare}`,
          type,
          districtCode: district.code,
        });
      }
    }
  } else {
    const used = new Set<string>();
    const specialEvery = Math.max(1, Math.floor(communes / 13));
    for (let i = 0; i < communes; i += 1) {
      const type = i % specialEvery === 7 ? 'Đặc khu' : i % 5 === 0 ? 'Phường' : 'Xã';
      // 2-syllable names run out (57² = 3,249): retry with three syllables.
      let bare = rand() < 0.3 ? `${pick()} ${pick()} ${pick()}` : `${pick()} ${pick()}`;
      while (used.has(bare)) bare = `${pick()} ${pick()} ${pick()}`;
      used.add(bare);
      units.push({ code: String(i + 1).padStart(5, '0'), name: `${type} ${bare}`, type });
    }
  }
  return {
    vintage,
    province: { code: '00', name: 'Toàn quốc (tổng hợp, dữ liệu thử)' },
    listDate: '2025-01-01',
    source: 'Danh sách tổng hợp để đo tốc độ (không có thật)',
    districts,
    units,
  };
}

/** Side of one commune square in layout units (the layout is 1000 wide, quantized to 0.1). */
const LAYOUT_WIDTH = 1000;

/** Rounds down to the 0.1 grid of map.topojson so squares keep exact corners. */
const tenth = (n: number): number => Math.floor(n * 10) / 10;

/**
 * map.topojson for a synthetic unit list: each commune a square in a grid; with districts, each
 * district a rectangular block of squares with its outline. Built by the project's buildTopology
 * (shared arcs, the same 0.1 grid as data:geo), so it passes MapTopologySchema.
 */
export function syntheticMapTopology(list: UnitList): PlainTopology {
  const communes: Feature<Polygon, CommuneProperties>[] = [];
  const districts: Feature<Polygon, DistrictProperties>[] = [];
  let width: number;
  let height: number;
  if (list.districts.length > 0) {
    const byDistrict = new Map<string, UnitList['units']>();
    for (const u of list.units) {
      const code = u.districtCode ?? '';
      byDistrict.set(code, [...(byDistrict.get(code) ?? []), u]);
    }
    const most = Math.max(...[...byDistrict.values()].map((us) => us.length));
    const side = Math.ceil(Math.sqrt(most)); // a district is side × side cells
    const blockCols = Math.ceil(Math.sqrt(list.districts.length));
    const cell = tenth(LAYOUT_WIDTH / (blockCols * side));
    list.districts.forEach((d, i) => {
      const bx = (i % blockCols) * side * cell;
      const by = Math.floor(i / blockCols) * side * cell;
      districts.push({
        type: 'Feature',
        properties: { code: d.code, name: d.name },
        geometry: rectangle(bx, by, side * cell, side * cell),
      });
      (byDistrict.get(d.code) ?? []).forEach((u, j) => {
        communes.push({
          type: 'Feature',
          properties: { code: u.code, districtCode: d.code },
          geometry: rectangle(bx + (j % side) * cell, by + Math.floor(j / side) * cell, cell, cell),
        });
      });
    });
    width = blockCols * side * cell;
    height = Math.ceil(list.districts.length / blockCols) * side * cell;
  } else {
    const cols = Math.ceil(Math.sqrt(list.units.length * 1.25));
    const cell = tenth(LAYOUT_WIDTH / cols);
    list.units.forEach((u, i) => {
      communes.push({
        type: 'Feature',
        properties: { code: u.code },
        geometry: rectangle((i % cols) * cell, Math.floor(i / cols) * cell, cell, cell),
      });
    });
    width = cols * cell;
    height = Math.ceil(list.units.length / cols) * cell;
  }
  const collection = <P>(features: Feature<Polygon, P>[]): FeatureCollection<Polygon, P> => ({
    type: 'FeatureCollection',
    features,
  });
  const objects: Record<string, FeatureCollection> = {
    insets: collection<InsetProperties>([]),
    communes: collection(communes),
  };
  if (districts.length > 0) objects['districts'] = collection(districts);
  return buildTopology(objects, {
    quantization: 1e4,
    simplify: { keepShare: 1 },
    bbox: [0, 0, Math.round(width * 10) / 10, Math.round(height * 10) / 10],
    transform: { scale: [0.1, 0.1], translate: [0, 0] },
  });
}

/** The two nationwide shapes the bench builds. */
export const NATIONWIDE = {
  /** Today's list: 3,321 commune-level units, no districts, communes report. */
  current: { communes: 3321, districts: 0, vintage: '2025-07', reportingUnit: 'commune' },
  /** Before 1 July 2025: about 10,600 communes in about 700 districts, districts report. */
  old: { communes: 10_600, districts: 700, vintage: '2025-01', reportingUnit: 'district' },
} as const;
export type NationwideKind = keyof typeof NATIONWIDE;

export interface NationwideOptions {
  kind: NationwideKind;
  /** Override the number of units (for small tests); districts scale with it. */
  communes?: number;
  /** First month (default 2024-07) and number of months (default 24). */
  from?: string;
  months?: number;
  seed?: number;
}

/**
 * Writes a complete DATA_DIR into `dir` (emptied first): one vintage in force for every month, its
 * unit list and grid map, and illustrative counts and reports for each month. Every file is
 * validated with the site's schemas before it is written. Returns what it wrote.
 */
export function writeNationwide(
  dir: string,
  opts: NationwideOptions,
): { units: number; districts: number; months: string[] } {
  const shape = NATIONWIDE[opts.kind];
  const communes = opts.communes ?? shape.communes;
  const districts = shape.districts === 0 ? 0 : Math.max(1, Math.round((communes * shape.districts) / shape.communes));
  const from = opts.from ?? '2024-07';
  const count = opts.months ?? 24;
  let to = from;
  for (let i = 1; i < count; i += 1) to = nextMonth(to);
  const seed = opts.seed ?? 2025;

  const units = UnitListSchema.parse(syntheticUnits({ communes, districts, vintage: shape.vintage, seed }));
  const areaInput: AreaInput = {
    name: 'Toàn quốc (dữ liệu thử)',
    fullName: `Toàn quốc, ${communes.toLocaleString('en')} đơn vị cấp xã (dữ liệu thử để đo tốc độ)`,
    province: { code: '00', name: 'Toàn quốc' },
    owner: 'Dữ liệu thử (không có thật)',
    target: { default: 300 },
    vintages: [
      {
        id: shape.vintage,
        label:
          districts > 0
            ? `${communes.toLocaleString('en')} xã trong ${districts} huyện (dữ liệu thử)`
            : `${communes.toLocaleString('en')} xã, phường, đặc khu (dữ liệu thử)`,
        // The only vintage: months before validFrom use it too.
        validFrom: `${from}-01`,
        validTo: null,
        reportingUnit: shape.reportingUnit,
        boundarySource: 'Lưới ô vuông tổng hợp (không phải ranh giới thật)',
      },
    ],
  };
  const area = AreaSchema.parse(areaInput);
  const campaign = CampaignSchema.parse(makeIllustrativeCampaign(area, () => units, { seed, from, to }));
  const topology = syntheticMapTopology(units);

  rmSync(dir, { recursive: true, force: true });
  const geo = join(dir, 'vintages', shape.vintage, 'geo');
  mkdirSync(geo, { recursive: true });
  writeFileSync(join(dir, 'area.json'), `${JSON.stringify(areaInput, null, 2)}\n`);
  writeFileSync(join(dir, 'campaign.json'), `${JSON.stringify(campaign)}\n`);
  writeFileSync(join(dir, 'vintages', shape.vintage, 'units.json'), `${JSON.stringify(units, null, 2)}\n`);
  writeFileSync(join(geo, 'map.topojson'), JSON.stringify(topology));
  return { units: units.units.length, districts: units.districts.length, months: campaign.months.map((m) => m.month) };
}
