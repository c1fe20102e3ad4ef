/**
 * The import as officials run it: `npx tsx scripts/cli/import.ts …` in a separate process, with the
 * real clock (the fixtures are of March 2025, in the past).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../src/lib/import/apply';
import { runImport } from '../../src/lib/import/run';
import { CampaignSchema } from '../../src/lib/data/schema';

const ROOT = resolve('.');
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  dirs.push(dir);
  // The reference unit lists only: the shipped data/campaign.json is never read by tests.
  mkdirSync(join(dir, 'data'));
  copyFileSync('data/area.json', join(dir, 'data/area.json'));
  for (const id of ['2025-01', '2025-07']) {
    mkdirSync(join(dir, 'data/vintages', id), { recursive: true });
    copyFileSync(`data/vintages/${id}/units.json`, join(dir, 'data/vintages', id, 'units.json'));
  }
  const data = join(dir, 'data/campaign.json');
  writeFileSync(data, `${JSON.stringify(emptyCampaign(), null, 2)}\n`);
  return { dir, data };
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
  it('prints the help', () => {
    const { code, out } = cli(ROOT, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run import -- <file> \[options\]/u);
  }, 60_000);

  it('imports a good workbook and writes the data file', () => {
    const { dir, data } = workspace();
    copyFileSync(join(FIXTURES, 'good-workbook.xlsx'), join(dir, 'good-workbook.xlsx'));
    const { code, out, err } = cli(dir, 'good-workbook.xlsx');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/Wrote data\/campaign\.json\./u);
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
    expect(err).toMatch(/^bad\.csv:8:B: unknown commune "Xã Bình Anh"/u);
    expect(sha(data)).toBe(before);
  }, 60_000);

  it('exits with 2 on a wrong option', () => {
    expect(cli(ROOT, 'x.csv', '--month').code).toBe(2);
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
