/**
 * `npm run area -- <province>` on the pinned national reference (reference/vn-2025: reference data,
 * not a province's data, so tests may read it): which province a query means, the data folder it
 * writes for a province (units, populations, island frames, renames, no invented letter or date),
 * and the command itself on a temporary data folder (refusing to delete real months, --dry-run,
 * --lang en, a corrupted reference).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli/area';
import { mapFit } from '../../scripts/cli/map-fit';
import { buildAreaFolder } from '../../src/lib/area/area-folder';
import { resolveProvince } from '../../src/lib/area/province-query';
import { readMapModel } from '../../src/lib/data/map-model';
import { AreaSchema } from '../../src/lib/data/schema/area';
import { loadArea, loadSiteData } from '../../src/lib/data/load';
import { chooseInsets } from '../../src/lib/geo/insets';
import { geometryBounds } from '../../src/lib/geo/planar';
import { readNationalReference, type ReferenceProvince } from '../../src/lib/geo/reference';
import { referencePolygons } from '../../src/lib/geo/reference-vintage';
import { polygonsOf, type Box } from '../../src/lib/geo/types';
import { reportDeadline } from '../../src/lib/model/report-status';
import { crossingArcs, type PlainTopology } from '../../src/lib/geo/topology';
import type { GeometryCollection } from 'topojson-specification';
import { monthView } from '../../src/lib/model/map-view';
import { makeIllustrativeCampaign } from '../../src/lib/data/illustrative';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';
import { areaNameAsOf, unitsAsOf } from '../../src/lib/data/vintage';
import { runImport } from '../../src/lib/import/run';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';

const ref = readNationalReference();
const province = (code: string): ReferenceProvince => {
  const found = ref.provinces.find((p) => p.code === code);
  if (!found) throw new Error(`no province ${code}`);
  return found;
};
const query = (text: string) => resolveProvince(text, ref.provinces, ref.formerProvinces);
/** A province's data folder as `npm run area` builds it. */
const build = (code: string) =>
  buildAreaFolder(ref, province(code), { build: { layoutFit: mapFit(province(code).units) } });

describe('which province a query means', () => {
  it.each([
    ['91', '91'],
    ['1', '01'],
    ['thanh pho hue', '46'],
    ['Lâm Đồng', '68'],
    ['lam dong', '68'],
    ['TP. Hồ Chí Minh', '79'],
    ['tphcm', '79'],
    ['  LÂM   ĐỒNG ', '68'],
  ])('"%s" is province %s', (text, code) => {
    const q = query(text);
    expect(q.kind === 'ok' && q.province.code).toBe(code);
    expect(q.kind === 'ok' && q.former).toBeFalsy();
  });

  it.each([
    ['Bình Dương', '79', 'Tỉnh Bình Dương'],
    ['binh duong', '79', 'Tỉnh Bình Dương'],
    ['Kiên Giang', '91', 'Tỉnh Kiên Giang'],
    ['89', '91', 'Tỉnh An Giang'],
    ['Thừa Thiên Huế', '46', 'Tỉnh Thừa Thiên Huế'],
  ])('"%s", a province before 1 July 2025, maps to %s and says so', (text, code, former) => {
    const q = query(text);
    expect(q.kind).toBe('ok');
    if (q.kind !== 'ok') return;
    expect(q.province.code).toBe(code);
    expect(q.former?.fullName).toBe(former);
  });

  it('lists the candidates of an ambiguous name, and suggests close ones for an unknown one', () => {
    const giang = query('giang');
    expect(giang.kind).toBe('ambiguous');
    if (giang.kind === 'ambiguous') {
      expect(giang.candidates.map((c) => c.province.code).sort()).toEqual(['08', '24', '82', '91', '92']);
    }
    const typo = query('Lam Dng');
    expect(typo.kind === 'unknown' && typo.suggestions.map((c) => c.province.code)).toEqual(['68']);
    expect(query('Atlantis')).toEqual({ kind: 'unknown', suggestions: [] });
    expect(query('00').kind).toBe('unknown');
  });

  it('covers the 63 provinces before 1 July 2025 and the 34 after, every former one into one of the 34', () => {
    expect(ref.provinces).toHaveLength(34);
    expect(ref.formerProvinces).toHaveLength(63);
    const codes = new Set(ref.provinces.map((p) => p.code));
    expect(ref.formerProvinces.every((f) => codes.has(f.provinceCode))).toBe(true);
    expect(new Set(ref.formerProvinces.map((f) => f.provinceCode)).size).toBe(34);
  });
});

