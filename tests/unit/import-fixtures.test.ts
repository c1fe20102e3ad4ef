/**
 * The import command end to end, on the committed fixtures (scripts/fixtures/make-import-fixtures.ts), each
 * run in a temporary data folder holding the reference unit lists (data/area.json and
 * data/vintages/<id>/units.json) and a small campaign built here — never the shipped
 * data/campaign.json. "Now" is 15/04/2025 10:00 in Vietnam, so March 2025 is the last complete
 * month and May 2025 is in the future (15/10/2025 for the fixtures of the vintage 2025-07).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../src/lib/import/apply';
import { DEFAULT_SOURCE } from '../../src/lib/import/plan';
import { CampaignSchema, type CampaignInput } from '../../src/lib/data/schema/campaign';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { main } from '../../scripts/cli/import';

const FIXTURES = resolve('tests/fixtures/import');
const NOW = new Date('2025-04-15T03:00:00Z');
const VINTAGES = ['2025-01', '2025-07'];
const units = UnitListSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/kien-giang/vintages/2025-01/units.json', 'utf8')),
);
type Expected = Record<
  string,
  {
    args: string[];
    months: Record<string, { mobile: Record<string, number> }>;
    reports?: Record<string, Array<{ unit: string; reportedOn: string; solutions: string; difficulties: string }>>;
    now?: string;
  }
>;
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;

type MonthInput = CampaignInput['months'][number];

function illustrativeMonth(month: string): MonthInput {
  return {
    month,
    vintage: '2025-01',
    asOf: `${month}-28`,
    source: 'Số liệu minh hoạ',
    illustrative: true,
    counts: { mobile: Object.fromEntries(units.units.map((u, i) => [u.code, (i * 7) % 400])) },
    provenance: { kind: 'generated', script: 'scripts/fixtures/make-illustrative.ts', seed: 1 },
    reports: [{ unit: '899', reportedOn: `${month}-28`, solutions: 'Minh hoạ', difficulties: '' }],
  };
}

/** A month imported earlier, with a report from Rạch Giá. */
function realMonth(month: string, count = 100): MonthInput {
  return {
    month,
    vintage: '2025-01',
    asOf: `${month}-28`,
    source: DEFAULT_SOURCE,
    illustrative: false,
    counts: { mobile: Object.fromEntries(units.units.map((u) => [u.code, count])) },
    provenance: {
      kind: 'import',
      file: 'earlier.csv',
      sha256: '0'.repeat(64),
      rowsRead: 143,
      importedAt: '2025-04-02T02:00:00Z',
    },
    reports: [{ unit: '899', reportedOn: '2025-04-08', solutions: 'Đã có', difficulties: '' }],
  };
}

const ILLUSTRATIVE_YEAR = [
  '2024-07',
  '2024-08',
  '2024-09',
  '2024-10',
  '2024-11',
  '2024-12',
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
];
const campaignWith = (...months: MonthInput[]): CampaignInput => ({ ...emptyCampaign(), months });

interface Workspace {
  dir: string;
  dataFile: string;
  /** sha256 of data/campaign.json now ("missing" if absent). */
  dataSha(): string;
  run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }>;
  /** The same, at another "now". */
  runAt(now: Date, ...args: string[]): Promise<{ code: number; out: string[]; err: string[] }>;
  campaign(): CampaignInput;
}

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The reference files of the data folder (never campaign.json): area.json and each vintage's units. */
function copyReference(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  copyFileSync('tests/fixtures/kien-giang/area.json', join(dataDir, 'area.json'));
  for (const id of VINTAGES) {
    mkdirSync(join(dataDir, 'vintages', id), { recursive: true });
    copyFileSync(`tests/fixtures/kien-giang/vintages/${id}/units.json`, join(dataDir, 'vintages', id, 'units.json'));
  }
}

/** A temp folder with the reference files, data/campaign.json (unless `undefined`) and the fixtures. */
function workspace(campaign: CampaignInput | undefined, files: string[] = []): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  workspaces.push(dir);
  copyReference(join(dir, 'data'));
  const dataFile = join(dir, 'data/campaign.json');
  if (campaign) writeFileSync(dataFile, `${JSON.stringify(campaign, null, 2)}\n`);
  for (const f of files) copyFileSync(join(FIXTURES, f), join(dir, f));
  return {
    dir,
    dataFile,
    dataSha: () =>
      existsSync(dataFile) ? createHash('sha256').update(readFileSync(dataFile)).digest('hex') : 'missing',
    run(...args) {
      return this.runAt(NOW, ...args);
    },
    async runAt(now, ...args) {
      const out: string[] = [];
      const err: string[] = [];
      // English unless a test asks for Vietnamese (the last --lang wins): the wordings below are the English ones.
      const code = await main(['--lang', 'en', ...args], {
        now,
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        cwd: dir,
      });
      return { code, out, err };
    },
    campaign: () => JSON.parse(readFileSync(dataFile, 'utf8')) as CampaignInput,
  };
}

const sha = (file: string): string =>
  createHash('sha256')
    .update(readFileSync(join(FIXTURES, file)))
    .digest('hex');

