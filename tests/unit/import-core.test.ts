/**
 * The in-memory import (src/lib/import/check.ts), which the staff page runs in the browser, says and
 * writes what the command says and writes: for every fixture of tests/fixtures/import, on a data
 * file and without one, the same lines on stdout and stderr, the same exit code, and when the file
 * is clean the very bytes the command writes.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli/import';
import { referenceOf } from '../../src/lib/data/cross-check';
import { loadReference } from '../../src/lib/data/load';
import { checkImport } from '../../src/lib/import/check';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';

const FIXTURES = resolve('tests/fixtures/import');
const VINTAGES = ['2025-01', '2025-07'];
const files = readdirSync(FIXTURES).filter((f) => /\.(csv|txt|xlsx)$/u.test(f));
const BASE = readFileSync(join(FIXTURES, 'campaign-base.json'), 'utf8');
/** Months of the vintage 2025-07 are checked in October 2025, the others in April 2025. */
const nowFor = (file: string): Date =>
  new Date(/2025-09|no-diacritics/u.test(file) ? '2025-10-15T03:00:00Z' : '2025-04-15T03:00:00Z');
const ARGS: Record<string, string[]> = { 'good-blank-is-no-data.csv': ['--blank-is-no-data'] };

const root = mkdtempSync(join(tmpdir(), 'import-core-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(base: string | undefined): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync('tests/fixtures/kien-giang/area.json', join(dir, 'data/area.json'));
  for (const id of VINTAGES) {
    mkdirSync(join(dir, 'data/vintages', id), { recursive: true });
    copyFileSync(`tests/fixtures/kien-giang/vintages/${id}/units.json`, join(dir, 'data/vintages', id, 'units.json'));
  }
  if (base !== undefined) writeFileSync(join(dir, 'data/campaign.json'), base);
  return dir;
}

/** The reference as the staff page builds it: from JSON values, not from a folder. */
const reference = referenceOf(
  JSON.parse(readFileSync('tests/fixtures/kien-giang/area.json', 'utf8')),
  new Map(
    VINTAGES.map((id) => [
      id,
      JSON.parse(readFileSync(`tests/fixtures/kien-giang/vintages/${id}/units.json`, 'utf8')) as unknown,
    ]),
  ),
);

describe.each([
  ['on a data file', BASE],
  ['without a data file', undefined],
])('the in-memory import %s', (_, base) => {
  it.each(files)('says and writes what the command does for %s', async (file) => {
    const dir = workspace(base);
    copyFileSync(join(FIXTURES, file), join(dir, file));
    const out: string[] = [];
    const err: string[] = [];
    const now = nowFor(file);
    const args = ARGS[file] ?? [];
    const code = await main([file, ...args], { now, cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
    const result = await checkImport({
      options: {
        file,
        replace: false,
        dryRun: false,
        data: 'data/campaign.json',
        blankIsNoData: args.includes('--blank-is-no-data'),
        quiet: false,
        lang: 'vi',
        controls: CLI_CONTROLS,
      },
      fileBytes: new Uint8Array(readFileSync(join(FIXTURES, file))),
      reference,
      campaign: base === undefined ? undefined : (JSON.parse(base) as unknown),
      now,
    });
    expect(result.exitCode).toBe(code);
    expect(result.lines.filter((l) => l.stream === 'err').map((l) => l.text)).toEqual(err);
    const wrote = code === 0 ? out.pop() : undefined;
    expect(result.lines.filter((l) => l.stream === 'out').map((l) => l.text)).toEqual(out);
    if (code === 0) {
      expect(wrote).toMatch(/^Đã ghi data\/campaign\.json\./u);
      expect(result.text).toBe(readFileSync(join(dir, 'data/campaign.json'), 'utf8'));
      expect(result.problems).toEqual([]);
    } else {
      expect(result.text).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'data/campaign.json'))).toBe(base !== undefined);
    }
  });
});

describe('the reference from JSON values', () => {
  it('equals the one read from the data folder', () => {
    const fromDisk = loadReference('tests/fixtures/kien-giang');
    expect(reference.area).toEqual(fromDisk.area);
    expect([...reference.vintages.keys()]).toEqual([...fromDisk.vintages.keys()]);
    expect(reference.vintages.get('2025-07')?.units).toEqual(fromDisk.vintages.get('2025-07')?.units);
  });

  it('refuses a unit list filed under another vintage', () => {
    const area = JSON.parse(readFileSync('tests/fixtures/kien-giang/area.json', 'utf8')) as unknown;
    const units = JSON.parse(readFileSync('tests/fixtures/kien-giang/vintages/2025-01/units.json', 'utf8')) as unknown;
    expect(() =>
      referenceOf(
        area,
        new Map([
          ['2025-01', units],
          ['2025-07', units],
        ]),
      ),
    ).toThrow(/vintage/u);
  });
});

describe('the comparison', () => {
  it('covers clean files, not only refused ones', async () => {
    const result = await checkImport({
      options: {
        file: 'a.csv',
        replace: false,
        dryRun: false,
        data: 'data/campaign.json',
        blankIsNoData: false,
        quiet: false,
        lang: 'vi',
        controls: CLI_CONTROLS,
      },
      fileBytes: new Uint8Array(readFileSync(join(FIXTURES, 'good-2025-09-new-names.csv'))),
      reference,
      campaign: JSON.parse(BASE) as unknown,
      now: nowFor('good-2025-09-new-names.csv'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.text).toMatch(/"month": "2025-09"/u);
  });
});