describe('island frames chosen from the geometry, for all 34 provinces', () => {
  it('frames exactly the far Đặc khu — Trường Sa, Hoàng Sa, Côn Đảo, Bạch Long Vĩ, Phú Quý, Thổ Châu', () => {
    const framed = ref.provinces.flatMap((p) =>
      chooseInsets(referencePolygons(ref, p.code)).map((i) => `${p.code} ${i.label.split(' – ')[0] ?? ''}`),
    );
    expect(framed.sort()).toEqual([
      '31 Đặc khu Bạch Long Vĩ',
      '48 Đặc khu Hoàng Sa',
      '56 Đặc khu Trường Sa',
      '68 Đặc khu Phú Quý',
      '79 Đặc khu Côn Đảo',
      '91 Đặc khu Thổ Châu',
    ]);
  });
});

/** Boxes of every polygon part of the layout's unit shapes, by unit code. */
const partBoxes = (model: ReturnType<typeof readMapModel>): [string, Box][] =>
  model.communes.flatMap((c) =>
    polygonsOf(c.geometry).map((rings): [string, Box] => [
      c.properties.code,
      geometryBounds({ type: 'Polygon', coordinates: rings }),
    ]),
  );
const within = (b: Box, f: Box): boolean => b[0] >= f[0] && b[1] >= f[1] && b[2] <= f[2] && b[3] <= f[3];
const overlaps = (b: Box, f: Box): boolean => b[0] < f[2] && f[0] < b[2] && b[1] < f[3] && f[1] < b[3];

describe('the data folder of the whole An Giang (npm run area -- 91)', () => {
  const folder = build('91');
  const units = folder.vintage.units.units;
  const map = readMapModel(JSON.parse(folder.files.find((f) => f.path.endsWith('geo/map.topojson'))?.content ?? ''));

  it('has its 102 units, types as they are, and the reference as source', () => {
    expect(units).toHaveLength(102);
    const count = (t: string): number => units.filter((u) => u.type === t).length;
    expect([count('Xã'), count('Phường'), count('Đặc khu')]).toEqual([85, 14, 3]);
    expect(folder.area.vintages[0]?.label).toBe('102 xã, phường, đặc khu của tỉnh An Giang (từ 01/07/2025)');
    expect(folder.vintage.sources.geo['communes.topojson']).toEqual(ref.manifest.sources.boundaries);
    expect(folder.files.map((f) => f.path)).toEqual([
      'area.json',
      'campaign.json',
      'vintages/2025-07/units.json',
      'vintages/2025-07/geo/communes.topojson',
      'vintages/2025-07/geo/map.topojson',
      'vintages/2025-07/sources.json',
      'vintages/2025-07/geo-inputs.json',
      'examples/so-mau-thang-mau.csv',
    ]);
  });

  it('withholds every population the source flags, with its reason in Vietnamese, and shows the others', () => {
    const phuHuu = units.find((u) => u.code === '30352');
    expect(phuHuu?.population).toBeUndefined();
    expect(phuHuu?.populationNote).toBe(
      'Số dân ở nguồn khác số của chính cổng này tháng 7/2025 (41.254 người), có thể là số của đơn vị khác: chưa được kiểm chứng nên không dùng.',
    );
    expect(units.find((u) => u.code === '30949')?.populationNote).toMatch(
      /^Số dân ở nguồn dưới 1\.000 người.*; Mật độ/u,
    );
    const flagged = ref.units.filter((u) => u.provinceCode === '91' && u.populationFlag !== '').map((u) => u.code);
    expect(units.filter((u) => u.population === undefined).map((u) => u.code)).toEqual(flagged);
  });

  it('starts without a month, a letter, a deadline or an act (none is invented)', () => {
    expect(JSON.parse(folder.files[1]?.content ?? '')).toEqual({ months: [] });
    expect(folder.area.letter).toBeUndefined();
    expect(reportDeadline(AreaSchema.parse(folder.area), '2025-09')).toBeUndefined();
    expect(folder.area.vintages[0]?.act).toBeUndefined();
    expect(folder.area.boundaryHistory?.vi).toMatch(
      /^Từ ngày 01\/07\/2025, tỉnh An Giang và tỉnh Kiên Giang hợp nhất/u,
    );
  });

  it('leaves no arc crossing, touching or running back along another in either file (what makes GDAL call a polygon invalid)', () => {
    for (const path of ['vintages/2025-07/geo/map.topojson', 'vintages/2025-07/geo/communes.topojson']) {
      const topo = JSON.parse(folder.files.find((f) => f.path === path)?.content ?? '') as PlainTopology;
      expect([...crossingArcs(topo)], path).toEqual([]);
      const rings = (topo.objects['communes'] as GeometryCollection).geometries.flatMap((g) =>
        g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
      );
      const backAndForth = rings.filter((r) => r.some((a, i) => r[(i + 1) % r.length] === ~a));
      expect(backAndForth, path).toEqual([]);
    }
  });

  it('draws Thổ Châu (31105) in a frame in a corner that touches no other unit', () => {
    expect(map.insets).toHaveLength(1);
    const frame = geometryBounds(map.insets[0]!.geometry);
    for (const [code, box] of partBoxes(map)) {
      if (code === '31105') expect(within(box, frame)).toBe(true);
      else expect(overlaps(box, frame), code).toBe(false);
    }
  });
});