describe('good files import to the right counts', () => {
  it.each([
    ['UTF-8, comma, title rows and a total row', 'good-utf8-comma-title-total.csv'],
    ['UTF-8 with BOM, semicolon, codes and thousands separators', 'good-utf8-bom-semicolon.csv'],
    ['UTF-16 LE with BOM, tab-separated, English headers', 'good-utf16le-tab.txt'],
    ['names in NFD, with "Hoà"/"Hòa", "Ð" and prefixes "P."/"TT."/"X."', 'good-name-variants.csv'],
    ['district group rows with subtotals', 'good-district-groups.csv'],
    ['several months in a "Tháng" column', 'good-multi-month.csv'],
    ['blank counts with --blank-is-no-data', 'good-blank-is-no-data.csv'],
    ['an .xlsx workbook with a title, a SUM total and a "Báo cáo" sheet', 'good-workbook.xlsx'],
    ['a total that does not match (a warning only)', 'warn-total-mismatch.csv'],
  ])('%s (%s)', async (_, file) => {
    const exp = expected[file];
    if (!exp) throw new Error(`${file} missing from expected.json`);
    const ws = workspace(campaignWith(...ILLUSTRATIVE_YEAR.map(illustrativeMonth)), [file]);
    const { code, err } = await ws.run(file, ...exp.args);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = ws.campaign();
    expect(CampaignSchema.safeParse(after).success).toBe(true);
    // Real figures replaced every illustrative month.
    expect(after.months.map((m) => m.month)).toEqual(Object.keys(exp.months).sort());
    for (const m of after.months) {
      expect(m.counts.mobile).toEqual(exp.months[m.month]?.mobile);
      expect(m).toMatchObject({
        illustrative: false,
        asOf: '2025-04-15',
        source: DEFAULT_SOURCE,
        provenance: { kind: 'import', file, sha256: sha(file), importedAt: NOW.toISOString() },
      });
      expect(m.reports ?? []).toEqual(exp.reports?.[m.month] ?? []);
    }
  });

  it('multi-month rows are counted per month in the provenance', async () => {
    const ws = workspace(campaignWith(), ['good-multi-month.csv']);
    await ws.run('good-multi-month.csv');
    expect(ws.campaign().months.map((m) => [m.month, m.provenance.kind === 'import' && m.provenance.rowsRead])).toEqual(
      [
        ['2025-01', 143],
        ['2025-02', 128],
        ['2025-03', 143],
      ],
    );
  });

  it('district reports import into a month that has real counts, as plain text', async () => {
    const ws = workspace(campaignWith({ ...realMonth('2025-03'), reports: [] }), ['good-reports.csv']);
    const { code, err } = await ws.run('good-reports.csv');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const reports = ws.campaign().months[0]?.reports;
    expect(reports).toEqual(expected['good-reports.csv']?.reports?.['2025-03']);
    expect(reports?.[1]?.solutions).toBe('Phát thanh trên loa truyền thanh cơ sở <b>3 lần/tuần</b>.');
  });

  it('--replace overwrites an existing month and keeps its district reports', async () => {
    const ws = workspace(campaignWith(realMonth('2025-02'), realMonth('2025-03')), ['existing-month.csv']);
    const { code, out } = await ws.run('existing-month.csv', '--replace');
    expect(code).toBe(0);
    const march = ws.campaign().months[1];
    expect(march?.counts.mobile).toEqual(expected['existing-month.csv']?.months['2025-03']?.mobile);
    expect(march?.reports).toHaveLength(1);
    expect(out).toContain('Tháng 3/2025 (2025-03, units of 2025-01) replaced: 5 rows read, 143 communes changed');
    expect(out).toContain('  1 report(s) of this month are kept.');
  });

  it('creates the data file when it does not exist yet', async () => {
    const ws = workspace(undefined, ['existing-month.csv']);
    const { code } = await ws.run('existing-month.csv');
    expect(code).toBe(0);
    expect(CampaignSchema.parse(ws.campaign()).months.map((m) => [m.month, m.vintage])).toEqual([
      ['2025-03', '2025-01'],
    ]);
  });

  it('writes JSON with a 2-space indent and a trailing newline', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    await ws.run('existing-month.csv');
    const text = readFileSync(ws.dataFile, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

/** Problem lines of a failed run, without the closing "Nothing was written" line. */
const problemsOf = (err: string[]): string[] => err.filter((l) => !l.startsWith('Nothing was written'));

describe('bad files are refused with all their problems, and the data file stays byte-identical', () => {
  it.each([
    ['an unknown commune name', 'bad-unknown-name.csv', [], 2, /unknown commune "Xã Bình Anh"/u],
    ['a name of two districts without a district', 'bad-ambiguous-name.csv', [], 1, /is the name of 2 communes/u],
    ['negative counts', 'bad-negative-count.csv', [], 2, /negative count/u],
    ['fractions in text', 'bad-fraction-count.csv', [], 2, /is not a whole number/u],
    ['a fraction stored as an Excel number', 'bad-fraction-count.xlsx', [], 1, /fraction 12\.5/u],
    ['text counts', 'bad-text-count.csv', [], 2, /is not a number/u],
    ['a commune twice in one month', 'bad-duplicate-commune.csv', [], 1, /appears twice/u],
    ['a blank count', 'bad-blank-count.csv', [], 1, /no count for Xã Bình Sơn/u],
    [
      'a month column that disagrees with the title',
      'bad-month-conflict.csv',
      [],
      1,
      /the row says 2025-04 but the title says/u,
    ],
    [
      '--month that disagrees with the title',
      'existing-month.csv',
      ['--month', '2025-02'],
      1,
      /--month says 2025-02/u,
      '2025-01',
    ],
    ['a month in the future', 'bad-future-month.csv', [], 1, /after the current month/u],
    ['an existing month without --replace', 'existing-month.csv', [], 1, /already in data\/campaign\.json/u, '2025-03'],
    [
      'an existing month, and bad rows: all reported',
      'bad-several-problems.csv',
      [],
      5,
      /already in data\/campaign\.json/u,
      '2025-03',
    ],
    ['unknown codes', 'bad-unknown-code.csv', [], 2, /unknown commune code/u],
    ['no count column', 'bad-missing-count-column.csv', [], 1, /no count column/u],
    ['several kinds of problem in one file', 'bad-several-problems.csv', [], 4, /unknown commune/u],
    ['a file that is not UTF-8', 'bad-not-utf8.csv', [], 1, /not UTF-8/u],
    [
      'report rules: duplicate, bad date, future date, unknown district, no counts yet',
      'bad-report-rules.csv',
      [],
      5,
      /two reports/u,
    ],
    ['the example file', '../kien-giang/examples/so-mau-thang-mau.csv', [], 1, /says it is an example/u],
  ] as Array<[string, string, string[], number, RegExp, string?]>)(
    '%s (%s)',
    async (_, file, args, count, pattern, existing = '2025-02') => {
      const ws = workspace(campaignWith(realMonth(existing)));
      const name = file.split('/').at(-1) ?? file;
      copyFileSync(join(FIXTURES, file), join(ws.dir, name));
      const before = ws.dataSha();
      const { code, err } = await ws.run(name, ...args);
      expect(code).toBe(1);
      expect(problemsOf(err)).toHaveLength(count);
      expect(err.join('\n')).toMatch(pattern);
      expect(err.at(-1)).toMatch(/^Nothing was written: \d+ problems?\. Fix (it|them) and run the import again\.$/u);
      expect(ws.dataSha()).toBe(before);
    },
  );
});

describe('wording of the key errors', () => {
  /** Problems of `file` imported into a campaign that already has 2025-01. */
  const errorsOf = async (file: string, ...args: string[]): Promise<string> => {
    const ws = workspace(campaignWith(realMonth('2025-01')), [file]);
    return (await ws.run(file, ...args)).err.join('\n');
  };

  it('unknown name', async () => {
    expect(await errorsOf('bad-unknown-name.csv')).toMatchInlineSnapshot(`
      "bad-unknown-name.csv:8:B: unknown commune "Xã Bình Anh" in Huyện Kiên Lương — correct the name (closest: Xã Bình An (30808, Huyện Kiên Lương), Xã Bình Trị (30809, Huyện Kiên Lương), Xã Kiên Bình (30790, Huyện Kiên Lương))
      bad-unknown-name.csv:9:B: unknown commune "Phường Vĩnh Thành Văn" in Thành phố Rạch Giá — correct the name (closest: Phường Vĩnh Thanh Vân (30742, Thành phố Rạch Giá), Phường Vĩnh Thanh (30733, Thành phố Rạch Giá), Phường Vĩnh Thông (30760, Thành phố Rạch Giá))
      Nothing was written: 2 problems. Fix them and run the import again."
    `);
  });
  it('ambiguous name', async () => {
    expect(await errorsOf('bad-ambiguous-name.csv')).toMatchInlineSnapshot(`
      "bad-ambiguous-name.csv:3:B: "Bình An" is the name of 2 communes: Xã Bình An (30808, Huyện Kiên Lương) and Xã Bình An (30898, Huyện Châu Thành) — add a "Huyện" column with the district, or give the code in a "Mã ĐVHC" column
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('negative, fraction and text counts', async () => {
    expect(await errorsOf('bad-negative-count.csv')).toMatchInlineSnapshot(`
      "bad-negative-count.csv:8:D: negative count "-5" — a count cannot be below 0; correct the number
      bad-negative-count.csv:9:D: negative count "(12)" — a count cannot be below 0; correct the number
      Nothing was written: 2 problems. Fix them and run the import again."
    `);
    expect(await errorsOf('bad-fraction-count.csv')).toMatchInlineSnapshot(`
      "bad-fraction-count.csv:8:D: fraction "12,5" is not a whole number of samples — write the number of samples as a whole number, e.g. 1234 or 1.234
      bad-fraction-count.csv:9:D: fraction "7.5" is not a whole number of samples — write the number of samples as a whole number, e.g. 1234 or 1.234
      Nothing was written: 2 problems. Fix them and run the import again."
    `);
    expect(await errorsOf('bad-text-count.csv')).toMatchInlineSnapshot(`
      "bad-text-count.csv:8:D: count "chưa có" is not a number — write the number of samples as a whole number, e.g. 1234 or 1.234
      bad-text-count.csv:9:D: count "n/a" is not a number — write the number of samples as a whole number, e.g. 1234 or 1.234
      Nothing was written: 2 problems. Fix them and run the import again."
    `);
  });
  it('duplicate commune', async () => {
    expect(await errorsOf('bad-duplicate-commune.csv')).toMatchInlineSnapshot(`
      "bad-duplicate-commune.csv:8:B: Phường Vĩnh Quang (30736) appears twice for 2025-03: rows 4 and 8 — check against the VNNIC file and keep the right row
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('blank count', async () => {
    expect(await errorsOf('bad-blank-count.csv')).toMatchInlineSnapshot(`
      "bad-blank-count.csv:8:D: no count for Xã Bình Sơn (30823) — write the number of samples (0 if none were taken), or run with --blank-is-no-data to store blank counts as "no data"
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('month conflict', async () => {
    expect(await errorsOf('bad-month-conflict.csv')).toMatchInlineSnapshot(`
      "bad-month-conflict.csv:5:A: the row says 2025-04 but the title says "THÁNG 3/2025" (2025-03) — fix the "Tháng" cell or the title
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
    expect(await errorsOf('existing-month.csv', '--month', '2025-02')).toMatchInlineSnapshot(`
      "existing-month.csv:1:A: the title says "THÁNG 3/2025" (2025-03) but --month says 2025-02 — fix the title or the --month option so they name the same month
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('future month', async () => {
    expect(await errorsOf('bad-future-month.csv')).toMatchInlineSnapshot(`
      "bad-future-month.csv:1:A: month 2099-01 is after the current month (2025-04) — check the month in the title, the "Tháng" column or --month: a month cannot be imported before it starts
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('existing month without --replace', async () => {
    const ws = workspace(campaignWith(realMonth('2025-03')), ['existing-month.csv']);
    expect((await ws.run('existing-month.csv')).err.join('\n')).toMatchInlineSnapshot(`
      "data/campaign.json: month 2025-03 is already in data/campaign.json (imported from earlier.csv on 2025-04-02) — run again with --replace to overwrite it (try --dry-run first to see what changes)
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('unknown code', async () => {
    expect(await errorsOf('bad-unknown-code.csv')).toMatchInlineSnapshot(`
      "bad-unknown-code.csv:8:A: unknown commune code "30999" — correct the code: it must be one of the 5-digit GSO codes of vintage 2025-01 (data/vintages/2025-01/units.json)
      bad-unknown-code.csv:9:A: unknown commune code "3O742" — correct the code: "Phường Vĩnh Thanh Vân" is Phường Vĩnh Thanh Vân (30742)
      Nothing was written: 2 problems. Fix them and run the import again."
    `);
  });
  it('missing count column', async () => {
    expect(await errorsOf('bad-missing-count-column.csv')).toMatchInlineSnapshot(`
      "bad-missing-count-column.csv:2: no count column in the header row (STT, Xã/Phường/Thị trấn, Huyện, Ghi chú) — name the column of sample counts "Số mẫu đo" (or "Số mẫu", "samples")
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });
  it('all problems of a file in one run', async () => {
    expect(await errorsOf('bad-several-problems.csv')).toMatchInlineSnapshot(`
      "bad-several-problems.csv:8:B: unknown commune "Xã Bình Anh" in Huyện Kiên Lương — correct the name (closest: Xã Bình An (30808, Huyện Kiên Lương), Xã Bình Trị (30809, Huyện Kiên Lương), Xã Kiên Bình (30790, Huyện Kiên Lương))
      bad-several-problems.csv:9:D: negative count "-5" — a count cannot be below 0; correct the number
      bad-several-problems.csv:10:D: no count for Xã Bình Giang (30826) — write the number of samples (0 if none were taken), or run with --blank-is-no-data to store blank counts as "no data"
      bad-several-problems.csv:11:B: Phường Vĩnh Thanh (30733) appears twice for 2025-03: rows 3 and 11 — check against the VNNIC file and keep the right row
      Nothing was written: 4 problems. Fix them and run the import again."
    `);
  });
});

describe('safety', () => {
  it('a dry run writes nothing and shows what would change', async () => {
    const ws = workspace(campaignWith(...ILLUSTRATIVE_YEAR.map(illustrativeMonth)), [
      'good-utf8-comma-title-total.csv',
    ]);
    const before = ws.dataSha();
    const mtime = statSync(ws.dataFile).mtimeMs;
    const { code, out } = await ws.run('good-utf8-comma-title-total.csv', '--dry-run');
    expect(code).toBe(0);
    expect(ws.dataSha()).toBe(before);
    expect(statSync(ws.dataFile).mtimeMs).toBe(mtime);
    expect(readdirSync(join(ws.dir, 'data')).sort()).toEqual(['area.json', 'campaign.json', 'vintages']);
    expect(out).toContain(
      'Removed 12 illustrative months (2024-07 … 2025-06): real and illustrative figures never mix in one file.',
    );
    expect(out).toContain('Tháng 3/2025 (2025-03, units of 2025-01) added: 143 rows read, 143 communes changed');
    expect(out.find((l) => l.includes('Thành phố Rạch Giá') && l.includes('→'))).toMatch(/11\/11 +— +→ +[\d.]+$/u);
    expect(out.at(-1)).toBe(
      'Dry run: nothing was written; data/campaign.json is unchanged. Run again without --dry-run to import.',
    );
  });

  it('a dry run shows per-district totals before → after when a month is replaced', async () => {
    const ws = workspace(campaignWith(realMonth('2025-03', 10)), ['existing-month.csv']);
    const { out } = await ws.run('existing-month.csv', '--dry-run', '--replace');
    const rachGia = out.find((l) => l.startsWith('  Thành phố Rạch Giá'));
    expect(rachGia).toMatch(/5\/11 +110 +→ +[\d.]+$/u);
  });

  it('the atomic write leaves no temporary file behind', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    const { code } = await ws.run('existing-month.csv');
    expect(code).toBe(0);
    expect(readdirSync(join(ws.dir, 'data')).sort()).toEqual(['area.json', 'campaign.json', 'vintages']);
  });

  it('a real import says it removed the illustrative months', async () => {
    const ws = workspace(campaignWith(...ILLUSTRATIVE_YEAR.map(illustrativeMonth)), ['existing-month.csv']);
    const { out } = await ws.run('existing-month.csv');
    expect(out).toContain(
      'Removed 12 illustrative months (2024-07 … 2025-06): real and illustrative figures never mix in one file.',
    );
    expect(ws.campaign().months.every((m) => !m.illustrative)).toBe(true);
  });

  it('an invalid data file is reported and left alone', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    writeFileSync(ws.dataFile, '{"months": "soon"}\n');
    const before = ws.dataSha();
    const { code, err } = await ws.run('existing-month.csv');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^data\/campaign\.json: the data file is not valid: /u);
    expect(ws.dataSha()).toBe(before);
  });

  it('a data file that is not JSON says where it breaks, and is left alone', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    writeFileSync(ws.dataFile, '{\n  "months": [\n    { "month": "2025-03" }\n    { "month": "2025-04" }\n  ]\n}\n');
    const before = ws.dataSha();
    const { code, err } = await ws.run('existing-month.csv');
    expect(code).toBe(1);
    expect(err[0]).toBe(
      "data/campaign.json: the file is not valid JSON: line 4, column 5 (Expected ',' or ']' after array element) — check the --data path; restore the file with git if it was damaged",
    );
    expect(ws.dataSha()).toBe(before);
  });

  it('the example file can be tried with --dry-run but not imported', async () => {
    const ws = workspace(campaignWith());
    copyFileSync('tests/fixtures/kien-giang/examples/so-mau-thang-mau.csv', join(ws.dir, 'so-mau-thang-mau.csv'));
    const dry = await ws.run('so-mau-thang-mau.csv', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out.join('\n')).toMatch(/warning: the file says it is an example/u);
    expect((await ws.run('so-mau-thang-mau.csv')).code).toBe(1);
  });
});

describe('months and reports against the data file', () => {
  it('a month given with --month after the current month is refused', async () => {
    const ws = workspace(campaignWith());
    writeFileSync(join(ws.dir, 'may.csv'), 'Xã/Phường/Thị trấn,Huyện,Số mẫu đo\nXã Bình Sơn,Hòn Đất,12\n');
    const { code, err } = await ws.run('may.csv', '--month', '2025-05');
    expect(code).toBe(1);
    expect(err[0]).toBe(
      'may.csv: month 2025-05 is after the current month (2025-04) — check the month in the title, the "Tháng" column or --month: a month cannot be imported before it starts',
    );
  });

  it('the current month can be imported (figures so far)', async () => {
    const ws = workspace(campaignWith());
    writeFileSync(join(ws.dir, 'april.csv'), 'Xã/Phường/Thị trấn,Huyện,Số mẫu đo\nXã Bình Sơn,Hòn Đất,12\n');
    expect((await ws.run('april.csv', '--month', '2025-04')).code).toBe(0);
  });

  it('reports need the counts of their month first', async () => {
    const ws = workspace(campaignWith(realMonth('2025-02')), ['good-reports.csv']);
    const before = ws.dataSha();
    const { code, err } = await ws.run('good-reports.csv');
    expect(code).toBe(1);
    expect(err[0]).toBe(
      'good-reports.csv:3: 2025-03 has no counts in data/campaign.json — import the counts for 2025-03 first',
    );
    expect(ws.dataSha()).toBe(before);
  });

  it('reports never go into an illustrative month', async () => {
    const ws = workspace(campaignWith(illustrativeMonth('2025-03')), ['good-reports.csv']);
    const { err } = await ws.run('good-reports.csv');
    expect(err[0]).toBe(
      'good-reports.csv:3: 2025-03 holds only illustrative figures in data/campaign.json — import the counts for 2025-03 first',
    );
  });

  it('an existing district report needs --replace', async () => {
    const ws = workspace(campaignWith(realMonth('2025-03')), ['good-reports.csv']);
    const refused = await ws.run('good-reports.csv');
    expect(refused.err[0]).toBe(
      'good-reports.csv:3: Thành phố Rạch Giá already has a report for 2025-03 in data/campaign.json (reported on 2025-04-08) — run again with --replace to overwrite it',
    );
    const replaced = await ws.run('good-reports.csv', '--replace');
    expect(replaced.code).toBe(0);
    expect(ws.campaign().months[0]?.reports?.map((r) => r.unit)).toEqual(['899', '903', '912']);
  });

  it('--as-of and --source are stored with the month', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    await ws.run('existing-month.csv', '--as-of', '2025-04-05', '--source', 'VNNIC, cổng dữ liệu');
    expect(ws.campaign().months[0]).toMatchObject({ asOf: '2025-04-05', source: 'VNNIC, cổng dữ liệu' });
  });

  it('--as-of in the future or before the month is refused', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    expect((await ws.run('existing-month.csv', '--as-of', '2025-04-16')).err[0]).toBe(
      'existing-month.csv: --as-of 2025-04-16 is in the future (today is 2025-04-15) — give the date the figures are valid for',
    );
    expect((await ws.run('existing-month.csv', '--as-of', '2025-02-28')).err[0]).toBe(
      'existing-month.csv: --as-of 2025-02-28 is before 2025-03 starts — give the date the figures are valid for, on or after the first day of the month',
    );
  });
});

describe('the command line', () => {
  it.each([
    ['in Vietnamese by default', [], /Ví dụ:\n {2}npm run import -- /u],
    ['in English with --lang en', ['--lang', 'en'], /Examples:\n {2}npm run import -- /u],
  ])('--help explains every option with an example, %s', async (_, lang, examples) => {
    const out: string[] = [];
    expect(await main(['--help', ...lang], { now: NOW, out: (l) => out.push(l), err: () => undefined })).toBe(0);
    const help = out.join('\n');
    for (const option of [
      '--month',
      '--sheet',
      '--replace',
      '--dry-run',
      '--data',
      '--blank-is-no-data',
      '--as-of',
      '--source',
      '--imported-at',
      '--lang',
      '--quiet',
    ]) {
      expect(help).toContain(option);
    }
    expect(help).toMatch(examples);
  });

  it.each([
    ['no file', []],
    ['two files', ['a.csv', 'b.csv']],
    ['an unknown option', ['a.csv', '--force']],
  ])('exits with 2 for %s', async (_, args) => {
    const err: string[] = [];
    expect(await main(args, { now: NOW, out: () => undefined, err: (l) => err.push(l) })).toBe(2);
    expect(err.length).toBeGreaterThan(0);
  });

  it('--quiet prints only errors', async () => {
    const ws = workspace(campaignWith(), ['warn-total-mismatch.csv', 'bad-blank-count.csv']);
    const ok = await ws.run('warn-total-mismatch.csv', '--quiet');
    expect(ok).toMatchObject({ code: 0, out: [], err: [] });
    const bad = await ws.run('bad-blank-count.csv', '--quiet', '--replace');
    expect(bad.out).toEqual([]);
    expect(bad.err).toHaveLength(2);
  });

  it('prints progress lines and a summary table', async () => {
    const ws = workspace(campaignWith(), ['good-workbook.xlsx']);
    const { out } = await ws.run('good-workbook.xlsx');
    expect(out.slice(0, 7)).toEqual([
      'Reading good-workbook.xlsx (Excel workbook, 2 sheet(s))',
      'Sheet "Số mẫu": header on row 4: A STT, B Mã ĐVHC, C Xã/Phường/Thị trấn, D Huyện/Thành phố, E Số mẫu đo',
      'Sheet "Số mẫu": month 2025-03 from the title ("THÁNG 3/2025", row 2)',
      'Sheet "Số mẫu": 143 data rows: 143 matched, 0 unmatched; 1 total row(s) skipped',
      'Sheet "Báo cáo": header on row 2: A Huyện, B Ngày báo cáo, C Giải pháp, D Khó khăn, vướng mắc',
      'Sheet "Báo cáo": month 2025-03 from the title ("THÁNG 3/2025", row 1)',
      'Sheet "Báo cáo": 3 report(s): 3 matched, 0 unmatched',
    ]);
    const summary = out.indexOf('Summary');
    expect(out.slice(summary, summary + 7)).toEqual([
      'Summary',
      '  Rows read              143',
      '  Matched                143',
      '  Unmatched                0',
      '  Warnings                 0',
      '  Communes without data    0',
      '  Reports read             3',
    ]);
    expect(out).toContain('Reports for 2025-03: added Thành phố Rạch Giá, Huyện Hòn Đất, Huyện Kiên Hải');
  });

  it('prints them in Vietnamese with --lang vi (the command line’s default)', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    const { out } = await ws.run('existing-month.csv', '--dry-run', '--lang', 'vi');
    expect(out.slice(0, 5)).toEqual([
      'Đọc tệp existing-month.csv (UTF-8, các cột cách nhau bằng dấu phẩy)',
      'Dòng tiêu đề cột là dòng 2: A STT, B Xã/Phường/Thị trấn, C Huyện, D Số mẫu đo',
      'Tháng 3/2025, lấy từ tiêu đề ("THÁNG 3/2025", dòng 1)',
      '5 dòng số liệu: 5 dòng khớp, 0 dòng không khớp; bỏ qua 0 dòng tổng',
      'Đối chiếu với data/campaign.json',
    ]);
    expect(out).toContain('Tháng 3/2025 (2025-03, danh sách đơn vị 2025-01) được thêm: đọc 5 dòng, 5 xã thay đổi');
    expect(out.at(-1)).toBe(
      'Chạy thử xong: chưa ghi gì, data/campaign.json giữ nguyên. Muốn nhập thật thì chạy lại mà không có --dry-run.',
    );
  });

  it('--sheet reads one named sheet of a workbook', async () => {
    const ws = workspace(campaignWith(realMonth('2025-03')), ['good-workbook.xlsx']);
    const { code, err } = await ws.run('good-workbook.xlsx', '--sheet', 'bao cao', '--replace');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(ws.campaign().months[0]?.counts.mobile['30733']).toBe(100);
    expect(ws.campaign().months[0]?.reports).toHaveLength(3);
    const missing = await ws.run('good-workbook.xlsx', '--sheet', 'Tổng hợp');
    expect(missing.err[0]).toBe(
      'good-workbook.xlsx: the workbook has no sheet "Tổng hợp" (sheets: "Số mẫu", "Báo cáo") — give one of these names with --sheet, or leave --sheet out to read the first sheet',
    );
  });
});

describe('two boundary vintages: the month decides the unit list', () => {
  /** 15/10/2025: September 2025 is the last complete month. */
  const LATE = new Date('2025-10-15T03:00:00Z');
  const base = JSON.parse(readFileSync(join(FIXTURES, 'campaign-base.json'), 'utf8')) as CampaignInput;
  const late = async (file: string, ...args: string[]) => {
    const ws = workspace(base, [file]);
    const before = ws.dataSha();
    const result = await ws.runAt(LATE, file, ...args);
    return { ws, before, ...result };
  };

  it.each([
    ['new names under "Xã/Phường/Đặc khu"', 'good-2025-09-new-names.csv'],
    ['"ĐK. Phú Quốc", "Đ.K.", "P." and a "Xã, phường" header', 'good-2025-09-dac-khu.csv'],
  ])('imports %s (%s) on the 2025-07 units, keeping the months already there', async (_, file) => {
    const { ws, code, err } = await late(file);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = ws.campaign();
    expect(after.months.map((m) => [m.month, m.vintage])).toEqual([
      ['2025-06', '2025-01'],
      ['2025-07', '2025-07'],
      ['2025-09', '2025-07'],
    ]);
    expect(after.months[2]?.counts.mobile).toEqual(expected[file]?.months['2025-09']?.mobile);
  });

  it('prints the 2025-09 summary by unit type, not by district', async () => {
    const { out } = await late('good-2025-09-new-names.csv', '--dry-run');
    expect(out).toContain('Tháng 9/2025 (2025-09, units of 2025-07) added: 48 rows read, 48 communes changed');
    expect(out.find((l) => l.startsWith('  Đặc khu'))).toMatch(/^ {2}Đặc khu +3\/3 +— +→ +[\d.]+$/u);
  });

  it('imports commune reports for 2025-09, keyed on the commune code', async () => {
    const ws = workspace(base, ['good-2025-09-new-names.csv', 'good-2025-09-reports.csv']);
    expect((await ws.runAt(LATE, 'good-2025-09-new-names.csv')).code).toBe(0);
    const { code, err, out } = await ws.runAt(LATE, 'good-2025-09-reports.csv');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(ws.campaign().months[2]?.reports).toEqual(expected['good-2025-09-reports.csv']?.reports?.['2025-09']);
    expect(out).toContain('Reports for 2025-09: added Phường Rạch Giá, Đặc khu Phú Quốc');
  });

  it('refuses a district report for 2025-09: from 01/07/2025 communes report', async () => {
    const ws = workspace(base);
    writeFileSync(
      join(ws.dir, 'r.csv'),
      'THÁNG 7/2025\nHuyện,Ngày báo cáo,Giải pháp,Khó khăn\nHuyện Kiên Lương,08/08/2025,Tuyên truyền.,\n',
    );
    const { code, err } = await ws.runAt(LATE, 'r.csv');
    expect(code).toBe(1);
    expect(err[0]).toBe(
      'r.csv:3:A: from 01/07/2025 (2025-07) reports are made per commune, not per district — head the column "Xã/Phường/Đặc khu" and write one report per commune',
    );
  });

  it('names what an old name became, and writes nothing', async () => {
    const { ws, before, code, err } = await late('bad-2025-09-old-name.csv');
    expect(code).toBe(1);
    expect(ws.dataSha()).toBe(before);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-2025-09-old-name.csv:7:B: unknown commune "Xã Thạnh Yên" for 2025-09 — Xã Thạnh Yên was merged into Xã Vĩnh Hòa (31012) on 01/07/2025; write "Xã Vĩnh Hòa"
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });

  it('refuses a code and a name that disagree in the month’s vintage (never a match by code alone)', async () => {
    const { ws, before, code, err } = await late('bad-2025-09-code-name.csv');
    expect(code).toBe(1);
    expect(ws.dataSha()).toBe(before);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-2025-09-code-name.csv:7:B: code 31012 is Xã Vĩnh Hòa in 2025-09, not "Xã Thạnh Yên" — Xã Thạnh Yên was merged into Xã Vĩnh Hòa (31012) on 01/07/2025; write "Xã Vĩnh Hòa"
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });

  it('refuses a 2025-09 file on the 143 old communes with one message naming its list, not one per row', async () => {
    const { ws, before, code, err } = await late('bad-2025-09-old-list.csv', '--lang', 'vi');
    expect(code).toBe(1);
    expect(ws.dataSha()).toBe(before);
    expect(err).toHaveLength(2);
    expect(err[0]).toBe(
      'bad-2025-09-old-list.csv: tệp này theo danh sách 143 xã, phường, thị trấn cũ (trước 01/07/2025): 143 trên 143 dòng khớp danh sách đó, chỉ 33 dòng khớp danh sách 48 xã, phường, đặc khu của tháng 9/2025 — tải lại tệp tháng 9/2025 theo danh sách 48 xã, phường, đặc khu mới từ cổng VNNIC; không sửa mã hay tên từng dòng, không gộp các dòng: số mẫu của mỗi đơn vị phải là số VNNIC tính cho đơn vị đó.',
    );
  });

  it('never tells to keep one of two different rows of a unit formed from old communes', async () => {
    const { code, err } = await late('bad-2025-09-merged-rows.csv', '--lang', 'vi');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/Phường Rạch Giá \(30742\) có hai dòng trong tháng 9\/2025: dòng 3 và dòng 4 — /u);
    expect(err[0]).toContain('đừng giữ một dòng hay tự cộng hai dòng');
    expect(err[0]).toContain('tải lại tệp của tháng 9/2025 theo danh sách đơn vị mới từ cổng VNNIC');
    expect(err.join('\n')).not.toMatch(/chỉ giữ lại một|giữ lại dòng đúng/u);
  });

  it('says a new name only exists from 01/07/2025 in a month before', async () => {
    const { code, err } = await late('bad-2025-03-new-name.csv');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-2025-03-new-name.csv:3:A: unknown commune "Xã Vĩnh Hòa Hưng" for 2025-03 — Xã Vĩnh Hòa Hưng (30970) only exists from 01/07/2025; for 2025-03 write the commune it was then: Xã Vĩnh Hòa Hưng Bắc (30955, Huyện Gò Quao) or Xã Vĩnh Hòa Hưng Nam (30970, Huyện Gò Quao)
      Nothing was written: 1 problem. Fix it and run the import again."
    `);
  });

  it('still imports a 2025-03 file on the old units, with districts', async () => {
    const { ws, code, err } = await late('existing-month.csv');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const march = ws.campaign().months[0];
    expect([march?.month, march?.vintage]).toEqual(['2025-03', '2025-01']);
    expect(march?.counts.mobile).toEqual(expected['existing-month.csv']?.months['2025-03']?.mobile);
  });

  it('matches "Xã Bình An" in 2025-09 but finds it ambiguous in 2025-03', async () => {
    const ws = workspace(base);
    writeFileSync(join(ws.dir, 'a.csv'), 'Xã/Phường/Đặc khu,Số mẫu\nXã Bình An,5\n');
    expect((await ws.runAt(LATE, 'a.csv', '--month', '2025-09')).code).toBe(0);
    const march = await ws.runAt(LATE, 'a.csv', '--month', '2025-03');
    expect(march.err[0]).toMatch(/^a\.csv:2:A: "Xã Bình An" is the name of 2 communes: /u);
  });
});

describe('names typed without diacritics', () => {
  /** 15/10/2025: September 2025 is the last complete month. */
  const LATE = new Date('2025-10-15T03:00:00Z');
  const base = JSON.parse(readFileSync(join(FIXTURES, 'campaign-base.json'), 'utf8')) as CampaignInput;

  it('imports a name that folds to one unit, with a warning naming that unit', async () => {
    const file = 'warn-no-diacritics.csv';
    const ws = workspace(base, [file]);
    const { code, out, err } = await ws.runAt(LATE, file, '--lang', 'vi');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(ws.campaign().months.find((m) => m.month === '2025-09')?.counts.mobile).toEqual(
      expected[file]?.months['2025-09']?.mobile,
    );
    expect(out.filter((l) => l.includes('cảnh báo:')).join('\n')).toMatchInlineSnapshot(`
      "warn-no-diacritics.csv:7:B: cảnh báo: "vinh hoa hung" được hiểu là Xã Vĩnh Hòa Hưng (viết không dấu) — nên sửa tên trong tệp cho đúng.
      warn-no-diacritics.csv:8:B: cảnh báo: "Xa Vinh Hoa" được hiểu là Xã Vĩnh Hòa (viết không dấu) — nên sửa tên trong tệp cho đúng."
    `);
    expect(out.find((l) => l.startsWith('  Cảnh báo'))).toMatch(/^ {2}Cảnh báo +2$/u);
  });

  it('refuses a name that folds to two units, listing both, and writes nothing', async () => {
    const file = 'bad-ambiguous-no-diacritics.csv';
    const ws = workspace(campaignWith(realMonth('2025-02')), [file]);
    const before = ws.dataSha();
    const { code, err } = await ws.run(file, '--lang', 'vi');
    expect(code).toBe(1);
    expect(ws.dataSha()).toBe(before);
    expect(err.join('\n')).toMatchInlineSnapshot(`
      "bad-ambiguous-no-diacritics.csv:4:B: "Vinh Thanh" viết không dấu nên có thể là 2 đơn vị: Phường Vĩnh Thanh (30733, Thành phố Rạch Giá) hoặc Xã Vĩnh Thạnh (30946, Huyện Giồng Riềng) — viết tên có dấu cho đúng, thêm cột "Huyện" hoặc ghi mã trong cột "Mã ĐVHC"; không nhập theo tên đoán.
      bad-ambiguous-no-diacritics.csv:5:B: "tan thanh" viết không dấu nên có thể là 2 đơn vị: Xã Tân Thành (30856, Huyện Tân Hiệp) hoặc Xã Tân Thạnh (31031, Huyện An Minh) — viết tên có dấu cho đúng, thêm cột "Huyện" hoặc ghi mã trong cột "Mã ĐVHC"; không nhập theo tên đoán.
      Chưa ghi gì vào tệp dữ liệu: có 2 lỗi. Hãy sửa các lỗi này trong tệp rồi nhập lại."
    `);
  });

  it('still refuses a folded name next to a code of another unit', async () => {
    const ws = workspace(base);
    writeFileSync(join(ws.dir, 'c.csv'), 'THÁNG 9/2025\nMã ĐVHC,Xã/Phường/Đặc khu,Số mẫu\n31012,vinh hoa hung,5\n');
    const { code, err } = await ws.runAt(LATE, 'c.csv');
    expect(code).toBe(1);
    expect(err[0]).toBe(
      'c.csv:3:B: code 31012 is Xã Vĩnh Hòa in 2025-09, not "vinh hoa hung" — "vinh hoa hung" is Xã Vĩnh Hòa Hưng (30970): correct the code or the name',
    );
  });
});

describe('the "as of" date in the summary', () => {
  const asOfLines = (out: string[]): string[] =>
    out.filter((l) => /tính đến ngày|đang cập nhật/u.test(l) || l.includes('cảnh báo:'));

  it('names the date it stores; a complete month is not in progress', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    const { code, out } = await ws.run('existing-month.csv', '--lang', 'vi');
    expect(code).toBe(0);
    expect(asOfLines(out)).toEqual([
      '  Số liệu tính đến ngày 15/04/2025 (ngày lưu cùng tháng; ghi ngày khác bằng --as-of, dạng YYYY-MM-DD).',
    ]);
  });

  it('says a month whose date is before its last day will be shown as in progress', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    const { out } = await ws.run('existing-month.csv', '--as-of', '2025-03-30', '--dry-run', '--lang', 'vi');
    expect(asOfLines(out)).toEqual([
      '  Số liệu tính đến ngày 30/03/2025 (ngày lưu cùng tháng; ghi ngày khác bằng --as-of, dạng YYYY-MM-DD).',
      '  Ngày này trước ngày cuối tháng 3/2025 (31/03/2025): trang web sẽ ghi tháng 3/2025 là "đang cập nhật".',
    ]);
  });

  it('warns when the date is more than two months after the month ends, and only then', async () => {
    const ws = workspace(campaignWith(), ['existing-month.csv']);
    const onTime = await ws.runAt(new Date('2025-05-31T03:00:00Z'), 'existing-month.csv', '--dry-run');
    expect(onTime.out.filter((l) => l.includes('warning:'))).toEqual([]);
    const late = await ws.runAt(new Date('2025-06-01T03:00:00Z'), 'existing-month.csv', '--dry-run', '--lang', 'vi');
    expect(late.code).toBe(0);
    expect(late.out.filter((l) => l.includes('cảnh báo:'))).toEqual([
      'existing-month.csv: cảnh báo: số liệu tháng 3/2025 được lưu là tính đến ngày 01/06/2025, hơn hai tháng sau ngày cuối tháng (31/03/2025) — nếu số liệu được lấy sớm hơn, ghi đúng ngày bằng --as-of (dạng YYYY-MM-DD).',
    ]);
    const english = await ws.runAt(new Date('2025-06-01T03:00:00Z'), 'existing-month.csv', '--dry-run');
    expect(english.out.filter((l) => l.includes('warning:'))).toEqual([
      "existing-month.csv: warning: the figures of 2025-03 are stored as valid on 2025-06-01, more than two months after the month's last day (2025-03-31) — if the figures were taken earlier, give that date with --as-of YYYY-MM-DD",
    ]);
  });
});
