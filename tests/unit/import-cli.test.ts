/**
 * The import as officials run it: `npx tsx scripts/cli/import.ts …` in a separate process, with the
 * real clock (the fixtures are of March 2025, in the past).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../src/lib/import/apply';
import { runImport } from '../../src/lib/import/run';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';
import { referenceWorkspace } from './reference-workspace';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';

const ROOT = resolve('.');
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): { dir: string; data: string } {
  return referenceWorkspace('import-cli-', emptyCampaign(), dirs);
}

/** Runs the command in `cwd` with npx tsx, as `npm run import` does. */
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync('npx', ['--prefix', ROOT, 'tsx', join(ROOT, 'scripts/cli/import.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the command in its own process', () => {
  it('prints the help in Vietnamese, or in English with --lang en', () => {
    const vi = cli(ROOT, '--help');
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Cách dùng: npm run import -- <tệp> \[tùy chọn\]/u);
    const en = cli(ROOT, '--help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Usage: npm run import -- <file> \[options\]/u);
  }, 60_000);

  it('imports a good workbook and writes the data file', () => {
    const { dir, data } = workspace();
    copyFileSync(join(FIXTURES, 'good-workbook.xlsx'), join(dir, 'good-workbook.xlsx'));
    const { code, out, err } = cli(dir, 'good-workbook.xlsx');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/Đã ghi data\/campaign\.json\./u);
    const campaign = CampaignSchema.parse(JSON.parse(readFileSync(data, 'utf8')));
    expect(Object.keys(campaign.months[0]?.counts.mobile ?? {})).toHaveLength(143);
  }, 60_000);

  it('refuses a bad file with exit code 1, all problems on stderr, the data file untouched', () => {
    const { dir, data } = workspace();
    copyFileSync(join(FIXTURES, 'bad-several-problems.csv'), join(dir, 'bad.csv'));
    const before = sha(data);
    const { code, err } = cli(dir, 'bad.csv', '--quiet');
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(5);
    // Vietnamese by default, whatever the machine's locale says.
    expect(err).toMatch(/^bad\.csv:8:B: không tìm thấy xã "Xã Bình Anh" ở Huyện Kiên Lương — sửa lại tên/u);
    expect(err.trim().split('\n').at(-1)).toBe(
      'Chưa ghi gì vào tệp dữ liệu: có 4 lỗi. Hãy sửa các lỗi này trong tệp rồi nhập lại.',
    );
    expect(sha(data)).toBe(before);
    const en = cli(dir, 'bad.csv', '--quiet', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toMatch(/^bad\.csv:8:B: unknown commune "Xã Bình Anh" in Huyện Kiên Lương — correct the name/u);
    expect(en.err.trim().split('\n').at(-1)).toBe(
      'Nothing was written: 4 problems. Fix them and run the import again.',
    );
  }, 60_000);

  it('exits with 2 on a wrong option, saying it in Vietnamese', () => {
    const missing = cli(ROOT, 'x.csv', '--month');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Tùy chọn --month cần có giá trị đi kèm\./u);
    const french = cli(ROOT, 'x.csv', '--lang', 'fr');
    expect(french.code).toBe(2);
    expect(french.err.trim()).toBe(
      'Không có ngôn ngữ "fr": dùng --lang vi (tiếng Việt, mặc định) hoặc --lang en (tiếng Anh).',
    );
  }, 60_000);

  it('writes the same bytes twice with the same --imported-at and --as-of, recording the data it started from', () => {
    const runs = [workspace(), workspace()].map(({ dir, data }) => {
      copyFileSync(join(FIXTURES, 'good-workbook.xlsx'), join(dir, 'good-workbook.xlsx'));
      const base = sha(data);
      const at = ['--imported-at', '2025-04-15T10:00:00+07:00', '--as-of', '2025-04-10'];
      const { code, err } = cli(dir, 'good-workbook.xlsx', ...at, '--quiet');
      expect(err).toBe('');
      expect(code).toBe(0);
      return { base, bytes: readFileSync(data) };
    });
    expect(runs[0]?.bytes.equals(runs[1]?.bytes ?? Buffer.alloc(0))).toBe(true);
    const written = JSON.parse(runs[0]?.bytes.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(Object.keys(written)[0]).toBe('basedOn');
    expect(written['basedOn']).toBe(runs[0]?.base);
    const month = CampaignSchema.parse(written).months[0];
    expect(month?.asOf).toBe('2025-04-10');
    expect(month?.provenance).toMatchObject({ importedAt: '2025-04-15T03:00:00.000Z' });
  }, 120_000);

  it('refuses an --imported-at that is not a date and time', () => {
    const { code, err } = cli(ROOT, 'x.csv', '--imported-at', '15/04/2025');
    expect(code).toBe(2);
    expect(err).toMatch(/^"15\/04\/2025" ở --imported-at không phải là một thời điểm/u);
  }, 60_000);
});

describe('a data file changed during the import', () => {
  it('is not overwritten', async () => {
    const { dir, data } = workspace();
    copyFileSync(join(FIXTURES, 'existing-month.csv'), join(dir, 'existing-month.csv'));
    const err: string[] = [];
    let edited = false;
    const result = await runImport(
      {
        file: 'existing-month.csv',
        replace: false,
        dryRun: false,
        data: 'data/campaign.json',
        blankIsNoData: false,
        quiet: false,
        lang: 'en',
        controls: CLI_CONTROLS,
      },
      {
        now: new Date('2025-04-15T03:00:00Z'),
        cwd: dir,
        // Someone saves the data file while the import is between reading and writing.
        out: () => {
          if (!edited) writeFileSync(data, `${readFileSync(data, 'utf8')} `);
          edited = true;
        },
        err: (l) => err.push(l),
      },
    );
    expect(result).toMatchObject({ exitCode: 1, wrote: false });
    expect(err[0]).toBe(
      'data/campaign.json: the data file changed while the import was running — run the import again',
    );
  });
});