describe('renames after 1 July 2025 and far frames', () => {
  it('gives the 10 Đồng Nai units and the province their names before 30/04/2026', () => {
    const folder = build('75');
    const renamed = folder.vintage.units.units.filter((u) => u.formerNames);
    expect(renamed).toHaveLength(10);
    expect(renamed.find((u) => u.code === '26368')).toMatchObject({
      name: 'Phường Long Thành',
      formerNames: [{ name: 'Xã Long Thành', type: 'Xã', until: '2026-04-29' }],
    });
    expect(folder.area.fullName).toBe('Thành phố Đồng Nai');
    expect(folder.area.formerNames).toEqual([{ fullName: 'Tỉnh Đồng Nai', until: '2026-04-29' }]);
    // Months up to 2026-04 are read under the former names, from 2026-05 under the new ones.
    const area = AreaSchema.parse(folder.area);
    const list = folder.vintage.units;
    const campaign = CampaignSchema.parse(
      makeIllustrativeCampaign(area, () => list, { seed: 75, from: '2026-04', to: '2026-05' }),
    );
    const nameIn = (month: string): string | undefined => {
      const m = campaign.months.find((x) => x.month === month)!;
      const view = monthView(area, campaign, () => ({ vintage: area.vintages[0]!, units: list }), m);
      return view.rows.find((r) => r.unit.code === '26368')?.unit.name;
    };
    expect([nameIn('2026-04'), nameIn('2026-05')]).toEqual(['Xã Long Thành', 'Phường Long Thành']);
    expect([areaNameAsOf(area, '2026-04'), areaNameAsOf(area, '2026-05')]).toEqual([
      'Tỉnh Đồng Nai',
      'Thành phố Đồng Nai',
    ]);
    expect(unitsAsOf(list, '2026-05').units.map((u) => u.name)).toEqual(list.units.map((u) => u.name));
  });

  it('lets the main body of Khánh Hòa fill the frame, with Trường Sa in a frame that hides nothing', () => {
    const folder = build('56');
    const map = readMapModel(JSON.parse(folder.files.find((f) => f.path.endsWith('map.topojson'))?.content ?? ''));
    const frame = geometryBounds(map.insets[0]!.geometry);
    const main = partBoxes(map).filter(([code]) => code !== '22736');
    for (const [code, box] of main) expect(overlaps(box, frame), code).toBe(false);
    const [x0, y0, x1, y1] = [0, 1, 2, 3].map((i) =>
      (i < 2 ? Math.min : Math.max)(...main.map(([, b]) => b[i] ?? 0)),
    ) as Box;
    // Without the frame, Trường Sa ~400 km offshore would leave the mainland a sliver of the map.
    expect(((x1 - x0) * (y1 - y0)) / (map.width * map.height)).toBeGreaterThan(0.6);
  });

  it('keeps the population of a sparse mountain commune the source does not doubt (no density rule)', () => {
    const folder = build('12');
    // Xã Pa Ủ: 6,084 residents on 444.69 km² (14/km²), unflagged.
    expect(folder.vintage.units.units.find((u) => u.code === '03442')?.population).toBe(6084);
  });
});

