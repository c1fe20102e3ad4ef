/**
 * The import's message catalogue (src/lib/import/messages), and the publishing gate's
 * (src/lib/publish/messages.ts): every message in both languages,
 * Vietnamese that is Vietnamese, the locked wordings keeping their meaning in both, and the names
 * of the options coming from the caller (flags on the command line, controls on the staff page).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/data/load';
import { CLI_CONTROLS, type Controls } from '../../src/lib/import/messages/voice';
import { LANGS, list, type Lang, type Message, type Texts } from '../../src/lib/text/messages';
import { CATALOGUE } from '../../src/lib/import/messages/catalogue';
import { BASE } from '../../src/lib/publish/messages';
import { planImport, type ImportOptions } from '../../src/lib/import/plan';
import { cliOptions } from './import-options';

type AnyMessage = Message<readonly unknown[], string | Texts>;

/** Every message of the import's catalogue and of the publishing gate's (check:base). */
const entries: Array<[string, AnyMessage]> = Object.entries({ ...CATALOGUE, PUBLISH: BASE }).flatMap(
  ([theme, messages]) =>
    Object.entries(messages as Record<string, AnyMessage>).map(([id, m]): [string, AnyMessage] => [
      `${theme}.${id}`,
      m,
    ]),
);

/** The texts of a message rendered with its sample arguments: one string, or its problem and todo. */
function texts(m: AnyMessage, lang: Lang): string[] {
  const out = m[lang](...m.example);
  return typeof out === 'string' ? [out] : [out.problem, out.todo];
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const ENGLISH_WORDS =
  /\b(nothing|rows?|columns?|files?|sheets?|warnings?|problems?|unknown|the|with|not|is|usage|options|examples)\b/iu;
/** Flags, paths and file names are not words of either language. */
const notWords = (text: string): string =>
  text
    .replace(/--[a-z-]+/gu, ' ')
    .replace(/\S*[/\\]\S*/gu, ' ')
    .replace(/\S+\.(json|csv|xlsx?|txt)\b/gu, ' ');

describe('the catalogue', () => {
  it('holds the import messages', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  it.each(entries)('%s has a non-empty text in each language', (_, m) => {
    for (const lang of LANGS) for (const t of texts(m, lang)) expect(t.trim()).not.toBe('');
  });

  it.each(entries)('%s is written in Vietnamese, with its diacritics', (_, m) => {
    // A text passed through as it was given (a "what to do" made by another message) is checked there.
    for (const t of texts(m, 'vi').filter((x) => !m.example.includes(x))) {
      expect(t).toMatch(VIETNAMESE_LETTER);
      expect(notWords(t)).not.toMatch(ENGLISH_WORDS);
    }
  });

  it.each(entries)('%s in English is not Vietnamese', (_, m) => {
    for (const t of texts(m, 'en')) expect(t).not.toMatch(/\b(không|hãy|tệp|dòng|cột|trang tính)\b/u);
  });
});

describe('lists in messages', () => {
  it.each([
    ['vi', [], 'and', ''],
    ['vi', ['A'], 'and', 'A'],
    ['vi', ['A', 'B'], 'and', 'A và B'],
    ['vi', ['A', 'B', 'C'], 'and', 'A, B và C'],
    ['vi', ['A', 'B', 'C'], 'or', 'A, B hoặc C'],
    ['en', ['A', 'B'], 'or', 'A or B'],
    ['en', ['A', 'B', 'C'], 'and', 'A, B and C'],
    ['en', ['A', 'B', 'C'], 'or', 'A, B or C'],
  ] as const)('%s %j (%s) reads "%s"', (lang, items, conjunction, expected) => {
    expect(list(lang, items, conjunction)).toBe(expected);
  });
});

describe('the locked wordings keep their meaning in both languages', () => {
  const FIXTURES = resolve('tests/fixtures/import');
  const reference = loadReference('tests/fixtures/kien-giang');
  const base: unknown = JSON.parse(readFileSync(join(FIXTURES, 'campaign-base.json'), 'utf8'));
  const options = cliOptions({ file: '' });
  const problemOf = async (file: string, more: Partial<ImportOptions>): Promise<string> => {
    const plan = await planImport({
      options: { ...options, file, ...more },
      fileBytes: readFileSync(join(FIXTURES, file)),
      reference,
      campaign: base,
      now: new Date('2025-10-15T03:00:00Z'),
    });
    expect(plan.problems).toHaveLength(1);
    return `${plan.problems[0]?.problem ?? ''} — ${plan.problems[0]?.todo ?? ''}`;
  };

  it.each(LANGS)('an old name names the unit it became, and its code (%s)', async (lang) => {
    const text = await problemOf('bad-2025-09-old-name.csv', { lang });
    for (const part of ['Xã Thạnh Yên', 'Xã Vĩnh Hòa', '31012', '01/07/2025']) expect(text).toContain(part);
  });

  it.each(LANGS)('a code and a name that disagree are both named, with the unit of the code (%s)', async (lang) => {
    const text = await problemOf('bad-2025-09-code-name.csv', { lang });
    for (const part of ['31012', 'Xã Vĩnh Hòa', '"Xã Thạnh Yên"']) expect(text).toContain(part);
  });

  it('says them in Vietnamese by default', async () => {
    expect(await problemOf('bad-2025-09-old-name.csv', {})).toBe(
      'không tìm thấy "Xã Thạnh Yên" trong danh sách đơn vị của tháng 9/2025 — Xã Thạnh Yên đã sáp nhập vào Xã Vĩnh Hòa (31012) từ ngày 01/07/2025; hãy ghi "Xã Vĩnh Hòa".',
    );
    expect(await problemOf('bad-2025-09-code-name.csv', {})).toBe(
      'mã 31012 trong tháng 9/2025 là Xã Vĩnh Hòa, không phải "Xã Thạnh Yên" — Xã Thạnh Yên đã sáp nhập vào Xã Vĩnh Hòa (31012) từ ngày 01/07/2025; hãy ghi "Xã Vĩnh Hòa".',
    );
  });
});

describe('what to do names the caller’s controls', () => {
  const page: Controls = {
    ...CLI_CONTROLS,
    blankIsNoData: 'ô "Ô số mẫu để trống là không có số liệu"',
    month: 'ô "Tháng"',
  };
  const reference = loadReference('tests/fixtures/kien-giang');
  const plan = (csv: string, controls: Controls = CLI_CONTROLS) =>
    planImport({
      options: cliOptions({ controls }),
      fileBytes: Buffer.from(csv),
      reference,
      campaign: undefined,
      now: new Date('2025-04-15T03:00:00Z'),
    });

  it('a flag on the command line, a control on the page', async () => {
    const csv = 'THÁNG 3/2025\nXã/Phường/Thị trấn,Huyện,Số mẫu đo\nXã Bình Sơn,Huyện Hòn Đất,\n';
    expect((await plan(csv)).problems[0]?.todo).toContain('--blank-is-no-data');
    const todo = (await plan(csv, page)).problems[0]?.todo;
    expect(todo).toContain('ô "Ô số mẫu để trống là không có số liệu"');
    expect(todo).not.toContain('--');
    const noMonth = (await plan('Mã xã,Số mẫu\n30823,5\n', page)).problems[0]?.todo;
    expect(noMonth).toContain('ô "Tháng"');
    expect(noMonth).not.toContain('--');
  });
});
