import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, staffPage } from '../../scripts/cli/check-base';
import { campaignDigest, campaignText } from '../../src/lib/data/digest';
import { CampaignSchema, type CampaignInput } from '../../src/lib/data/schema/campaign';
import {
  baseMessage,
  checkBase,
  checkHistory,
  removalsOf,
  strayDataFiles,
  type BaseOutcome,
} from '../../src/lib/publish/stale-base';

const BASE_TEXT = readFileSync('tests/fixtures/import/campaign-base.json', 'utf8');
const BASE = JSON.parse(BASE_TEXT) as CampaignInput;

/** The base campaign with `months` added (copies of its last month), recording `from` as its base. */
async function importOnto(from: CampaignInput, ...months: string[]): Promise<CampaignInput> {
  const last = from.months.at(-1);
  if (!last) throw new Error('fixture has no month');
  const provenance = { ...last.provenance, importedAt: `${months.join('')}T02:00:00.000Z` };
  const added = months.map((month) => ({ ...last, month, provenance }));
  return { basedOn: await campaignDigest(from), months: [...from.months, ...added] };
}

/** `from` with `month`'s counts replaced (an import with --replace), recording `from` as its base. */
async function correctOnto(from: CampaignInput, month: string): Promise<CampaignInput> {
  const months = from.months.map((m) =>
    m.month === month ? { ...m, counts: { mobile: { ...m.counts.mobile, '30733': 999 } } } : m,
  );
  return { basedOn: await campaignDigest(from), months };
}

const text = (c: CampaignInput): string => campaignText(c);
const lines = (outcome: BaseOutcome, lang: 'vi' | 'en' = 'vi'): string =>
  baseMessage({ outcome, base: undefined, refused: [] }, 'data/campaign.json', lang, '/can-bo/cap-nhat/').join('\n');

describe('checkBase', () => {
  it('accepts a file made from the data it replaces', async () => {
    const next = await importOnto(BASE, '2025-08');
    expect(await checkBase(BASE_TEXT, text(next))).toMatchObject({ ok: true, origin: 'based-on-previous' });
  });

  it('refuses a file made on a stale page, naming the month it would remove', async () => {
    const published = await importOnto(BASE, '2025-08');
    const stale = await importOnto(BASE, '2025-09');
    const outcome = await checkBase(text(published), text(stale));
    // Both were made from the same data; this one imported September anew, without August.
    expect(outcome).toMatchObject({ ok: false, origin: 'stale', removedMonths: ['2025-08'] });
  });

  it('refuses a stale file even when no month vanishes (a correction would be lost)', async () => {
    const corrected: CampaignInput = { ...BASE, months: BASE.months.map((m) => ({ ...m, asOf: '2025-07-30' })) };
    const stale = await importOnto(BASE, '2025-08');
    expect(await checkBase(text(corrected), text(stale))).toMatchObject({ ok: false, removedMonths: [] });
  });

  it('refuses a stale file whose basedOn was removed, since it drops a month', async () => {
    const published = await importOnto(BASE, '2025-08');
    const stale: CampaignInput = { months: (await importOnto(BASE, '2025-09')).months };
    const outcome = await checkBase(text(published), text(stale));
    expect(outcome).toMatchObject({ ok: false, origin: 'no-base', removedMonths: ['2025-08'] });
    expect(lines(outcome)).toContain('không ghi dữ liệu gốc (basedOn)');
    expect(lines(outcome)).toContain('các tháng sau sẽ bị xoá khỏi trang: tháng 8/2025');
  });

  it('accepts an unchanged file, a file without basedOn that loses nothing, and the first data file', async () => {
    expect(await checkBase(BASE_TEXT, BASE_TEXT)).toEqual({ ok: true, kind: 'unchanged' });
    // A developer's import from a terminal, as older imports wrote it: no recorded base.
    const published = await importOnto(BASE, '2025-08');
    const developer = { months: (await importOnto(published, '2025-09')).months };
    expect(await checkBase(text(published), text(developer))).toMatchObject({ ok: true, origin: 'no-base' });
    expect(await checkBase(undefined, text(await importOnto(BASE, '2025-08')))).toEqual({ ok: true, kind: 'first' });
  });

  it('lets illustrative months go (the first real month replaces them), never real ones', async () => {
    const illustrative: CampaignInput = { months: BASE.months.map((m) => ({ ...m, illustrative: true })) };
    const real = { months: [{ ...BASE.months[1]!, month: '2025-08' }] };
    expect(await checkBase(text(illustrative), text(real))).toMatchObject({ ok: true, removedMonths: [] });
    expect(await checkBase(BASE_TEXT, text(real))).toMatchObject({ ok: false, removedMonths: ['2025-06', '2025-07'] });
  });

  it('accepts the digest of the previous bytes when the previous file was not canonical', async () => {
    const handEdited = JSON.stringify(BASE);
    const { createHash } = await import('node:crypto');
    const next = {
      ...(await importOnto(BASE, '2025-08')),
      basedOn: createHash('sha256').update(handEdited).digest('hex'),
    };
    expect(await checkBase(handEdited, text(next))).toMatchObject({ ok: true, origin: 'based-on-previous' });
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
    expect(await checkBase(text(sparse), text(published))).toMatchObject({ ok: true, origin: 'based-on-previous' });
  });

  it('refuses a file that is not JSON', async () => {
    expect(await checkBase(BASE_TEXT, '{"months": [')).toMatchObject({ ok: false, kind: 'unreadable' });
  });
});