describe('the command (scripts/cli/area.ts) on a temporary data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'area-cli-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const data = join(root, 'data');

  it('writes a folder the site loads, and replaces illustrative months, saying what goes', () => {
    const first = run('lai chau', '--data', data);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Tỉnh Lai Châu (12): 38 đơn vị cấp xã');
    const site = loadSiteData(data);
    expect(site.area.fullName).toBe('Tỉnh Lai Châu');
    expect(site.vintages.get('2025-07')?.units.units).toHaveLength(38);
    // Illustrative months and a file of another area go without asking, and the command names them.
    writeFileSync(join(data, 'campaign.json'), JSON.stringify({ months: [illustrative('2025-09')] }));
    writeFileSync(join(data, 'osm-relations.csv'), 'x\n');
    const again = run('12', '--data', data);
    expect(again.code).toBe(0);
    expect(again.out).toContain('bỏ đi: osm-relations.csv và 1 tháng số liệu minh họa');
    expect(JSON.parse(readFileSync(join(data, 'campaign.json'), 'utf8'))).toEqual({ months: [] });
  });

  it('refuses to delete real months, naming them and changing nothing, unless told to', () => {
    const months = { months: [{ ...illustrative('2025-09'), illustrative: false }] };
    writeFileSync(join(data, 'campaign.json'), JSON.stringify(months));
    const before = readdirSync(data).sort();
    const refused = run('Lâm Đồng', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('có 1 tháng số liệu thật (tháng 9/2025)');
    expect(refused.err).toContain('--replace-real-months');
    expect(readdirSync(data).sort()).toEqual(before);
    expect(JSON.parse(readFileSync(join(data, 'campaign.json'), 'utf8'))).toEqual(months);
    const english = run('Lâm Đồng', '--data', data, '--lang', 'en');
    expect(english.err).toContain(
      'holds 1 month of real figures (2025-09); this command would delete it. Nothing written.',
    );
    const forced = run('thanh pho hue', '--data', data, '--replace-real-months');
    expect(forced.code).toBe(0);
    expect(loadArea(data).fullName).toBe('Thành phố Huế');
  });

  it('--dry-run lists the files and writes nothing; a former name is mapped and said', () => {
    const fresh = join(root, 'dry');
    const dry = run('Bình Dương', '--data', fresh, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('“Bình Dương” là Tỉnh Bình Dương, đơn vị hành chính trước ngày 01/07/2025');
    expect(dry.out).toMatch(/vintages\/2025-07\/geo\/map\.topojson +\d/u);
    expect(dry.out).toContain('Khung đảo (chọn theo hình học): Đặc khu Côn Đảo');
    expect(existsSync(fresh)).toBe(false);
  });

  it('names an ambiguous or unknown province (exit 2) and a corrupted reference (exit 1)', () => {
    const giang = run('giang', '--data', data);
    expect(giang.code).toBe(2);
    expect(giang.err).toContain('“giang” có thể là:');
    expect(run('Lam Dng', '--data', data, '--lang', 'en').err).toContain('Did you mean Tỉnh Lâm Đồng (68)?');
    const broken = join(root, 'reference');
    cpSync('reference/vn-2025', broken, { recursive: true });
    writeFileSync(
      join(broken, 'provinces.csv'),
      readFileSync(join(broken, 'provinces.csv'), 'utf8').replace('Lai Châu', 'Lai Chau'),
    );
    const bad = run('12', '--data', join(root, 'never'), '--reference', broken);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/provinces\.csv: sha256 is [0-9a-f]{64}, the manifest says 9e3fb7ae/u);
    expect(existsSync(join(root, 'never'))).toBe(false);
  });

  it('adds a vintage from a newer reference, keeping the months on their units (--new-vintage)', () => {
    const folder = join(root, 'later');
    expect(run('12', '--data', folder).code).toBe(0);
    const real = { ...illustrative('2025-09'), illustrative: false };
    writeFileSync(join(folder, 'campaign.json'), JSON.stringify({ months: [real] }));
    // A later snapshot whose list is in force from 1 July 2026 (the same units, for the test).
    const later = join(root, 'vn-2026');
    cpSync('reference/vn-2025', later, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(later, 'manifest.json'), 'utf8')) as { listDate: string };
    writeFileSync(join(later, 'manifest.json'), JSON.stringify({ ...manifest, listDate: '2026-07-01' }));
    const added = run('12', '--data', folder, '--reference', later, '--new-vintage');
    expect(added.err).toBe('');
    expect(added.out).toContain('Đã thêm thời kỳ 2026-07 (từ 01/07/2026); thời kỳ 2025-07 kết thúc ngày 30/06/2026.');
    const area = loadArea(folder);
    expect(area.vintages.map((v) => [v.id, v.validFrom, v.validTo])).toEqual([
      ['2025-07', '2025-07-01', '2026-06-30'],
      ['2026-07', '2026-07-01', null],
    ]);
    expect(existsSync(join(folder, 'vintages/2026-07/geo/map.topojson'))).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'campaign.json'), 'utf8'))).toEqual({ months: [real] });
    // Again: nothing newer to add. And a month from the new date on the old units is refused.
    expect(run('12', '--data', folder, '--reference', later, '--new-vintage').err).toContain('không mới hơn');
    const other = join(root, 'later-2');
    run('12', '--data', other);
    writeFileSync(join(other, 'campaign.json'), JSON.stringify({ months: [real, { ...real, month: '2026-08' }] }));
    const refused = run('12', '--data', other, '--reference', later, '--new-vintage');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^tháng 8\/2026 đã nhập trên danh sách đơn vị cũ/u);
  });

  it('prints its help in Vietnamese, and in English with --lang en', () => {
    expect(run('--help').out).toMatch(/^Cách dùng: npm run area -- <tỉnh>/u);
    expect(run('--help', '--lang', 'en').out).toMatch(/^Usage: npm run area -- <province>/u);
  });
});

