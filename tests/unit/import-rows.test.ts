/**
 * The pure steps of the import, without files: rows → months (readCountsSheet), months → campaign
 * (applyImport), and the whole plan from bytes (planImport).
 */
import { describe, expect, it } from 'vitest';
import { applyImport, emptyCampaign } from '../../src/lib/import/apply';
import { readCountsSheet, type ImportedMonth } from '../../src/lib/import/counts-sheet';
import { planImport, type ImportOptions } from '../../src/lib/import/plan';
import { formatProblem } from '../../src/lib/import/problems';
import { VintageIndex } from '../../src/lib/import/vintages';
import { CLI_CONTROLS, type Voice } from '../../src/lib/import/messages/voice';
import { loadReference } from '../../src/lib/data/load';
import { CampaignSchema, type CampaignInput } from '../../src/lib/data/schema/campaign';
import { findHeader } from '../../src/lib/spreadsheet/header';
import { cliOptions } from './import-options';
import type { CellValue, Sheet } from '../../src/lib/spreadsheet/types';

/** The reference unit lists only (area.json, each vintage's units.json), never data/campaign.json. */
const reference = loadReference('tests/fixtures/kien-giang');
/** The wordings below are the English ones (Vietnamese is the default). */
const EN: Voice = { lang: 'en', controls: CLI_CONTROLS };
const index = new VintageIndex(reference, EN);

