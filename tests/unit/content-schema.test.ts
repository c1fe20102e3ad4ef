/**
 * The guides' and pages' frontmatter: every committed file passes the schema the build uses, and
 * a bad field is rejected with a message that names it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { GuideFrontmatterSchema, PageFrontmatterSchema } from '../../src/lib/data/content-schema';
import { formatZodIssues } from '../../src/lib/data/errors';

function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return parse(match?.[1] ?? '') as unknown;
}

const guides = readdirSync('src/content/guides').map((f) => `src/content/guides/${f}`);
const pages = readdirSync('src/content/pages').map((f) => `src/content/pages/${f}`);

describe('committed content', () => {
  it('has the seven guides the campaign needs', () => {
    expect(guides.map((g) => g.replace(/.*\/|\.md$/g, '')).sort()).toEqual([
      'cai-dat-android',
      'cai-dat-ios',
      'do-dung-cach',
      'do-tren-web',
      'doc-ket-qua',
      'hoi-dap',
      'khac-phuc-su-co',
    ]);
  });

  it.each(guides)('%s has valid frontmatter', (file) => {
    expect(GuideFrontmatterSchema.safeParse(frontmatter(file)).success).toBe(true);
  });

  it.each(pages)('%s has valid frontmatter', (file) => {
    expect(PageFrontmatterSchema.safeParse(frontmatter(file)).success).toBe(true);
  });

  it('gives every guide its own position in the list', () => {
    const orders = guides.map((g) => GuideFrontmatterSchema.parse(frontmatter(g)).order);
    expect(new Set(orders).size).toBe(guides.length);
  });

  it.each([...guides, ...pages])('%s is Unicode NFC, with no look-alike Ð and no absolute internal link', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('\u00D0');
    expect(text).not.toMatch(/\]\(\/(?!\/)/);
  });
});

describe('bad frontmatter', () => {
  it('names each bad field and what is expected', () => {
    const bad = { title: 'Hi', description: 'ngắn', order: 0, platform: 'windows', updated: 'hôm qua', minutes: 5 };
    const result = GuideFrontmatterSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(formatZodIssues(result.error!, bad)).toMatchInlineSnapshot(`
      [
        "title: must be 5–70 characters (value: "Hi")",
        "description: must be 50–160 characters (it is the page description in search results) (value: "ngắn")",
        "order: must be a whole number from 1 (the position in the guide list) (value: 0)",
        "platform: must be one of android, ios, web, chung (value: "windows")",
        "updated: must be a date written YYYY-MM-DD, e.g. 2025-11-25 (value: "hôm qua")",
      ]
    `);
  });
});
