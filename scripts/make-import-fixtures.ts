/**
 * Writes the import test fixtures (tests/fixtures/import/) and the example files officials can copy
 * (data/examples/), from the unit lists of both vintages (data/vintages/<id>/units.json).
 * Deterministic: running it twice gives the same files.
 *
 *   npx tsx scripts/make-import-fixtures.ts
 *
 * Good files come with `expected.json` (the counts each must import to); bad files break one rule
 * each (see tests/unit/import-fixtures.test.ts for the problems each must report).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { UnitListSchema, type UnitList } from '../src/lib/schema';
import { readXlsx } from '../src/lib/spreadsheet/xlsx';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/fixtures/import');
const EXAMPLES = join(ROOT, 'data/examples');

/** A made-up but stable count for one commune and month (0–1,499; some above 1,000). */
export function fixtureCount(code: string, month: string): number {
  let h = 2166136261;
  for (const ch of `${code}|${month}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 1500;
}

type Row = Array<string | number>;

/** One CSV line; fields quoted when they hold the delimiter, a quote or a line break. */
function csvLine(cells: readonly (string | number)[], delimiter: string): string {
  return cells
    .map((c) => {
      const s = String(c);
      return s.includes(delimiter) || /["\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
    })
    .join(delimiter);
}

function csvText(rows: readonly Row[], delimiter = ','): string {
  return `${rows.map((r) => csvLine(r, delimiter)).join('\r\n')}\r\n`;
}

const BOM = '\ufeff';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Swaps old and new tone placement: "Hòa" ↔ "Hoà", "Thủy" ↔ "Thuỷ". */
export function swapTonePlacement(name: string): string {
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  let out = name.normalize('NFC');
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    for (const tone of tones) {
      const onFirst = `${first}${tone}${second}`.normalize('NFC');
      const onSecond = `${first}${second}${tone}`.normalize('NFC');
      const marker = '\u0000';
      out = out.replaceAll(onFirst, marker).replaceAll(onSecond, onFirst).replaceAll(marker, onSecond);
    }
  }
  return out;
}

const bare = (name: string, type: string): string => (name.startsWith(`${type} `) ? name.slice(type.length + 1) : name);
const SHORT: Record<string, string> = { Phường: 'P.', 'Thị trấn': 'TT.', Xã: 'X.' };

export interface Expected {
  [fixture: string]: {
    /** Extra command-line options the file is imported with. */
    args: string[];
    months: Record<string, { mobile: Record<string, number>; fixed?: Record<string, number> }>;
    reports?: Record<string, Array<{ unit: string; reportedOn: string; solutions: string; difficulties: string }>>;
    /** The "now" the file is imported at, when not the tests' default (15/04/2025). */
    now?: string;
  };
}

/** The unit lists the fixtures are made from: before and from 1 July 2025. */
export interface FixtureUnits {
  old: UnitList;
  current: UnitList;
}

export async function makeFixtures({ old: units, current }: FixtureUnits): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(EXAMPLES, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: string | Buffer, dir = OUT): void => {
    writeFileSync(join(dir, name), data);
    written.push(join(dir, name));
  };
  // ExcelJS stamps the zip entries with the current time, so a workbook is rewritten only when
  // its cells changed: regenerating leaves committed .xlsx fixtures byte-identical.
  const writeWorkbook = async (name: string, wb: ExcelJS.Workbook): Promise<void> => {
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const path = join(OUT, name);
    if (existsSync(path)) {
      const cells = async (b: Uint8Array): Promise<string> => JSON.stringify((await readXlsx(b)).sheets);
      if ((await cells(readFileSync(path))) === (await cells(bytes))) {
        written.push(path);
        return;
      }
    }
    write(name, bytes);
  };
  const districtName = new Map(units.districts.map((d) => [d.code, d.name]));
  const district = (code: string | undefined): string => (code ? (districtName.get(code) ?? code) : '');
  const M = '2025-03';
  const all = units.units;
  const countsOf = (month: string, list = all): Record<string, number> =>
    Object.fromEntries(
      [...list].sort((a, b) => a.code.localeCompare(b.code)).map((u) => [u.code, fixtureCount(u.code, month)]),
    );
  const sum = (month: string, list = all): number => list.reduce((n, u) => n + fixtureCount(u.code, month), 0);
  const expected: Expected = {};

  // 1. UTF-8, comma, title rows (one with a comma and a document date) and a total row.
  write(
    'good-utf8-comma-title-total.csv',
    csvText([
      ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KIÊN GIANG', '', '', '', ''],
      ['SỐ MẪU ĐO TỐC ĐỘ i-SPEED, BĂNG RỘNG DI ĐỘNG, THÁNG 3/2025', '', '', '', ''],
      ['Kiên Giang, ngày 05 tháng 4 năm 2025', '', '', '', ''],
      ['', '', '', '', ''],
      ['STT', 'Xã/Phường/Thị trấn', 'Huyện/Thành phố', 'Số mẫu đo', 'Ghi chú'],
      ...all.map((u, i): Row => [i + 1, u.name, district(u.districtCode), fixtureCount(u.code, M), '']),
      ['', 'Tổng cộng', '', sum(M), ''],
    ]),
  );
  expected['good-utf8-comma-title-total.csv'] = { args: [], months: { [M]: { mobile: countsOf(M) } } };

  // 2. UTF-8 with BOM, semicolon, codes, Vietnamese thousands separators ("1.234", "1 234").
  const thousands = (n: number, i: number): string =>
    n < 1000
      ? String(n)
      : i % 2 === 0
        ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`
        : `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}`;
  write(
    'good-utf8-bom-semicolon.csv',
    BOM +
      csvText(
        [
          ['Số mẫu đo i-Speed, Tháng 03 năm 2025'],
          [],
          ['Mã ĐVHC', 'Tên đơn vị', 'Huyện', 'Số mẫu'],
          ...all.map((u, i): Row => [u.code, u.name, district(u.districtCode), thousands(fixtureCount(u.code, M), i)]),
          ['', 'Tổng', '', thousands(sum(M), 0)],
        ],
        ';',
      ),
  );
  expected['good-utf8-bom-semicolon.csv'] = { args: [], months: { [M]: { mobile: countsOf(M) } } };

  // 3. UTF-16 LE with BOM, tab-separated (Excel "Unicode text"), English headers.
  write(
    'good-utf16le-tab.txt',
    utf16le(
      csvText(
        [
          ['i-Speed samples by commune, tháng 3 - 2025'],
          ['code', 'commune', 'district', 'samples'],
          ...all.map((u): Row => [u.code, u.name, district(u.districtCode), fixtureCount(u.code, M)]),
          ['', 'Total', '', sum(M)],
        ],
        '\t',
      ),
    ),
  );
  expected['good-utf16le-tab.txt'] = { args: [], months: { [M]: { mobile: countsOf(M) } } };

  // 4. Names written every way offices write them; no code column.
  const nfd = (s: string): string => s.normalize('NFD');
  const eth = (s: string): string => s.replaceAll('Đ', '\u00d0');
  const communeVariant = (u: UnitList['units'][number], i: number): string => {
    const b = bare(u.name, u.type);
    const variants = [
      u.name,
      b,
      `${SHORT[u.type] ?? ''} ${b}`,
      `${(SHORT[u.type] ?? '').trim()}${b}`,
      nfd(u.name),
      `  ${u.name.toUpperCase().replaceAll(' ', '   ')} `,
      `${u.type === 'Thị trấn' ? 'TT' : u.type} ${nfd(b)}`,
    ];
    const chosen = variants[i % variants.length] ?? u.name;
    return eth(swapTonePlacement(chosen));
  };
  const districtVariant = (code: string, i: number): string => {
    const name = district(code);
    const d = units.districts.find((x) => x.code === code);
    const b = d ? bare(name, d.type) : name;
    const short = d?.type === 'Thành phố' ? (i % 2 ? 'TP.' : 'TP') : 'H.';
    const variants = [name, b, `${short} ${b}`, nfd(name).toLowerCase()];
    return eth(swapTonePlacement(variants[i % variants.length] ?? name));
  };
  const variantRows = all.map((u, i): Row => {
    // Units sharing a name with another in the same district need their type written.
    const sameDistrictTwin = all.some(
      (x) => x !== u && x.districtCode === u.districtCode && bare(x.name, x.type) === bare(u.name, u.type),
    );
    const name = sameDistrictTwin ? `${SHORT[u.type] ?? ''} ${bare(u.name, u.type)}` : communeVariant(u, i);
    return [i + 1, name, districtVariant(u.districtCode ?? '', i), fixtureCount(u.code, M)];
  });
  write(
    'good-name-variants.csv',
    csvText([
      ['BÁO CÁO SỐ MẪU ĐO THÁNG 3/2025'],
      ['TT', 'Xã, phường, thị trấn', 'Huyện/TP', 'Số mẫu đo'],
      ...variantRows,
      ['', 'TỔNG CỘNG', '', sum(M)],
    ]),
  );
  expected['good-name-variants.csv'] = { args: [], months: { [M]: { mobile: countsOf(M) } } };

  // 5. District group rows with subtotals, as many government sheets are laid out; no district column.
  const groupRows: Row[] = [];
  units.districts.forEach((d, di) => {
    const inD = all.filter((u) => u.districtCode === d.code);
    groupRows.push([
      ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'][di] ?? '',
      d.name,
      sum(M, inD),
    ]);
    inD.forEach((u, i) => groupRows.push([i + 1, u.name, fixtureCount(u.code, M)]));
  });
  write(
    'good-district-groups.csv',
    csvText([
      ['SỐ MẪU ĐO i-SPEED THÁNG 3/2025'],
      ['STT', 'Đơn vị', 'Số mẫu đo'],
      ...groupRows,
      ['', 'Tổng cộng', sum(M)],
    ]),
  );
  expected['good-district-groups.csv'] = { args: [], months: { [M]: { mobile: countsOf(M) } } };

  // 6. Several months in one file, with a "Tháng" column; some communes without a row (no data).
  const months = ['2025-01', '2025-02', '2025-03'];
  const monthText = ['01/2025', 'Tháng 2/2025', '2025-03'];
  const multiRows: Row[] = [];
  const multiExpected: Expected[string]['months'] = {};
  months.forEach((m, k) => {
    const present = all.filter((_, i) => !(k === 1 && i % 10 === 0));
    multiExpected[m] = { mobile: countsOf(m, present) };
    for (const u of present) multiRows.push([monthText[k] ?? m, u.code, u.name, fixtureCount(u.code, m)]);
  });
  write('good-multi-month.csv', csvText([['Tháng', 'Mã xã', 'Xã/Phường/Thị trấn', 'Số mẫu đo'], ...multiRows]));
  expected['good-multi-month.csv'] = { args: [], months: multiExpected };

  // 7. Blank counts, imported with --blank-is-no-data.
  const someBlank = all.slice(0, 20);
  write(
    'good-blank-is-no-data.csv',
    csvText([
      ['THÁNG 3/2025'],
      ['Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Số mẫu đo'],
      ...someBlank.map((u, i): Row => [u.code, u.name, i % 4 === 0 ? '' : fixtureCount(u.code, M)]),
    ]),
  );
  expected['good-blank-is-no-data.csv'] = {
    args: ['--blank-is-no-data'],
    months: {
      [M]: {
        mobile: countsOf(
          M,
          someBlank.filter((_, i) => i % 4 !== 0),
        ),
      },
    },
  };

  // 8. District reports as their own CSV (imported after the counts of 2025-03).
  const reports = [
    {
      unit: '899',
      reportedOn: '2025-04-08',
      solutions: 'Tuyên truyền trên Cổng thông tin điện tử thành phố.\nHướng dẫn cài đặt i-Speed tại bộ phận một cửa.',
      difficulties: 'Người dân chưa quen bật định vị khi đo.',
    },
    {
      unit: '903',
      reportedOn: '2025-04-10',
      solutions: 'Phát thanh trên loa truyền thanh cơ sở <b>3 lần/tuần</b>.',
      difficulties: '',
    },
    {
      unit: '912',
      reportedOn: '2025-04-09',
      solutions: 'Đo tại các điểm trường và trạm y tế.',
      difficulties: 'Xã đảo, ít thuê bao 4G; mất sóng khi biển động.',
    },
  ];
  write(
    'good-reports.csv',
    csvText([
      ['TỔNG HỢP BÁO CÁO CỦA CÁC HUYỆN, THÀNH PHỐ VỀ ĐO i-SPEED THÁNG 3/2025'],
      ['STT', 'Huyện/Thành phố', 'Ngày báo cáo', 'Giải pháp đã triển khai', 'Khó khăn, vướng mắc'],
      ...reports.map((r, i): Row => [
        i + 1,
        district(r.unit),
        r.reportedOn.split('-').reverse().join('/'),
        r.solutions,
        `  ${r.difficulties}  `,
      ]),
    ]),
  );
  expected['good-reports.csv'] = { args: [], months: {}, reports: { [M]: reports } };

  // 9. An Excel workbook: merged title "THÁNG 3/2025", header, numbers, a SUM total row, and a
  //    second sheet "Báo cáo" with district reports (dates as Excel dates).
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-import-fixtures';
  wb.created = new Date(Date.UTC(2025, 3, 5));
  wb.modified = new Date(Date.UTC(2025, 3, 5));
  const ws = wb.addWorksheet('Số mẫu');
  ws.addRow(['SỞ THÔNG TIN VÀ TRUYỀN THÔNG']);
  ws.addRow(['SỐ MẪU ĐO i-SPEED CẤP XÃ THÁNG 3/2025']);
  ws.mergeCells('A1:E1');
  ws.mergeCells('A2:E2');
  ws.addRow([]);
  ws.addRow(['STT', 'Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Huyện/Thành phố', 'Số mẫu đo']);
  all.forEach((u, i) => ws.addRow([i + 1, Number(u.code), u.name, district(u.districtCode), fixtureCount(u.code, M)]));
  const last = ws.rowCount;
  const total = ws.addRow(['Tổng cộng', null, null, null, { formula: `SUM(E5:E${last})`, result: sum(M) }]);
  ws.mergeCells(`A${total.number}:D${total.number}`);
  const rs = wb.addWorksheet('Báo cáo');
  rs.addRow(['BÁO CÁO CỦA CÁC HUYỆN THÁNG 3/2025']);
  rs.addRow(['Huyện', 'Ngày báo cáo', 'Giải pháp', 'Khó khăn, vướng mắc']);
  for (const r of reports)
    rs.addRow([district(r.unit), new Date(`${r.reportedOn}T00:00:00Z`), r.solutions, r.difficulties]);
  await writeWorkbook('good-workbook.xlsx', wb);
  expected['good-workbook.xlsx'] = { args: [], months: { [M]: { mobile: countsOf(M) } }, reports: { [M]: reports } };

  // An existing real month: importing 2025-03 again needs --replace.
  const few = all.slice(0, 5);
  const small = (
    title: string,
    rows: Row[],
    header: Row = ['STT', 'Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu đo'],
  ): string => csvText([[title], header, ...rows]);
  const okRows = (list = few): Row[] =>
    list.map((u, i): Row => [i + 1, u.name, district(u.districtCode), fixtureCount(u.code, M)]);
  write('existing-month.csv', small('THÁNG 3/2025', okRows()));
  expected['existing-month.csv'] = { args: ['--replace'], months: { [M]: { mobile: countsOf(M, few) } } };

  // The total does not match the rows: a warning, the file still imports.
  write('warn-total-mismatch.csv', small('THÁNG 3/2025', [...okRows(), ['', 'Tổng cộng', '', sum(M, few) + 10]]));
  expected['warn-total-mismatch.csv'] = { args: [], months: { [M]: { mobile: countsOf(M, few) } } };

  Object.assign(expected, makeVintageFixtures(current, write));
  write('expected.json', `${JSON.stringify(expected, null, 2)}\n`);

  // Bad files, one rule each (two instances where a rule can occur twice, to show all are listed).
  const bad: Record<string, string | Buffer> = {
    'bad-unknown-name.csv': small('THÁNG 3/2025', [
      ...okRows(),
      [6, 'Xã Bình Anh', 'Huyện Kiên Lương', 120],
      [7, 'Phường Vĩnh Thành Văn', 'Thành phố Rạch Giá', 80],
    ]),
    'bad-ambiguous-name.csv': small(
      'THÁNG 3/2025',
      [
        [1, 'Bình An', 300],
        [2, 'Xã Phi Thông', 120],
      ],
      ['STT', 'Xã/Phường/Thị trấn', 'Số mẫu đo'],
    ),
    'bad-negative-count.csv': small('THÁNG 3/2025', [
      ...okRows(),
      [6, 'Xã Bình Sơn', 'Huyện Hòn Đất', '-5'],
      [7, 'Xã Bình Giang', 'Huyện Hòn Đất', '(12)'],
    ]),
    'bad-fraction-count.csv': small('THÁNG 3/2025', [
      ...okRows(),
      [6, 'Xã Bình Sơn', 'Huyện Hòn Đất', '12,5'],
      [7, 'Xã Bình Giang', 'Huyện Hòn Đất', '7.5'],
    ]),
    'bad-text-count.csv': small('THÁNG 3/2025', [
      ...okRows(),
      [6, 'Xã Bình Sơn', 'Huyện Hòn Đất', 'chưa có'],
      [7, 'Xã Bình Giang', 'Huyện Hòn Đất', 'n/a'],
    ]),
    'bad-duplicate-commune.csv': small('THÁNG 3/2025', [...okRows(), [6, 'Phường Vĩnh Quang', 'TP. Rạch Giá', 250]]),
    'bad-blank-count.csv': small('THÁNG 3/2025', [...okRows(), [6, 'Xã Bình Sơn', 'Huyện Hòn Đất', '']]),
    'bad-month-conflict.csv': csvText([
      ['SỐ MẪU ĐO THÁNG 3/2025'],
      ['Tháng', 'Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu đo'],
      ...few.map((u, i): Row => [
        i === 2 ? '04/2025' : '03/2025',
        u.name,
        district(u.districtCode),
        fixtureCount(u.code, M),
      ]),
    ]),
    'bad-future-month.csv': small('THÁNG 1/2099', okRows()),
    'bad-unknown-code.csv': small(
      'THÁNG 3/2025',
      [
        ...few.map((u): Row => [u.code, u.name, fixtureCount(u.code, M)]),
        ['30999', '', 100],
        ['3O742', 'Phường Vĩnh Thanh Vân', 100],
      ],
      ['Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Số mẫu đo'],
    ),
    'bad-missing-count-column.csv': small(
      'THÁNG 3/2025',
      few.map((u, i): Row => [i + 1, u.name, district(u.districtCode), 'đã báo cáo']),
      ['STT', 'Xã/Phường/Thị trấn', 'Huyện', 'Ghi chú'],
    ),
    'bad-several-problems.csv': small('THÁNG 3/2025', [
      ...okRows(),
      [6, 'Xã Bình Anh', 'Huyện Kiên Lương', 120],
      [7, 'Xã Bình Sơn', 'Huyện Hòn Đất', '-5'],
      [8, 'Xã Bình Giang', 'Huyện Hòn Đất', ''],
      [9, 'Phường Vĩnh Thanh', 'Thành phố Rạch Giá', 40],
    ]),
    'bad-not-utf8.csv': Buffer.from('THÁNG 3/2025\r\nXã/Phường/Thị trấn,Số mẫu đo\r\nXã Bình Sơn,12\r\n', 'latin1'),
    'bad-report-rules.csv': csvText([
      ['BÁO CÁO THÁNG 3/2025'],
      ['Huyện', 'Ngày báo cáo', 'Giải pháp', 'Khó khăn'],
      ['Thành phố Rạch Giá', '08/04/2025', 'Tuyên truyền.', ''],
      ['TP. Rạch Giá', '09/04/2025', 'Báo cáo bổ sung.', ''],
      ['Huyện Hòn Đất', '31/04/2025', 'Phát thanh.', ''],
      ['Huyện Kiên Hải', '10/04/2099', 'Đo tại trường học.', ''],
      ['Huyện Rạch Sỏi', '10/04/2025', 'Tuyên truyền.', ''],
    ]),
  };
  for (const [name, data] of Object.entries(bad)) write(name, data);

  // An Excel sheet with a fraction stored as a number (12.5), not as text.
  const fb = new ExcelJS.Workbook();
  fb.created = new Date(Date.UTC(2025, 3, 5));
  fb.modified = new Date(Date.UTC(2025, 3, 5));
  const fsheet = fb.addWorksheet('Sheet1');
  fsheet.addRow(['THÁNG 3/2025']);
  fsheet.addRow(['Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Số mẫu đo']);
  few.forEach((u) => fsheet.addRow([u.code, u.name, fixtureCount(u.code, M)]));
  fsheet.addRow(['30823', 'Xã Bình Sơn', 12.5]);
  await writeWorkbook('bad-fraction-count.xlsx', fb);

  // Examples for officials: clearly fake numbers, the first title line says so.
  write(
    'so-mau-thang-mau.csv',
    BOM +
      csvText([
        ['VÍ DỤ – số liệu không có thật (tệp mẫu để đối chiếu cột; không nhập tệp này)', '', '', '', ''],
        ['SỐ MẪU ĐO TỐC ĐỘ i-SPEED BĂNG RỘNG DI ĐỘNG CẤP XÃ, THÁNG 3/2025', '', '', '', ''],
        ['', '', '', '', ''],
        ['STT', 'Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Huyện/Thành phố', 'Số mẫu đo'],
        ...all.map((u, i): Row => [i + 1, u.code, u.name, district(u.districtCode), ((i % 5) + 1) * 100]),
        ['', '', 'Tổng cộng', '', all.reduce((n, _, i) => n + ((i % 5) + 1) * 100, 0)],
      ]),
    EXAMPLES,
  );
  write(
    'bao-cao-huyen-mau.csv',
    BOM +
      csvText([
        ['VÍ DỤ – số liệu không có thật (tệp mẫu báo cáo của huyện; không nhập tệp này)', '', '', '', ''],
        ['BÁO CÁO KẾT QUẢ ĐO i-SPEED CỦA CÁC HUYỆN, THÀNH PHỐ, THÁNG 3/2025', '', '', '', ''],
        ['STT', 'Huyện/Thành phố', 'Ngày báo cáo', 'Giải pháp đã triển khai', 'Khó khăn, vướng mắc'],
        ...units.districts
          .slice(0, 3)
          .map((d, i): Row => [
            i + 1,
            d.name,
            `${String(8 + i).padStart(2, '0')}/04/2025`,
            'Ví dụ: tuyên truyền trên loa truyền thanh; hướng dẫn cài i-Speed tại bộ phận một cửa.',
            'Ví dụ: người dân chưa bật định vị khi đo.',
          ]),
      ]),
    EXAMPLES,
  );
  return written;
}

/**
 * Fixtures of the vintage from 1 July 2025 (48 new units, no districts), and of its edge with the
 * vintage before: new names in a 2025-09 file, an old name or a disagreeing code in 2025-09, a new
 * name in 2025-03, "ĐK." for "Đặc khu", commune reports, and a small campaign to import into.
 */
function makeVintageFixtures(current: UnitList, write: (name: string, data: string) => void): Expected {
  const S = '2025-09';
  const all = current.units;
  const countsOf = (list = all): Record<string, number> =>
    Object.fromEntries(
      [...list].sort((a, b) => a.code.localeCompare(b.code)).map((u) => [u.code, fixtureCount(u.code, S)]),
    );
  const sum = all.reduce((n, u) => n + fixtureCount(u.code, S), 0);
  const out: Expected = {};
  const late = '2025-10-15T03:00:00Z';

  write(
    'good-2025-09-new-names.csv',
    csvText([
      ['SỐ MẪU ĐO i-SPEED CẤP XÃ THÁNG 9/2025'],
      ['STT', 'Xã/Phường/Đặc khu', 'Số mẫu đo'],
      ...all.map((u, i): Row => [i + 1, i % 3 === 0 ? swapTonePlacement(u.name) : u.name, fixtureCount(u.code, S)]),
      ['', 'Tổng cộng', sum],
    ]),
  );
  out['good-2025-09-new-names.csv'] = { args: [], months: { [S]: { mobile: countsOf() } }, now: late };

  const zones = ['Đặc khu Phú Quốc', 'Đặc khu Thổ Châu', 'Đặc khu Kiên Hải', 'Phường Rạch Giá', 'Xã Bình An'];
  const zoneUnits = zones.map((n) => all.find((u) => u.name === n)).filter((u) => u !== undefined);
  const written = ['ĐK. Phú Quốc', 'ĐK Thổ Châu', 'Đ.K. Kiên Hải', 'P. Rạch Giá', 'Bình An'];
  write(
    'good-2025-09-dac-khu.csv',
    csvText([
      ['THÁNG 9/2025'],
      ['TT', 'Xã, phường', 'Số mẫu'],
      ...zoneUnits.map((u, i): Row => [i + 1, written[i] ?? u.name, fixtureCount(u.code, S)]),
    ]),
  );
  out['good-2025-09-dac-khu.csv'] = { args: [], months: { [S]: { mobile: countsOf(zoneUnits) } }, now: late };

  const few = all.slice(0, 4);
  const fewRows = few.map((u): Row => [u.code, u.name, fixtureCount(u.code, S)]);
  const codeHeader: Row = ['Mã ĐVHC', 'Đơn vị hành chính cấp xã', 'Số mẫu đo'];
  write('bad-2025-09-old-name.csv', csvText([['THÁNG 9/2025'], codeHeader, ...fewRows, ['', 'Xã Thạnh Yên', 210]]));
  write(
    'bad-2025-09-code-name.csv',
    csvText([['THÁNG 9/2025'], codeHeader, ...fewRows, ['31012', 'Xã Thạnh Yên', 210]]),
  );
  write(
    'bad-2025-03-new-name.csv',
    csvText([['THÁNG 3/2025'], ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu đo'], ['Xã Vĩnh Hòa Hưng', '', 120]]),
  );

  const reports = [
    { unit: '30742', reportedOn: '2025-10-08', solutions: 'Hướng dẫn đo tại bộ phận một cửa.', difficulties: '' },
    {
      unit: '31078',
      reportedOn: '2025-10-09',
      solutions: 'Đo tại các điểm du lịch.',
      difficulties: 'Khách du lịch dùng Wi-Fi khách sạn.',
    },
  ];
  const nameOf = (code: string): string => all.find((u) => u.code === code)?.name ?? code;
  write(
    'good-2025-09-reports.csv',
    csvText([
      ['BÁO CÁO CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU VỀ ĐO i-SPEED THÁNG 9/2025'],
      ['STT', 'Xã/Phường/Đặc khu', 'Ngày báo cáo', 'Giải pháp đã triển khai', 'Khó khăn, vướng mắc'],
      ...reports.map((r, i): Row => [
        i + 1,
        nameOf(r.unit).replace('Đặc khu ', 'ĐK. '),
        r.reportedOn.split('-').reverse().join('/'),
        r.solutions,
        r.difficulties,
      ]),
    ]),
  );
  out['good-2025-09-reports.csv'] = { args: [], months: {}, reports: { [S]: reports }, now: late };
  write('campaign-base.json', `${JSON.stringify(campaignBase(current), null, 2)}\n`);
  return out;
}

/** A small campaign with one real month on each side of 1 July 2025 (import tests start from it). */
function campaignBase(current: UnitList): unknown {
  const month = (m: string, vintage: string, codes: string[]): unknown => ({
    month: m,
    vintage,
    asOf: `${m}-28`,
    source: 'VNNIC – hệ thống đo i-Speed (tệp kiểm thử)',
    illustrative: false,
    counts: { mobile: Object.fromEntries(codes.map((c) => [c, fixtureCount(c, m)])) },
    provenance: {
      kind: 'import',
      file: 'earlier.csv',
      sha256: '0'.repeat(64),
      rowsRead: codes.length,
      importedAt: `${m}-28T02:00:00.000Z`,
    },
    reports: [],
  });
  return {
    months: [
      month('2025-06', '2025-01', ['30733', '30736', '31012']),
      month(
        '2025-07',
        '2025-07',
        current.units.slice(0, 3).map((u) => u.code),
      ),
    ],
  };
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const list = (id: string): UnitList =>
    UnitListSchema.parse(JSON.parse(readFileSync(join(ROOT, `data/vintages/${id}/units.json`), 'utf8')));
  const files = await makeFixtures({ old: list('2025-01'), current: list('2025-07') });
  process.stdout.write(
    `Wrote ${files.length} files:\n${files.map((f) => `  ${f.slice(ROOT.length + 1)}`).join('\n')}\n`,
  );
}
