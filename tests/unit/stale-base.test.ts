import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, staffPage } from '../../scripts/cli/check-base';
import { campaignDigest, campaignText } from '../../src/lib/data/digest';
import { CampaignSchema, type CampaignInput } from '../../src/lib/data/schema/campaign';
import { baseMessage, checkBase, checkHistory } from '../../src/lib/publish/stale-base';

const BASE_TEXT = readFileSync('tests/fixtures/import/campaign-base.json', 'utf8');
const BASE = JSON.parse(BASE_TEXT) as CampaignInput;

/** The base campaign with `months` added (copies of its last month), recording `from` as its base. */
async function importOnto(from: CampaignInput, ...months: string[]): Promise<CampaignInput> {
  const last = from.months.at(-1);
  if (!last) throw new Error('fixture has no month');
  const added = months.map((month) => ({ ...last, month }));
  return { basedOn: await campaignDigest(from), months: [...from.months, ...added] };
}

const text = (c: CampaignInput): string => campaignText(c);

describe('checkBase', () => {
  it('accepts a file made from the data it replaces', async () => {
    const next = await importOnto(BASE, '2025-08');
    expect(await checkBase(BASE_TEXT, text(next))).toEqual({ ok: true, kind: 'based-on-previous' });
  });

  it('refuses a file made on a stale page, naming the month it would remove', async () => {
    const published = await importOnto(BASE, '2025-08');
    const stale = await importOnto(BASE, '2025-09');
    const outcome = await checkBase(text(published), text(stale));
    expect(outcome).toMatchObject({ ok: false, kind: 'stale', removedMonths: ['2025-08'] });
  });

  it('refuses a stale file even when no month vanishes (a correction would be lost)', async () => {
    const corrected: CampaignInput = { ...BASE, months: BASE.months.map((m) => ({ ...m, asOf: '2025-07-30' })) };
    const stale = await importOnto(BASE, '2025-08');
    expect(await checkBase(text(corrected), text(stale))).toMatchObject({ ok: false, removedMonths: [] });
  });

  it('accepts an unchanged file, a file without basedOn, and the first data file', async () => {
    expect(await checkBase(BASE_TEXT, BASE_TEXT)).toEqual({ ok: true, kind: 'unchanged' });
    // A developer's import from a terminal, as older imports wrote it: no recorded base.
    const developer = { months: (await importOnto(BASE, '2025-08')).months };
    expect(await checkBase(text(await importOnto(BASE, '2025-09')), text(developer))).toEqual({
      ok: true,
      kind: 'no-base',
    });
    expect(await checkBase(undefined, text(await importOnto(BASE, '2025-08')))).toEqual({ ok: true, kind: 'first' });
  });

  it('accepts the digest of the previous bytes when the previous file was not canonical', async () => {
    const handEdited = JSON.stringify(BASE);
    const { createHash } = await import('node:crypto');
    const next = {
      ...(await importOnto(BASE, '2025-08')),
      basedOn: createHash('sha256').update(handEdited).digest('hex'),
    };
    expect(await checkBase(handEdited, text(next))).toEqual({ ok: true, kind: 'based-on-previous' });
  });

  it('accepts the digest of the data as the site publishes it (schema defaults filled in)', async () => {
    // A month stored without its (default, empty) reports: the site publishes it with "reports": [].
    const sparse: CampaignInput = {
      months: BASE.months.map((m) => {
        const copy = { ...m };
        delete copy.reports;
        return copy;
      }),
    };
    const published = await importOnto(CampaignSchema.parse(sparse), '2025-08');
    expect(await checkBase(text(sparse), text(published))).toEqual({ ok: true, kind: 'based-on-previous' });
  });

  it('refuses a file that is not JSON', async () => {
    expect(await checkBase(BASE_TEXT, '{"months": [')).toMatchObject({ ok: false, kind: 'unreadable' });
  });
});

describe('checkHistory', () => {
  it('skips a refused version as a base: the corrected upload passes, a commit leaving it in place does not', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const stale = await importOnto(BASE, '2025-09');
    const fixed = await importOnto(p8, '2025-09');
    const v = (label: string, c: CampaignInput) => ({ label, text: text(c) });
    const refusedLast = await checkHistory([{ label: 'a', text: BASE_TEXT }, v('b', p8), v('c', stale)]);
    expect(refusedLast).toMatchObject({ outcome: { ok: false, removedMonths: ['2025-08'] }, base: 'b', refused: [] });
    const afterFix = await checkHistory([{ label: 'a', text: BASE_TEXT }, v('b', p8), v('c', stale), v('d', fixed)]);
    expect(afterFix).toEqual({ outcome: { ok: true, kind: 'based-on-previous' }, base: 'b', refused: ['c'] });
  });

  it('accepts a git revert of an accepted change, not the same bytes uploaded again without one', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const p9 = await importOnto(p8, '2025-09');
    const history = [
      { label: 'a', text: text(p8), commit: 'a'.repeat(40) },
      { label: 'b', text: text(p9), commit: 'b'.repeat(40) },
    ];
    const revert = { label: 'c', text: text(p8), commit: 'c'.repeat(40), reverts: 'b'.repeat(40) };
    expect((await checkHistory([...history, revert])).outcome).toEqual({ ok: true, kind: 'reverted' });
    // The August file kept in Downloads and uploaded again in September would delete September.
    const again = { label: 'c', text: text(p8), commit: 'c'.repeat(40) };
    expect((await checkHistory([...history, again])).outcome).toMatchObject({ ok: false, removedMonths: ['2025-09'] });
    // A message that names another commit is no revert of this one.
    const wrong = { ...revert, reverts: 'a'.repeat(40) };
    expect((await checkHistory([...history, wrong])).outcome.ok).toBe(false);
  });

  it('refuses a revert that would bring back refused data', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const stale = await importOnto(BASE, '2025-09');
    const fixed = await importOnto(p8, '2025-09');
    const versions = [
      { label: 'a', text: text(p8), commit: 'a'.repeat(40) },
      { label: 'b', text: text(stale), commit: 'b'.repeat(40) },
      { label: 'c', text: text(fixed), commit: 'c'.repeat(40) },
      // git revert of c restores b's bytes, the refused stale file.
      { label: 'd', text: text(stale), commit: 'd'.repeat(40), reverts: 'c'.repeat(40) },
    ];
    expect((await checkHistory(versions)).outcome).toMatchObject({ ok: false, removedMonths: ['2025-08'] });
  });

  it('an empty history or one version passes', async () => {
    expect((await checkHistory([])).outcome.ok).toBe(true);
    expect((await checkHistory([{ label: 'a', text: BASE_TEXT }])).outcome).toEqual({ ok: true, kind: 'first' });
  });
});