describe('checkHistory', () => {
  const v = (label: string, c: CampaignInput, more: object = {}) => ({ label, text: text(c), ...more });

  it('skips a refused version as a base: the corrected upload passes, a commit leaving it in place does not', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const stale = await importOnto(BASE, '2025-09');
    const fixed = await importOnto(p8, '2025-09');
    const refusedLast = await checkHistory([{ label: 'a', text: BASE_TEXT }, v('b', p8), v('c', stale)]);
    expect(refusedLast).toMatchObject({
      outcome: { ok: false, origin: 'stale', madeFrom: 'a', removedMonths: ['2025-08'] },
      base: 'b',
      refused: [],
    });
    const afterFix = await checkHistory([{ label: 'a', text: BASE_TEXT }, v('b', p8), v('c', stale), v('d', fixed)]);
    expect(afterFix).toMatchObject({ outcome: { ok: true, origin: 'based-on-previous' }, base: 'b', refused: ['c'] });
  });

  it('tells a hand edit that keeps basedOn from a stale file: the one keeps the published changes, the other undoes them', async () => {
    const p7 = await correctOnto(BASE, '2025-07');
    // The published July correction, then edited by hand: June's count fixed, basedOn left as it was.
    const hand: CampaignInput = {
      ...p7,
      months: p7.months.map((m) => (m.month === '2025-06' ? { ...m, asOf: '2025-06-30' } : m)),
    };
    const history = [{ label: 'a', text: BASE_TEXT }, v('b', p7)];
    const edited = await checkHistory([...history, v('c', hand)]);
    expect(edited.outcome).toMatchObject({ ok: true, origin: 'hand-edit', changedMonths: ['2025-06'] });
    expect(lines(edited.outcome)).toContain('được sửa tay');
    expect(lines(edited.outcome)).not.toContain('dữ liệu cũ');
    // Made on a page opened before the July correction: the same basedOn, July's correction undone.
    const stale = await correctOnto(BASE, '2025-06');
    const outcome = (await checkHistory([...history, v('c', stale)])).outcome;
    expect(outcome).toMatchObject({ ok: false, origin: 'stale', madeFrom: 'a', changedMonths: ['2025-07'] });
    expect(lines(outcome)).toContain('những sửa đổi đã đăng sau khi tệp được tạo (tháng 7/2025) sẽ bị mất');
    // A hand edit that drops a month is refused, as a hand edit.
    const dropped: CampaignInput = { ...p7, months: p7.months.slice(1) };
    const refused = (await checkHistory([...history, v('c', dropped)])).outcome;
    expect(refused).toMatchObject({ ok: false, origin: 'hand-edit', removedMonths: ['2025-06'] });
    expect(lines(refused)).toMatch(/sửa tay .* bỏ mất tháng đã đăng/u);
    expect(lines(refused)).toContain('Remove-month: 2025-06');
  });

  it('removes a month only when the commit names it (Remove-month:) or reverts the commit that added it', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const without8: CampaignInput = { months: p8.months.filter((m) => m.month !== '2025-08') };
    const history = [{ label: 'a', text: BASE_TEXT }, v('b', p8)];
    expect(removalsOf('Bỏ tháng 8\n\nRemove-month: 2025-08, 2025-09\nremove-month: 2025-10')).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
    ]);
    const named = await checkHistory([...history, v('c', without8, { removes: ['2025-08'] })]);
    expect(named.outcome).toMatchObject({ ok: true, confirmedMonths: ['2025-08'] });
    expect(lines(named.outcome)).toContain('tháng 8/2025 được xoá khỏi trang theo ý người quản trị');
    const other = await checkHistory([...history, v('c', without8, { removes: ['2025-07'] })]);
    expect(other.outcome).toMatchObject({ ok: false, removedMonths: ['2025-08'], confirmedMonths: [] });
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

  it('refuses a deleted data file, and compares what comes back with the data published before', async () => {
    const p8 = await importOnto(BASE, '2025-08');
    const gone = [v('a', p8), { label: 'b', text: undefined }];
    expect((await checkHistory(gone)).outcome).toEqual({ ok: false, kind: 'missing' });
    // The old file uploaded again after the deletion is no "first upload".
    const back = await checkHistory([...gone, { label: 'c', text: BASE_TEXT }]);
    expect(back.outcome).toMatchObject({ ok: false, removedMonths: ['2025-08'] });
  });

  it('an empty history or one version passes', async () => {
    expect((await checkHistory([])).outcome.ok).toBe(true);
    expect((await checkHistory([{ label: 'a', text: BASE_TEXT }])).outcome).toEqual({ ok: true, kind: 'first' });
  });
});

