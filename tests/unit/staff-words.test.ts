/**
 * What the staff page says in words staff know: the import's messages as the page renders them
 * (its controls, its name for the published data) name no path of the repository and no encoding
 * by its technical name; the page's own sentence about the latest published month; and the
 * import's advice for the spreadsheet files it cannot read (.xls, .ods) and for repeated rows and
 * months.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_CONTROLS } from '../../src/client/staff/controls';
import { failure } from '../../src/client/staff/failure';
import { publishedSummary } from '../../src/client/staff/published';
import { TEXT } from '../../src/client/staff/text';
import { loadReference } from '../../src/lib/data/load';
import { CATALOGUE } from '../../src/lib/import/messages/catalogue';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';
import { planImport } from '../../src/lib/import/plan';
import { cliOptions } from './import-options';
import { readWorkbook } from '../../src/lib/spreadsheet/read';
import { SpreadsheetError } from '../../src/lib/spreadsheet/types';
import type { Message, Texts } from '../../src/lib/text/messages';

type AnyMessage = Message<readonly unknown[], string | Texts>;

/** The command line's own themes (its usage, its run summary): never shown on the page. */
const CLI_ONLY = new Set(['CLI', 'RUN']);
/** The command's reading of files on disk: the page loads the data over the network and says so itself. */
const DISK_ONLY = new Set([
  'DATA.notJson',
  'DATA.referenceInvalid',
  'DATA.referenceMissing',
  'DATA.fileUnreadable',
  'DATA.changedMeanwhile',
]);

/** Every message the page may show, rendered in Vietnamese with the page's controls and data label. */
const pageTexts: Array<[string, string]> = Object.entries(CATALOGUE)
  .filter(([theme]) => !CLI_ONLY.has(theme))
  .flatMap(([theme, messages]) =>
    Object.entries(messages as Record<string, AnyMessage>).map(([id, m]): [string, string] => {
      const args = m.example.map((a) =>
        a === CLI_CONTROLS ? PAGE_CONTROLS : a === 'data/campaign.json' ? PAGE_CONTROLS.data : a,
      );
      const out = m.vi(...args);
      return [`${theme}.${id}`, typeof out === 'string' ? out : `${out.problem} — ${out.todo}`];
    }),
  )
  .filter(([id]) => !DISK_ONLY.has(id));

describe('the import’s messages on the staff page', () => {
  it.each(pageTexts)('%s names no repository path nor a technical encoding', (_, text) => {
    expect(text).not.toMatch(/\bdata\/|vintages\/|\.json\b|UTF-8 with BOM/u);
  });
});

describe('the latest published month, as the page says it', () => {
  it('names the latest real month and its date, not an illustrative one', () => {
    const months = [
      { month: '2025-07', asOf: '2025-08-05', illustrative: false },
      { month: '2025-08', asOf: '2025-09-04', illustrative: false },
      { month: '2025-09', asOf: '2025-10-01', illustrative: true },
    ];
    expect(publishedSummary({ months })).toMatch(
      /^Tháng mới nhất đang đăng trên trang: tháng 8\/2025 \(số liệu tính đến 04\/09\/2025\)/u,
    );
    expect(publishedSummary({ months: months.slice(2) })).toMatch(
      /chưa đăng tháng số liệu thật nào \(chỉ có số liệu minh hoạ\)/u,
    );
    expect(publishedSummary({ months: [] })).toMatch(/chưa đăng tháng số liệu nào/u);
  });
});

describe('a check that fails', () => {
  it('says memory ran out as the file’s size, and anything else as a bug of the page, with the error to report', () => {
    expect(failure(3, new RangeError('Array buffer allocation failed'))).toEqual({
      id: 3,
      kind: 'refused',
      message: TEXT.outOfMemory,
    });
    const bug = failure(4, new TypeError("Cannot read properties of undefined (reading 'units')"));
    expect(bug).toEqual({
      id: 4,
      kind: 'bug',
      detail: "TypeError: Cannot read properties of undefined (reading 'units')",
    });
    expect(TEXT.bug(bug.kind === 'bug' ? bug.detail : '')).toMatch(
      /^Lỗi của trang, không phải lỗi của tệp: .*báo cho người quản trị trang.*TypeError: Cannot read/u,
    );
  });
});

describe('the import’s advice', () => {
  it.each([
    ['so-mau.xls', 'Sổ làm việc Excel (.xlsx)'],
    ['so-mau.ods', 'Excel 2007-365 (.xlsx)'],
  ])('%s: save it as .xlsx', async (name, advice) => {
    const error = await readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect((error as SpreadsheetError).texts.vi.todo).toContain(advice);
  });

  const reference = loadReference('tests/fixtures/kien-giang');
  const base: unknown = JSON.parse(readFileSync('tests/fixtures/import/campaign-base.json', 'utf8'));
  const options = cliOptions();
  const plan = (csv: string) =>
    planImport({
      options,
      fileBytes: Buffer.from(csv),
      reference,
      campaign: base,
      now: new Date('2025-10-15T03:00:00Z'),
    });
  const july =
    (base as { months: Array<{ counts: { mobile: Record<string, number> } }> }).months[1]?.counts.mobile ?? {};
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([code, n]) => `${code},,${n}`);

  it('warns of a month whose counts are, unit for unit, those of the month before', async () => {
    const same = await plan(['THÁNG 8/2025', 'Mã ĐVHC,Xã/Phường/Đặc khu,Số mẫu đo', ...rows(july)].join('\n'));
    expect(same.problems).toEqual([]);
    expect(same.warnings.map((w) => w.problem)).toContain('số mẫu tháng 8/2025 giống hệt tháng 7/2025 ở mọi đơn vị');
    const other = Object.fromEntries(Object.entries(july).map(([code, n]) => [code, n + 1]));
    const changed = await plan(['THÁNG 8/2025', 'Mã ĐVHC,Xã/Phường/Đặc khu,Số mẫu đo', ...rows(other)].join('\n'));
    expect(changed.warnings.map((w) => w.problem).join('\n')).not.toContain('giống hệt');
  });

  it('tells to delete a repeated copy of a row, naming it', async () => {
    const [line = ''] = rows(july);
    const copy = await plan(['THÁNG 8/2025', 'Mã ĐVHC,Xã/Phường/Đặc khu,Số mẫu đo', line, line].join('\n'));
    expect(copy.problems.map((p) => p.todo)).toEqual(['xoá dòng 4 (dòng chép lặp).']);
  });
});