function sheet(...rows: CellValue[][]): Sheet {
  return { name: 'test.csv', rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

function read(s: Sheet, blankIsNoData = false) {
  const header = findHeader(s.rows);
  if (!header) throw new Error('no header');
  const result = readCountsSheet(s, header, { index, currentMonth: '2025-04', blankIsNoData });
  const lines = (list: typeof result.problems): string[] => list.map((p) => formatProblem('test.csv', p, EN));
  return { ...result, problemLines: lines(result.problems), warningLines: lines(result.warnings) };
}

const counts = (r: ReturnType<typeof read>, month = '2025-03'): Record<string, number> =>
  Object.fromEntries(r.months.get(month)?.counts.mobile ?? []);

describe('rows to counts', () => {
  it('fills a district down from a merged cell above', () => {
    const r = read(
      sheet(
        ['THÁNG 3/2025'],
        ['Huyện', 'Xã/Phường/Thị trấn', 'Số mẫu đo'],
        ['Huyện Kiên Lương', 'Bình An', 10],
        [null, 'Bình Trị', 20],
        ['Huyện Châu Thành', 'Bình An', 30],
        [null, 'Thạnh Lộc', 40],
      ),
    );
    expect(r.problemLines).toEqual([]);
    expect(counts(r)).toEqual({ '30808': 10, '30809': 20, '30898': 30, '30901': 40 });
  });

  it('takes the district from a group row and checks its subtotal (a warning)', () => {
    const r = read(
      sheet(
        ['THÁNG 3/2025'],
        ['STT', 'Đơn vị', 'Số mẫu đo'],
        ['I', 'Huyện Kiên Lương', 31],
        [1, 'Bình An', 10],
        [2, 'Bình Trị', 20],
        ['II', 'H. Châu Thành', 30],
        [1, 'Bình An', 30],
      ),
    );
    expect(r.problemLines).toEqual([]);
    expect(counts(r)).toEqual({ '30808': 10, '30809': 20, '30898': 30 });
    expect(r.warningLines).toEqual([
      'test.csv:3:C: the subtotal of Huyện Kiên Lương says 31 but its rows add up to 30 — check the file; the commune rows are imported, the subtotal is not',
    ]);
  });

  it('refuses a code whose name is another commune; warns when the district is another', () => {
    const r = read(
      sheet(
        ['THÁNG 3/2025'],
        ['Mã ĐVHC', 'Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'],
        [30742, 'Tô Châu', 'Rạch Giá', 5],
        ['30733', 'P. Vĩnh Thanh', 'Hà Tiên', 6],
        ['30745', 'P. Vinh Lac', 'Rạch Giá', 7],
      ),
    );
    expect(r.problemLines).toEqual([
      'test.csv:3:B: code 30742 is Phường Vĩnh Thanh Vân in 2025-03, not "Tô Châu" — "Tô Châu" is Phường Tô Châu (30766): correct the code or the name',
    ]);
    expect(counts(r)).toEqual({ '30733': 6, '30745': 7 });
    expect(r.warningLines).toEqual([
      'test.csv:4:C: Phường Vĩnh Thanh (30733) is in Thành phố Rạch Giá, not in Thành phố Hà Tiên — imported by the code; check the code and the district',
    ]);
  });

  it('warns when a commune is written with another type', () => {
    const r = read(
      sheet(['THÁNG 3/2025'], ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'], ['Phường Bình Sơn', 'Hòn Đất', 5]),
    );
    expect(counts(r)).toEqual({ '30823': 5 });
    expect(r.warningLines).toEqual([
      'test.csv:3:A: "Phường Bình Sơn" is written as a Phường but the unit list has Xã Bình Sơn (30823) — imported as that commune; correct the type in the file if it is wrong',
    ]);
  });

  it('says where a commune is when the district is wrong', () => {
    const r = read(sheet(['THÁNG 3/2025'], ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'], ['Bình An', 'Gò Quao', 5]));
    expect(r.problemLines).toEqual([
      'test.csv:3:A: "Bình An" is not in Huyện Gò Quao; the unit list has Xã Bình An (30808, Huyện Kiên Lương) and Xã Bình An (30898, Huyện Châu Thành) — correct the district or the commune name',
    ]);
  });

  it('asks for the type when two communes of one district share a name', () => {
    const r = read(sheet(['THÁNG 3/2025'], ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'], ['Vĩnh Thuận', 'Vĩnh Thuận', 5]));
    expect(r.problemLines).toEqual([
      'test.csv:3:A: "Vĩnh Thuận" is the name of 2 communes: Thị trấn Vĩnh Thuận (31051, Huyện Vĩnh Thuận) and Xã Vĩnh Thuận (31069, Huyện Vĩnh Thuận) — write the type before the name ("Thị trấn Vĩnh Thuận" and "Xã Vĩnh Thuận") or give the code in a "Mã ĐVHC" column',
    ]);
  });

  it('reads a fixed-broadband column next to the mobile one', () => {
    const r = read(
      sheet(['THÁNG 3/2025'], ['Mã xã', 'Số mẫu di động', 'Số mẫu cố định'], ['30823', 5, 7], ['30826', 6, null]),
      true,
    );
    expect(r.problemLines).toEqual([]);
    const month = r.months.get('2025-03');
    expect(Object.fromEntries(month?.counts.fixed ?? [])).toEqual({ '30823': 7 });
    expect(Object.fromEntries(month?.counts.mobile ?? [])).toEqual({ '30823': 5, '30826': 6 });
  });

  it('ignores the footer below the total row (signatures, dates)', () => {
    const r = read(
      sheet(
        ['THÁNG 3/2025'],
        ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'],
        ['Xã Bình Sơn', 'Hòn Đất', 5],
        ['Tổng cộng', null, 5],
        [null, 'NGƯỜI LẬP BIỂU', null],
        [null, 'Nguyễn Văn A', null],
      ),
    );
    expect(r.problemLines).toEqual([]);
    expect(r.stats).toMatchObject({ rowsRead: 1, matched: 1, totalRows: 1 });
  });

  it('still reports a commune with a blank count below a total row', () => {
    const r = read(
      sheet(
        ['THÁNG 3/2025'],
        ['Xã/Phường/Thị trấn', 'Huyện', 'Số mẫu'],
        ['Tổng', null, 0],
        ['Xã Bình Sơn', 'Hòn Đất', null],
      ),
    );
    expect(r.problemLines).toEqual([
      'test.csv:4:C: no count for Xã Bình Sơn (30823) — write the number of samples (0 if none were taken), or run with --blank-is-no-data to store blank counts as "no data"',
    ]);
  });

  it('reads a month per row from a "Tháng" column, refusing a month without its year', () => {
    const r = read(
      sheet(
        ['Tháng', 'Mã xã', 'Số mẫu'],
        ['03/2025', '30823', 5],
        [new Date(Date.UTC(2025, 1, 1)), '30823', 6],
        ['3', '30826', 7],
      ),
    );
    expect(counts(r)).toEqual({ '30823': 5 });
    expect(counts(r, '2025-02')).toEqual({ '30823': 6 });
    expect(r.problemLines).toEqual([
      'test.csv:4:A: month "3" is not a month with its year — write it as MM/YYYY, e.g. 03/2025, or as 2025-03',
    ]);
  });

  it('asks for --month when no month is given anywhere', () => {
    const r = read(sheet(['Mã xã', 'Số mẫu'], ['30823', 5]));
    expect(r.problemLines).toEqual([
      'test.csv: no month found: no --month option, no "Tháng" column and no "THÁNG m/yyyy" in the title rows — run again with --month YYYY-MM, e.g. --month 2025-03',
    ]);
  });
});

const imported = (month: string, entries: Record<string, number>): ImportedMonth => ({
  month,
  vintage: '2025-01',
  counts: { mobile: new Map(Object.entries(entries)) },
  rowsRead: Object.keys(entries).length,
  rowOf: new Map(),
});

const base = {
  dataLabel: 'data/campaign.json',
  reference,
  replace: false,
  asOf: '2025-04-15',
  source: 'VNNIC',
  provenance: { file: 'x.csv', sha256: 'a'.repeat(64), importedAt: '2025-04-15T03:00:00.000Z' },
  reports: new Map(),
  voice: EN,
};

describe('months to campaign', () => {
  it('adds a month in order, with counts sorted by code and the provenance of the file', () => {
    const campaign: CampaignInput = emptyCampaign();
    const first = applyImport({
      ...base,
      campaign,
      counts: new Map([['2025-03', imported('2025-03', { '30826': 2, '30823': 1 })]]),
    });
    const second = applyImport({
      ...base,
      campaign: JSON.parse(first.text ?? '{}'),
      counts: new Map([['2025-01', imported('2025-01', { '30823': 3 })]]),
    });
    expect(second.problems).toEqual([]);
    const next = CampaignSchema.parse(JSON.parse(second.text ?? '{}'));
    expect(next.months.map((m) => m.month)).toEqual(['2025-01', '2025-03']);
    expect(Object.keys(next.months[1]?.counts.mobile ?? {})).toEqual(['30823', '30826']);
    expect(next.months[1]?.provenance).toEqual({
      kind: 'import',
      file: 'x.csv',
      sha256: 'a'.repeat(64),
      rowsRead: 2,
      importedAt: '2025-04-15T03:00:00.000Z',
    });
  });

  it('keeps what it does not know about in the data file', () => {
    const campaign = { ...emptyCampaign(), note: 'kept' };
    const result = applyImport({
      ...base,
      campaign,
      counts: new Map([['2025-03', imported('2025-03', { '30823': 1 })]]),
    });
    expect((JSON.parse(result.text ?? '{}') as { note?: string }).note).toBe('kept');
  });

  it('lists communes without a count as "no data", never zero', () => {
    const result = applyImport({
      ...base,
      campaign: undefined,
      counts: new Map([['2025-03', imported('2025-03', { '30823': 0 })]]),
    });
    expect(result.changes.created).toBe(true);
    expect(result.changes.months[0]?.withoutData).toHaveLength(142);
    expect(result.campaign?.months[0]?.counts.mobile).toEqual({ '30823': 0 });
  });

  it('refuses reports for a month that has no real counts', () => {
    const result = applyImport({
      ...base,
      campaign: undefined,
      counts: new Map(),
      reports: new Map([
        ['2025-03', [{ row: 4, report: { unit: '899', reportedOn: '2025-04-10', solutions: '', difficulties: '' } }]],
      ]),
    });
    expect(result.problems.map((p) => formatProblem('r.csv', p, EN))).toEqual([
      'r.csv:4: 2025-03 has no counts in data/campaign.json — import the counts for 2025-03 first',
    ]);
  });
});

describe('the whole plan, from bytes', () => {
  const options = cliOptions({ lang: 'en' });
  const plan = (csv: string, more: Partial<ImportOptions> = {}) =>
    planImport({
      options: { ...options, ...more },
      fileBytes: Buffer.from(csv),
      reference,
      campaign: undefined,
      now: new Date('2025-04-15T03:00:00Z'),
    });

  it('uses the Vietnam date for "today" (UTC evening is the next morning)', async () => {
    const p = await planImport({
      options: { ...options, month: '2025-04' },
      fileBytes: Buffer.from('Mã xã,Số mẫu\n30823,5\n'),
      reference,
      campaign: undefined,
      now: new Date('2025-04-30T18:00:00Z'),
    });
    expect(p.campaign?.months[0]?.asOf).toBe('2025-05-01');
  });

  it('refuses a malformed --month before reading anything', async () => {
    const p = await plan('Mã xã,Số mẫu\n30823,5\n', { month: '3/2025' });
    expect(p.problems.map((x) => formatProblem('x.csv', x, EN))).toEqual([
      'x.csv: --month "3/2025" is not a month — write it as YYYY-MM, e.g. --month 2025-03',
    ]);
  });

  it('finds no header in a file without one', async () => {
    const p = await plan('a,b\n1,2\n', { month: '2025-03' });
    expect(p.problems.map((x) => formatProblem('x.csv', x, EN))).toEqual([
      'x.csv: no header row found in the first 20 rows — the header row needs columns such as "Xã/Phường/Đặc khu" (before 07/2025 "Xã/Phường/Thị trấn") and "Số mẫu đo" (see data/examples/so-mau-thang-mau.csv)',
    ]);
  });

  it('refuses an .xlsx named .csv', async () => {
    const p = await plan('PK\u0003\u0004rest');
    expect(p.problems[0]?.problem).toBe('the file is named .csv but is an Excel workbook');
  });
});