describe('strayDataFiles', () => {
  it('finds a campaign*.json at the root or under data/ other than the data file, not in tests/', () => {
    const paths = [
      'data/campaign.json',
      'data/campaign (1).json',
      'campaign.json',
      'data/vintages/2025-07/Campaign-2.JSON',
      'tests/fixtures/import/campaign-base.json',
      'data/area.json',
      'src/campaign.json',
    ];
    expect(strayDataFiles(paths, 'data/campaign.json')).toEqual([
      'data/campaign (1).json',
      'campaign.json',
      'data/vintages/2025-07/Campaign-2.JSON',
    ]);
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
        "Nếu đăng tệp này, các tháng sau sẽ bị xoá khỏi trang: tháng 8/2025 và tháng 9/2025.",
        "Cách làm: mở lại trang /can-bo/cap-nhat/ (trang luôn tải dữ liệu mới nhất đã đăng), chọn lại tệp số liệu của tháng để kiểm tra, bấm "Tải tệp dữ liệu đã cập nhật" để tải campaign.json mới về, rồi tải tệp đó lên thư mục data của kho mã, thay tệp cũ.",
      ]
    `);
  });

  it('has an English version for developers', async () => {
    const outcome = await checkBase(text(await importOnto(BASE, '2025-08')), text(await importOnto(BASE, '2025-09')));
    expect(lines(outcome, 'en')).toContain('Publishing it would remove: 2025-08.');
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

/** A fresh git repository with a data/ folder, and its `commit(content, message, file?)`. */
function repository(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  run('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'data'));
  const commit = (content: string, message: string, file = 'data/campaign.json') => {
    writeFileSync(join(dir, file), content);
    run('add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message);
  };
  return { dir, run, commit };
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
    expect(passed.out).toEqual([`${join(dir, 'prev.json')} không thay đổi so với dữ liệu đã đăng.`]);
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
    const { run, commit, dir } = repository('check-base-git-');
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
    // The owner removes September on purpose, saying so in the commit message.
    const without9 = { months: p8.months };
    commit(text(without9), 'Bỏ tháng 9/2025 (số liệu sai)\n\nRemove-month: 2025-09');
    const removed = io(dir);
    expect(await main([], removed.io)).toBe(0);
    expect(removed.out.join('\n')).toContain('tháng 9/2025 được xoá khỏi trang theo ý người quản trị');
  });

  it('refuses a campaign*.json uploaded where it is not published, saying where it must go', async () => {
    const { commit, dir } = repository('check-base-stray-');
    commit(BASE_TEXT, 'base');
    commit(text(await importOnto(BASE, '2025-08')), 'Upload', 'data/campaign (1).json');
    const second = io(dir);
    expect(await main([], second.io)).toBe(1);
    expect(second.err.join('\n')).toContain('"data/campaign (1).json" không phải tệp dữ liệu của trang');
    expect(second.err.join('\n')).toContain('đổi tên tệp thành campaign.json');
    const root = repository('check-base-root-');
    root.commit(BASE_TEXT, 'base');
    root.commit(text(await importOnto(BASE, '2025-08')), 'Upload', 'campaign.json');
    const atRoot = io(root.dir);
    expect(await main([], atRoot.io)).toBe(1);
    expect(atRoot.err.join('\n')).toContain('"campaign.json" không phải tệp dữ liệu của trang');
  });

  it('fails closed: a history git cannot read stops the check, never reads as a first upload', async () => {
    const { commit, dir, run } = repository('check-base-broken-');
    commit(BASE_TEXT, 'base');
    commit(text(await importOnto(BASE, '2025-08')), 'August');
    // The object of the data file's first version disappears (a damaged or partial clone).
    const blob = run('rev-parse', 'HEAD~1:data/campaign.json').toString().trim();
    rmSync(join(dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
    const broken = io(dir);
    expect(await main([], broken.io)).toBe(2);
    expect(broken.err.join('\n')).toMatch(/^KHÔNG ĐĂNG: không đọc được lịch sử của data\/campaign.json/u);
    const outside = io(mkdtempSync(join(tmpdir(), 'check-base-no-git-')));
    dirs.push(outside.io.cwd ?? '');
    expect(await main([], outside.io)).toBe(2);
    expect(outside.err.join('\n')).toContain('không đủ lịch sử');
  });
});
