/**
 * /du-lieu/datapackage.json over the built site, read with Frictionless's own JavaScript library
 * (`datapackage`): the package validates against the Data Package profile, it describes every
 * download the data page links to (and nothing else), and every CSV is read row by row against its
 * Table Schema (types, required cells, patterns, enums, primary key).
 *
 * The package names files by their public address (https://ispeed.example.test/ispeed/…); each is
 * read from the same path under dist/. One deviation: the library reads a UTF-8 byte order mark
 * into the first header name (its CSV parser is not given csv-parse's `bom` option), and the CSVs
 * carry one on purpose, for Excel; the copy it reads has the BOM removed, after this test has
 * checked it is there and is all that is removed.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { builtSiteRoot } from './pages';
import type { DataPackage, DataResource } from '../../src/lib/render/datapackage';

const BOM = '\uFEFF';
const root = builtSiteRoot();
const descriptor = JSON.parse(readFileSync('dist/du-lieu/datapackage.json', 'utf8')) as DataPackage;

/** The dist/ file of a public address of this build. */
function distFile(url: string): string {
  if (!url.startsWith(root)) throw new Error(`${url} is not under the build's address ${root}`);
  return join('dist', url.slice(root.length));
}

let dir: string;
let pkg: Package;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datapackage-e2e-'));
  // The library only opens relative paths under basePath: each file gets a flat local name.
  const local = descriptor.resources.map((r) => {
    const text = readFileSync(distFile(r.path), 'utf8');
    const name = `${r.name}.${r.format}`;
    writeFileSync(join(dir, name), r.format === 'csv' ? text.replace(BOM, '') : text);
    return { ...r, path: name };
  });
  pkg = await Package.load({ ...descriptor, resources: local }, { basePath: dir, strict: false });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('datapackage.json', () => {
  it('validates against the Data Package profile', () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.profile.name).toBe('data-package');
    expect(pkg.resources.length).toBe(descriptor.resources.length);
  });

  it('describes every download of the data page, at this build’s public address, and the page links to it', () => {
    const html = readFileSync('dist/du-lieu/index.html', 'utf8');
    const base = new URL(root).pathname;
    const downloads = [...html.matchAll(/href="([^"]+\.(?:csv|json|topojson))"/g)]
      .map(([, href]) => href ?? '')
      .filter((href) => href.startsWith(`${base}du-lieu/`));
    expect(downloads).toContain(`${base}du-lieu/datapackage.json`);
    const described = descriptor.resources.map((r) => r.path).sort();
    const offered = downloads
      .filter((href) => !href.endsWith('/datapackage.json'))
      .map((href) => new URL(href, root).href)
      .sort();
    expect(described).toEqual(offered);
    for (const r of descriptor.resources) expect(existsSync(distFile(r.path)), r.path).toBe(true);
  });

  it('reads every CSV against its Table Schema, header included', async () => {
    const tabular = pkg.resources.filter((r) => r.tabular);
    expect(tabular.map((r) => r.name).sort()).toEqual(
      descriptor.resources
        .filter((r) => r.format === 'csv')
        .map((r) => r.name)
        .sort(),
    );
    for (const resource of tabular) {
      const file = distFile(descriptor.resources.find((r) => r.name === resource.name)!.path);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith(`${BOM}month,`), file).toBe(true);
      const rows = await resource.read({ keyed: true });
      expect(rows.length, file).toBe(text.trimEnd().split('\n').length - 1);
      expect(rows.every((row) => row['vintage'] === rows[0]?.['vintage'])).toBe(true);
    }
  });

  it('reads the figures as data: no data stays empty, counts are integers', async () => {
    const latest = pkg.resources.find((r) => r.tabular)!;
    const rows = await latest.read({ keyed: true });
    for (const row of rows) {
      const count = row['samples_mobile'];
      expect(count === null || Number.isInteger(count)).toBe(true);
      expect(row['status'] === 'none').toBe(count === null);
    }
  });

  it('carries the same source and licence inside each boundary file', () => {
    const boundaries = descriptor.resources.filter((r: DataResource) => r.format === 'topojson');
    expect(boundaries.length).toBeGreaterThan(0);
    for (const r of boundaries) {
      const topology = JSON.parse(readFileSync(distFile(r.path), 'utf8')) as { type: string; metadata?: unknown };
      expect(topology.type).toBe('Topology');
      expect(topology.metadata).toEqual({ title: r.title, sources: r.sources, licenses: r.licenses });
    }
  });
});