describe("the import on a province's folder: another province's file, the national file", () => {
  const root = mkdtempSync(join(tmpdir(), 'area-import-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = build('12');
  for (const f of folder.files) {
    mkdirSync(dirname(join(root, 'data', f.path)), { recursive: true });
    writeFileSync(join(root, 'data', f.path), f.content);
  }
  /** A monthly file of these units (code, name, count), as VNNIC's portal exports one. */
  const file = (name: string, units: readonly { code: string; name: string }[]): string => {
    const rows = units.map((u, i) => `${i + 1},${u.code},${u.name},${100 + i}`);
    writeFileSync(join(root, name), ['THÁNG 9/2025', 'STT,Mã ĐVHC,Xã/Phường/Đặc khu,Số mẫu đo', ...rows].join('\n'));
    return name;
  };
  const importFile = async (name: string) => {
    const err: string[] = [];
    const result = await runImport(
      {
        file: name,
        data: 'data/campaign.json',
        replace: false,
        dryRun: true,
        blankIsNoData: false,
        quiet: true,
        lang: 'vi',
        controls: CLI_CONTROLS,
      },
      { now: new Date('2025-10-15T03:00:00Z'), out: () => {}, err: (l) => err.push(l), cwd: root },
    );
    return { code: result.exitCode, err };
  };

  it('imports a file of its own units', async () => {
    expect((await importFile(file('own.csv', folder.vintage.units.units))).code).toBe(0);
  });

  it("names another province's file in one message, not one per row", async () => {
    const lamDong = ref.units.filter((u) => u.provinceCode === '68');
    const { code, err } = await importFile(file('lam-dong.csv', lamDong));
    expect(code).toBe(1);
    expect(err.filter((l) => l.startsWith('lam-dong.csv:'))).toEqual([
      'lam-dong.csv:2: đây là tệp số liệu của Tỉnh Lâm Đồng (124) — số trong ngoặc là số dòng có mã của tỉnh đó; chỉ 0 dòng có mã của Tỉnh Lai Châu — chọn tệp số mẫu của Tỉnh Lai Châu (tải từ cổng dữ liệu VNNIC bằng tài khoản của tỉnh); chưa nhập gì.',
    ]);
  });

  it('names the national file as such', async () => {
    const { code, err } = await importFile(file('ca-nuoc.csv', ref.units));
    expect(code).toBe(1);
    expect(err.filter((l) => l.startsWith('ca-nuoc.csv:'))).toEqual([
      'ca-nuoc.csv:2: đây là tệp toàn quốc (hoặc của nhiều tỉnh): 3.283 dòng có mã của 33 tỉnh, thành khác, 38 dòng của Tỉnh Lai Châu — lọc giữ lại các dòng của Tỉnh Lai Châu rồi nhập lại, hoặc tải tệp của riêng tỉnh từ cổng dữ liệu VNNIC; chưa nhập gì.',
    ]);
  });
});

/** A month as the illustrative generator writes one (no counts needed for these checks). */
function illustrative(month: string) {
  return {
    month,
    vintage: '2025-07',
    asOf: `${month}-28`,
    illustrative: true,
    source: 'Số liệu minh họa',
    counts: { mobile: {} },
    provenance: { kind: 'generated', script: 'scripts/fixtures/make-illustrative.ts', seed: 1 },
    reports: [],
  };
}
