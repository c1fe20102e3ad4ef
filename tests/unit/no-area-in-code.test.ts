/**
 * Another area is data, not code: the code that builds and draws the site (src/lib, src/components,
 * src/client, src/layouts, the pages and src/config) names no place of the shipped area and no
 * unit code outside comments, so a new data/ folder (`npm run area -- <province>`) is all another
 * area needs. Facts of the area live in data/area.json (its letter, deadlines, history) and
 * data/vintages/<id>/ (units.json, geo-inputs.json). Exceptions: comments, and "e.g." examples in
 * messages. The guides (src/content) cite the area through tags (src/lib/render/area-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoFile } from '../fixtures/geo/inputs';

const FOLDERS = ['src/lib', 'src/components', 'src/client', 'src/layouts', 'src/pages', 'src/config'];
const EXTENSIONS = ['.ts', '.astro', '.js', '.mjs'];

/** The text with the character ranges replaced by spaces (newlines kept, so lines stay put). */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of ranges) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  }
  return out;
}

/** Comment ranges of TypeScript source, found by the compiler's own parser (strings and templates left alone). */
function tsCommentRanges(text: string): [number, number][] {
  const source = ts.createSourceFile('code.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = new Map<number, number>();
  const visit = (node: ts.Node): void => {
    for (const r of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) ranges.set(r.pos, r.end);
    for (const r of ts.getTrailingCommentRanges(text, node.getEnd()) ?? []) ranges.set(r.pos, r.end);
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...ranges];
}

/** TypeScript source with its comments blanked. */
const withoutTsComments = (text: string): string => blank(text, tsCommentRanges(text));

/**
 * An Astro component with its comments blanked: the frontmatter and `<script>` blocks as
 * TypeScript, and in the template HTML comments and `/* … *\/` (CSS in `<style>`, `{/* … *\/}`).
 */
function withoutAstroComments(text: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  let out = text;
  let templateStart = 0;
  if (frontmatter?.[1] !== undefined) {
    const start = 4;
    out = out.slice(0, start) + withoutTsComments(frontmatter[1]) + out.slice(start + frontmatter[1].length);
    templateStart = frontmatter[0].length;
  }
  const template = out
    .slice(templateStart)
    .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (_m, open: string, body: string, close: string) => {
      return open + withoutTsComments(body) + close;
    })
    .replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return out.slice(0, templateStart) + template;
}

/** One place where code names the area or a unit. */
export interface Finding {
  line: number;
  match: string;
  text: string;
}

/** The name of the shipped area, with or without diacritics, in any case, as words or a slug. */
const AREA_NAME = /kien[\s_-]*giang/gi;
/** A 5-digit run not part of a longer number, a word, a hex colour or a decimal (e.g. 0.04045). */
const UNIT_CODE = /(?<![\w#.{])\d{5}(?![\w.])/g;

/** What a file's code (comments blanked) names: the area's name or a 5-digit unit code. */
export function areaFactsIn(text: string, kind: 'ts' | 'astro'): Finding[] {
  const code = kind === 'astro' ? withoutAstroComments(text) : withoutTsComments(text);
  const findings: Finding[] = [];
  code.split('\n').forEach((raw, i) => {
    // Without diacritics, so "Kiên Giang", "KIÊN GIANG" and "Kien Giang" read alike.
    const line = raw.normalize('NFD').replace(/\p{M}/gu, '');
    for (const pattern of [AREA_NAME, UNIT_CODE]) {
      for (const m of line.matchAll(pattern)) {
        if (line.slice(0, m.index).includes('e.g.')) continue;
        findings.push({ line: i + 1, match: m[0], text: raw.trim() });
      }
    }
  });
  return findings;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return EXTENSIONS.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

describe('areaFactsIn', () => {
  it('finds the area name and unit codes in code, with their line', () => {
    const text = [
      "const note = { '30730': { into: '30742' } };",
      "export const NAME = 'Tỉnh KIÊN GIANG';",
      "const slug = 'ispeed-kien-giang';",
      'const label = `Đặc khu (31105)`;',
    ].join('\n');
    expect(areaFactsIn(text, 'ts').map((f) => `${f.line}:${f.match}`)).toEqual([
      '1:30730',
      '1:30742',
      '2:KIEN GIANG',
      '3:kien-giang',
      '4:31105',
    ]);
  });

  it('skips comments, "e.g." examples in messages, and numbers that are not codes', () => {
    const text = [
      '/** Kiên Giang, e.g. 30742. */',
      'const a = 1; // merged into 30742 (Kiên Giang)',
      "const re = z.string().regex(/^\\d{5}$/, 'must be a 5-digit GSO commune code, e.g. 30742');",
      "const colours = ['#475569', 0.04045, 31536000, 60_000];",
      "const url = 'https://example.test/*'; /* 30742 */",
    ].join('\n');
    expect(areaFactsIn(text, 'ts')).toEqual([]);
  });

  it('reads an Astro component: frontmatter, template and scripts, without their comments', () => {
    const text = [
      '---',
      '// Kiên Giang only in a comment',
      "const code = '31012';",
      '---',
      '<!-- 30742, Kiên Giang -->',
      '<p>Xã của tỉnh Kiên Giang</p>',
      '{/* 30742 */}',
      '<script>',
      '  // 30742',
      "  const x = '31105';",
      '</script>',
      '<style>',
      '  /* Kiên Giang */',
      '</style>',
    ].join('\n');
    expect(areaFactsIn(text, 'astro').map((f) => `${f.line}:${f.match}`)).toEqual([
      '3:31012',
      '6:Kien Giang',
      '10:31105',
    ]);
  });
});

describe.each(FOLDERS)('the code in %s', (folder) => {
  it('names no place of the shipped area and no unit code (they are data: data/area.json, data/vintages/<id>/)', () => {
    const found = filesUnder(repoFile(folder)).flatMap((file) => {
      const kind = file.endsWith('.astro') ? 'astro' : 'ts';
      const where = relative(repoFile(''), file);
      return areaFactsIn(readFileSync(file, 'utf8'), kind).map((f) => `${where}:${f.line}: "${f.match}" in ${f.text}`);
    });
    expect(
      found,
      'Move these facts into the area data (a number that is not a unit code can be written 60_000)',
    ).toEqual([]);
  });
});
