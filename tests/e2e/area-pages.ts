/**
 * What the e2e files that build another area (a province from npm run area, tests/fixtures/synthetic-area)
 * check the same way: its main pages — home, map, a unit page, the monthly report — are built and
 * served, each titled with the area's name from its data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SiteData } from '../../src/lib/data/load';
import { homePath, latestMapPath, reportPath, unitPath } from '../../src/lib/site/paths';
import { currentVintage } from '../../src/lib/data/vintage';
import type { Site } from './harness';

/** Home, the latest month's map, the first unit of the current vintage, the latest month's report. */
export function mainPages({ area, campaign, vintages }: SiteData): string[] {
  const latest = campaign.months.at(-1)?.month;
  const current = currentVintage(area);
  const unit = vintages.get(current.id)?.units.units[0];
  if (!latest || !unit) throw new Error(`${area.name}: no month or no unit to build pages of`);
  return [homePath(), latestMapPath(), unitPath(current.id, unit.code), reportPath(latest)];
}

/** Fetches each main page from the served build: 200, HTML, a heading, the area named in the title. */
export async function expectMainPagesServed(site: Site, data: SiteData): Promise<void> {
  for (const path of mainPages(data)) {
    const res = await fetch(site.url(path));
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type'), path).toContain('text/html');
    const html = await res.text();
    expect(html, path).toMatch(/<h1[\s>]/);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], path).toContain(data.area.name);
  }
}

/** Every built HTML page under these folders of `dist` (e.g. `ban-do`, `xa`), path → HTML. */
export function builtPages(dist: string, folders: readonly string[]): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.set(`/${path}`, readFileSync(join(dist, path), 'utf8'));
    }
  };
  for (const folder of folders) walk(folder);
  return pages;
}
