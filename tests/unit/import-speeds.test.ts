/**
 * The optional speed columns (median download, upload, latency): which headers are recognised and
 * with which units, how a value is read, and the import end to end on the fixtures of
 * scripts/fixtures/make-import-fixtures.ts (run in a temporary data folder, never the shipped data).
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli/import';
import { CampaignSchema, MonthSchema, type CampaignInput, type UnitSpeeds } from '../../src/lib/data/schema/campaign';
import { parseSpeed, speedSummaryLines } from '../../src/lib/import/speeds';
import { roleOf, speedUnitOf } from '../../src/lib/spreadsheet/header';
import { referenceWorkspace } from './reference-workspace';
import { cliVoice } from '../../src/lib/import/messages/voice';

const VI = cliVoice('vi');

describe('speed headers', () => {
  it.each([
    ['download', 'download'],
    ['Download', 'download'],
    ['upload', 'upload'],
    ['ping', 'latency'],
    ['latency', 'latency'],
    ['Tốc độ tải xuống (Mbps)', 'download'],
    ['TỐC ĐỘ TẢI XUỐNG (MBPS)', 'download'],
    ['toc do tai xuong (Mbps)', 'download'],
    ['Tốc độ tải xuống', 'download'],
    ['Tốc độ tải xuống trung vị (Mbps)', 'download'],
    ['Tốc độ tải lên (Mbps)', 'upload'],
    ['Toc do tai len', 'upload'],
    ['Độ trễ (ms)', 'latency'],
    ['ĐỘ TRỄ (MS)', 'latency'],
    ['Do tre (ms)', 'latency'],
    ['Độ trễ (ping)', 'latency'],
    ['Ping (ms)', 'latency'],
    ['download_mbps', 'download'],
    ['Download speed, Mb/s', 'download'],
    ['Độ trễ ms', 'latency'],
    ['Tốc độ tải xuống (kbps)', 'download'],
  ])('"%s" is the %s column', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each(['jitter', 'Tốc độ', 'Tốc độ tải xuống trung bình', 'download server', 'Ghi chú (Mbps)'])(
    '"%s" is not a speed column',
    (header) => {
      expect(roleOf(header)).toBeUndefined();
    },
  );

  it.each([
    ['download', 'download', { kind: 'none' }],
    ['ping', 'latency', { kind: 'none' }],
    ['Tốc độ tải xuống (Mbps)', 'download', { kind: 'ok' }],
    ['Tốc độ tải lên (mbps)', 'upload', { kind: 'ok' }],
    ['download_mbps', 'download', { kind: 'ok' }],
    ['Download (Mb/s)', 'download', { kind: 'ok' }],
    ['Download (Mbit/s)', 'download', { kind: 'ok' }],
    ['Độ trễ (ms)', 'latency', { kind: 'ok' }],
    ['Độ trễ (mili giây)', 'latency', { kind: 'ok' }],
    ['Độ trễ (ping)', 'latency', { kind: 'none' }],
    ['Tốc độ tải xuống (kbps)', 'download', { kind: 'other', unit: 'kbps' }],
    ['Tốc độ tải xuống (Gbps)', 'download', { kind: 'other', unit: 'Gbps' }],
    ['Tốc độ tải xuống (MB/s)', 'download', { kind: 'other', unit: 'MB/s' }],
    ['Tốc độ tải xuống (MBps)', 'download', { kind: 'other', unit: 'MBps' }],
    ['TỐC ĐỘ TẢI XUỐNG (MBPS)', 'download', { kind: 'ok' }],
    ['Download (MBit/s)', 'download', { kind: 'ok' }],
    ['ĐỘ TRỄ (MS)', 'latency', { kind: 'ok' }],
    ['Tốc độ tải lên (ms)', 'upload', { kind: 'other', unit: 'ms' }],
    ['Độ trễ (giây)', 'latency', { kind: 'other', unit: 'giây' }],
    ['Độ trễ (s)', 'latency', { kind: 'other', unit: 's' }],
    ['Độ trễ (Mbps)', 'latency', { kind: 'other', unit: 'Mbps' }],
    ['download kbps', 'download', { kind: 'other', unit: 'kbps' }],
  ] as const)('"%s" as %s names the unit %j', (header, role, unit) => {
    expect(speedUnitOf(header, role)).toEqual(unit);
  });
});

describe('speed values', () => {
  it.each([
    [45.3, 45.3],
    [0, 0],
    ['45,3', 45.3],
    ['45.3', 45.3],
    ['45', 45],
    [' 12,75 ', 12.75],
    ['0.125', 0.125],
    ['1,234', 1.234],
    ['1234.5', 1234.5],
    ['1234', 1234],
  ])('%j → %d', (cell, value) => {
    expect(parseSpeed(cell, 'download', VI)).toEqual({ ok: true, value });
  });

  it.each([null, '', '  ', '-', '–', 'Không đủ số mẫu để đánh giá', 'khong du so mau de danh gia'])(
    '%j is not measured (nothing stored)',
    (cell) => {
      expect(parseSpeed(cell, 'upload', VI)).toEqual({ ok: false, blank: true });
    },
  );

  it.each([
    ['1.234', 'tốc độ tải xuống "1.234" có thể hiểu hai cách (dấu chấm ngăn hàng nghìn hoặc dấu thập phân)'],
    ['12.500', 'tốc độ tải xuống "12.500" có thể hiểu hai cách (dấu chấm ngăn hàng nghìn hoặc dấu thập phân)'],
    ['1.234,5', 'tốc độ tải xuống "1.234,5" có nhiều dấu phân cách'],
    ['1,234.5', 'tốc độ tải xuống "1,234.5" có nhiều dấu phân cách'],
    ['-5', 'tốc độ tải xuống âm "-5"'],
    [-5, 'tốc độ tải xuống âm (-5)'],
    ['nhanh', 'tốc độ tải xuống "nhanh" không phải là số'],
    ['45 Mbps', 'tốc độ tải xuống "45 Mbps" không phải là số'],
    [true, 'tốc độ tải xuống "true" không phải là số'],
  ])('%j is refused: %s', (cell, problem) => {
    const parsed = parseSpeed(cell, 'download', VI);
    expect(parsed).toMatchObject({ ok: false, blank: false, problem });
  });

  it('says what to write for an ambiguous value, both ways', () => {
    expect(parseSpeed('1.234', 'latency', VI)).toMatchObject({
      todo: 'nếu là số thập phân, viết bằng dấu phẩy: 1,234; nếu là số nghìn, viết liền: 1234.',
    });
    expect(parseSpeed('x', 'latency', VI)).toMatchObject({
      todo: 'ghi độ trễ bằng ms, một số không âm, ví dụ 45,3 hoặc 45.3; để trống nếu không có số liệu.',
    });
  });
});

describe('the data file', () => {
  const month = {
    month: '2025-09',
    vintage: '2025-07',
    asOf: '2025-10-05',
    source: 'VNNIC',
    illustrative: false,
    counts: { mobile: { '30742': 12 } },
    provenance: { kind: 'generated', script: 's', seed: 1 },
  };
  it('keeps months without speeds valid (the field is optional)', () => {
    expect(MonthSchema.safeParse(month).success).toBe(true);
  });
  it('accepts some measures of a unit, and refuses an empty, negative or unknown entry', () => {
    const withSpeeds = (entry: unknown) => ({ ...month, speeds: { mobile: { '30742': entry } } });
    expect(MonthSchema.safeParse(withSpeeds({ latencyMs: 38 })).success).toBe(true);
    expect(MonthSchema.safeParse(withSpeeds({})).success).toBe(false);
    expect(MonthSchema.safeParse(withSpeeds({ downloadMbps: -1 })).success).toBe(false);
    expect(MonthSchema.safeParse(withSpeeds({ downloadKbps: 1 })).success).toBe(false);
  });
});

const FIXTURES = resolve('tests/fixtures/import');
const LATE = new Date('2025-10-15T03:00:00Z');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { months: Record<string, { mobile: Record<string, number>; speeds?: Record<string, UnitSpeeds> }> }
>;
const base = JSON.parse(readFileSync(join(FIXTURES, 'campaign-base.json'), 'utf8')) as CampaignInput;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Imports `file` at 15/10/2025 into a temp copy of the reference files and campaign-base.json. */
async function importAt(
  file: string,
  ...args: string[]
): Promise<{ code: number; out: string[]; err: string[]; campaign: () => CampaignInput }> {
  const { dir, data: dataFile } = referenceWorkspace('import-speeds-', base, dirs);
  copyFileSync(join(FIXTURES, file), join(dir, file));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([file, ...args], { now: LATE, out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out, err, campaign: () => JSON.parse(readFileSync(dataFile, 'utf8')) as CampaignInput };
}

describe('importing speed columns', () => {
  it.each([
    ['Atlas headers (download, upload, ping), decimal points, blanks', 'good-2025-09-speeds-atlas.csv'],
    ['Vietnamese headers with units, Excel numbers and decimal commas', 'good-2025-09-speeds.xlsx'],
  ])('keeps the speeds of a file with %s (%s)', async (_, file) => {
    const { code, err, campaign } = await importAt(file);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = CampaignSchema.parse(campaign());
    const month = after.months.find((m) => m.month === '2025-09');
    const exp = expected[file]?.months['2025-09'];
    expect(month?.counts.mobile).toEqual(exp?.mobile);
    expect(month?.speeds?.mobile).toEqual(exp?.speeds);
    // A unit whose speed cells are all blank has no entry; one with only a latency has only that.
    expect(Object.keys(exp?.speeds ?? {})).toHaveLength(7);
    expect(Object.values(exp?.speeds ?? {}).filter((s) => Object.keys(s).length === 1)).toHaveLength(1);
  });

  it('says in the summary how many units have each measure', async () => {
    const { out } = await importAt('good-2025-09-speeds-atlas.csv', '--dry-run');
    expect(out).toContain(
      '  Tốc độ trung vị (di động) được lưu: tải xuống 6 đơn vị, tải lên 6, độ trễ 7; ô trống là không có số liệu.',
    );
  });

  it('says when replacing a month drops the speeds it had', () => {
    expect(speedSummaryLines({ speedsBefore: 7 }, VI)).toEqual([
      '  Tháng này đang có tốc độ của 7 đơn vị; tệp mới không có số liệu tốc độ nên các số liệu đó sẽ bị bỏ.',
    ]);
    expect(speedSummaryLines({ speedsBefore: 0 }, VI)).toEqual([]);
  });

  it('never invents speeds for a file without speed columns', async () => {
    const { code, campaign } = await importAt('good-2025-09-new-names.csv');
    expect(code).toBe(0);
    const month = campaign().months.find((m) => m.month === '2025-09');
    expect(month).toBeDefined();
    expect(month).not.toHaveProperty('speeds');
  });

  it('refuses values that cannot be read, naming row, column, value and what to write', async () => {
    const { code, err } = await importAt('bad-speed-value.csv');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-speed-value.csv:4:D: cột "Tốc độ tải xuống (Mbps)": tốc độ tải xuống "1.234" có thể hiểu hai cách (dấu chấm ngăn hàng nghìn hoặc dấu thập phân) — nếu là số thập phân, viết bằng dấu phẩy: 1,234; nếu là số nghìn, viết liền: 1234.
      bad-speed-value.csv:4:E: cột "Tốc độ tải lên (Mbps)": tốc độ tải lên "nhanh" không phải là số — ghi tốc độ tải lên bằng Mbps, một số không âm, ví dụ 45,3 hoặc 45.3; để trống nếu không có số liệu.
      bad-speed-value.csv:4:F: cột "Độ trễ (ms)": độ trễ âm "-5" — ghi độ trễ bằng ms, một số không âm, ví dụ 45,3 hoặc 45.3; để trống nếu không có số liệu.
      bad-speed-value.csv:5:D: cột "Tốc độ tải xuống (Mbps)": tốc độ tải xuống "1.234,5" có nhiều dấu phân cách — viết liền phần nghìn và chỉ dùng một dấu thập phân, ví dụ 1234,5.
      Chưa ghi gì vào tệp dữ liệu: có 4 lỗi. Hãy sửa các lỗi này trong tệp rồi nhập lại."
    `);
  });

  it('refuses a header naming another unit (never converted), saying which header to write', async () => {
    const { code, err } = await importAt('bad-speed-unit.csv');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-speed-unit.csv:2:D: cột "Tốc độ tải xuống (kbps)" ghi đơn vị "kbps"; tốc độ tải xuống chỉ nhận bằng Mbps — ghi số liệu bằng Mbps và đặt tên cột "Tốc độ tải xuống (Mbps)"; số liệu không được tự đổi đơn vị.
      bad-speed-unit.csv:2:E: cột "Độ trễ (giây)" ghi đơn vị "giây"; độ trễ chỉ nhận bằng ms — ghi số liệu bằng ms và đặt tên cột "Độ trễ (ms)"; số liệu không được tự đổi đơn vị.
      Chưa ghi gì vào tệp dữ liệu: có 2 lỗi. Hãy sửa các lỗi này trong tệp rồi nhập lại."
    `);
  });
});