describe('baseMessage', () => {
  it('tells provincial staff, in Vietnamese, which months would vanish and what to do', async () => {
    const outcome = await checkBase(
      text(await importOnto(BASE, '2025-08', '2025-09')),
      text(await importOnto(BASE, '2025-10')),
    );
    expect(baseMessage({ outcome, base: undefined, refused: [] }, 'data/campaign.json', 'vi', '/can-bo/cap-nhat/'))
      .toMatchInlineSnapshot(`
      [
        "KHÔNG ĐĂNG: tệp data/campaign.json được tạo từ dữ liệu cũ, không phải từ dữ liệu đang đăng trên trang. Trang web giữ nguyên, không mất dữ liệu nào.",
        "Nếu đăng tệp này, các tháng sau sẽ bị xoá khỏi trang: tháng 8/2025, tháng 9/2025.",
        "Cách làm: mở lại trang /can-bo/cap-nhat/ (trang sẽ tải dữ liệu mới nhất đã đăng), chọn lại tệp số liệu của tháng để kiểm tra, bấm "Tải tệp dữ liệu đã cập nhật" để tải campaign.json mới về, rồi tải tệp đó lên lại vào thư mục data/.",
      ]
    `);
  });

  it('has an English version for developers', async () => {
    const outcome = await checkBase(text(await importOnto(BASE, '2025-08')), text(await importOnto(BASE, '2025-09')));
    expect(
      baseMessage({ outcome, base: undefined, refused: [] }, 'data/campaign.json', 'en', '/can-bo/cap-nhat/').join(
        '\n',
      ),
    ).toContain('Publishing it would remove: 2025-08.');
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function io(cwd?: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd } };
}

describe('npm run check:base', () => {
  it('compares two files given on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-base-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'prev.json'), text(await importOnto(BASE, '2025-08')));
    writeFileSync(join(dir, 'stale.json'), text(await importOnto(BASE, '2025-09')));
    const refused = io();
    const args = ['--previous', join(dir, 'prev.json'), '--current', join(dir, 'stale.json')];
    expect(await main(args, refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('tháng 8/2025');
    const passed = io();
    expect(await main(['--previous', join(dir, 'prev.json'), '--current', join(dir, 'prev.json')], passed.io)).toBe(0);
    expect(passed.out).toEqual([
      'data/campaign.json không thay đổi so với dữ liệu đã đăng.'.replace('data/campaign.json', join(dir, 'prev.json')),
    ]);
  });

  it('names the staff page by its public address when the site address is known', () => {
    expect(staffPage({ SITE_URL: 'https://ispeed.example.gov.vn', SITE_BASE: '/ispeed/' })).toBe(
      'https://ispeed.example.gov.vn/ispeed/can-bo/cap-nhat/',
    );
    expect(staffPage({})).toBe('/can-bo/cap-nhat/');
  });

  it('refuses wrong options with exit 2', async () => {
    expect(await main(['--lang', 'fr', '--current', 'x'], io().io)).toBe(2);
    expect(await main(['--previous', 'x'], io().io)).toBe(2);
  });

  it('reads the versions from git history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-base-git-'));
    dirs.push(dir);
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    run('init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'data'));
    const commit = (content: string, message: string) => {
      writeFileSync(join(dir, 'data/campaign.json'), content);
      run('add', '.');
      run('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message);
    };
    commit(BASE_TEXT, 'base');
    commit(text(await importOnto(BASE, '2025-08')), 'August');
    commit(text(await importOnto(BASE, '2025-09')), 'September from a stale page');
    const refused = io(dir);
    expect(await main([], refused.io)).toBe(1);
    expect(refused.err[1]).toContain('tháng 8/2025');
    const p8 = await importOnto(BASE, '2025-08');
    commit(text(await importOnto(p8, '2025-09')), 'September again');
    const passed = io(dir);
    expect(await main(['--lang', 'en'], passed.io)).toBe(0);
    expect(passed.out.join('\n')).toMatch(/never published.*\n.*made from the published data/);
    commit(text(await importOnto(await importOnto(p8, '2025-09'), '2025-10')), 'October');
    run('-c', 'user.name=t', '-c', 'user.email=t@t', 'revert', '--no-edit', 'HEAD');
    const reverted = io(dir);
    expect(await main(['--lang', 'en'], reverted.io)).toBe(0);
    expect(reverted.out.at(-1)).toMatch(/git revert/);
  });
});
