/**
 * The Atom feed of the built fixture site (dist/du-lieu/thang.atom) and the sitemap's dates:
 *
 * - the feed is valid for RFC 4287's own RELAX NG schema (tests/fixtures/atom/atom.rnc, converted
 *   with trang, checked with xmllint: Debian's `trang` and `libxml2-utils`, installed by .ci/run);
 * - a real feed parser (feedsmith) reads one entry per month of the fixture, newest first, with its
 *   id, title, links and update time, and the figures the month's map page shows;
 * - every page links to the feed in its head; the sitemap dates each page from the data.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { loadSiteData } from '../../src/lib/data/load';
import type { Month } from '../../src/lib/data/schema/campaign';
import { BASE } from './harness';
import { builtSiteRoot, sitemapPaths } from './pages';

const FEED = 'dist/du-lieu/thang.atom';
const root = builtSiteRoot();
const months = [...loadSiteData().campaign.months].reverse();
const tmp = mkdtempSync(join(tmpdir(), 'ispeed-feed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a command-line tool; a missing tool fails the test with what to install (never a skip). */
function run(tool: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} is not installed: apt-get install -y trang libxml2-utils (as .ci/run does)`);
  }
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The file dist/ serves for an absolute URL of the build (a page's folder → its index.html). */
function distFile(url: string): string {
  const path = new URL(url).pathname.slice(BASE.length);
  return join('dist', path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

/** When a month last changed: its import, else its as-of date at midnight in Vietnam. */
function expectedUpdate(m: Month): number {
  return Date.parse(m.provenance.kind === 'import' ? m.provenance.importedAt : `${m.asOf}T00:00:00+07:00`);
}

const newest = Math.max(...months.map(expectedUpdate));

describe('the Atom feed', () => {
  it('is valid for the RELAX NG schema of RFC 4287, and the check rejects an entry without an id', () => {
    const rng = join(tmp, 'atom.rng');
    const converted = run('trang', ['tests/fixtures/atom/atom.rnc', rng]);
    expect(converted.status, converted.output).toBe(0);
    const valid = run('xmllint', ['--noout', '--relaxng', rng, FEED]);
    expect(valid.status, valid.output).toBe(0);

    const broken = join(tmp, 'broken.atom');
    writeFileSync(broken, readFileSync(FEED, 'utf8').replace(/(<entry>\s*)<id>[^<]*<\/id>/, '$1'));
    const invalid = run('xmllint', ['--noout', '--relaxng', rng, broken]);
    expect(invalid.status, invalid.output).not.toBe(0);
  });

  it('lists every month newest first, each with a stable id, its title, map and printed summary', () => {
    expect(months.length).toBeGreaterThan(1);
    const feed = parseAtomFeed(readFileSync(FEED, 'utf8'));
    const { hostname, pathname } = new URL(root);
    const tagBase = `tag:${hostname},2025:${pathname.slice(1)}thang`;
    expect(feed.id).toBe(tagBase);
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe(`${root}du-lieu/thang.atom`);
    expect(Date.parse(feed.updated ?? '')).toBe(newest);
    expect(
      feed.entries?.map((e) => ({
        id: e.id,
        title: e.title?.value,
        links: e.links?.map((l) => [l.rel, l.href]),
        updated: Date.parse(e.updated ?? ''),
      })),
    ).toEqual(
      months.map((m) => {
        const [year, month] = m.month.split('-');
        const title = `Số mẫu đo i-Speed tháng ${Number(month)}/${year}`;
        return {
          id: `${tagBase}/${m.month}`,
          title: m.illustrative ? `${title} (số liệu minh họa – không phải số liệu chính thức)` : title,
          links: [
            ['alternate', `${root}ban-do/${m.month}/`],
            ['related', `${root}bao-cao/${m.month}/`],
          ],
          updated: expectedUpdate(m),
        };
      }),
    );
    for (const link of feed.entries?.flatMap((e) => e.links ?? []) ?? []) {
      expect(existsSync(distFile(link.href ?? '')), link.href).toBe(true);
    }
  });

  it('gives each month the figures its map page shows, its source, and says when they are illustrative', () => {
    const entries = parseAtomFeed(readFileSync(FEED, 'utf8')).entries ?? [];
    expect(entries).toHaveLength(months.length);
    months.forEach((m, i) => {
      const page = readFileSync(distFile(`${root}ban-do/${m.month}/`), 'utf8');
      const stat = (name: string) => new RegExp(`data-stat-value="${name}">([^<]+)<`).exec(page)?.[1] ?? '?';
      const units = stat('units');
      const withData = Number(units.replace(/\./g, '')) - Number(stat('nodata').replace(/\./g, ''));
      const summary = entries[i]?.summary?.value ?? '';
      expect(summary).toContain(
        `Đạt chỉ tiêu 300 mẫu: ${stat('met')}/${units} đơn vị cấp xã; có số liệu: ${withData.toLocaleString('vi-VN')}/${units}; tổng số mẫu đo: ${stat('samples')};`,
      );
      expect(summary.startsWith('Số liệu minh họa – không phải số liệu chính thức.')).toBe(m.illustrative);
      expect(entries[i]?.content?.value).toContain(`Nguồn: ${m.source.replace(/\.$/, '')}.`);
    });
    expect(months.some((m) => m.illustrative) && months.some((m) => !m.illustrative)).toBe(true);
  });

  it('is linked from the head of every page, and from the press kit and the data page', () => {
    const head = `<link rel="alternate" type="application/atom+xml" title="Số mẫu đo hằng tháng (Atom)" href="${BASE}du-lieu/thang.atom">`;
    const missing = sitemapPaths().filter(
      (p) => !readFileSync(distFile(`${root}${p.slice(1)}`), 'utf8').includes(head),
    );
    expect(missing).toEqual([]);
    for (const page of ['bao-chi/', 'du-lieu/']) {
      expect(readFileSync(distFile(`${root}${page}`), 'utf8')).toContain(`>${root}du-lieu/thang.atom</a>`);
    }
  });
});

describe('the sitemap', () => {
  it('dates a month’s map and printed summary by the month’s update, every other page by the newest', () => {
    const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = files.map((f) => readFileSync(join('dist', f), 'utf8')).join('');
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, body]) => body ?? '');
    const dated = entries.map((body) => /^<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>$/.exec(body));
    // Each entry is exactly a location and a date: nothing else was added or lost.
    expect(entries.filter((_, i) => !dated[i])).toEqual([]);
    expect(dated.length).toBe(sitemapPaths().length);

    const byMonthPage = new Map(
      months.flatMap((m) => [`ban-do/${m.month}/`, `bao-cao/${m.month}/`].map((p) => [`${root}${p}`, m] as const)),
    );
    for (const [, loc, lastmod] of dated as RegExpExecArray[]) {
      const month = byMonthPage.get(loc ?? '');
      expect([loc, Date.parse(lastmod ?? '')]).toEqual([loc, month ? expectedUpdate(month) : newest]);
    }
    expect(dated.filter((d) => byMonthPage.has(d?.[1] ?? '')).length).toBe(2 * months.length);
    expect(new Set(months.map(expectedUpdate)).size).toBeGreaterThan(1);
  });
});
