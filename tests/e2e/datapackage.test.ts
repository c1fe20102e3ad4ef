/**
 * /du-lieu/datapackage.json over the built site, read with Frictionless's own JavaScript library
 * (`datapackage`) exactly as published: the folder dist/du-lieu/ stands for the downloaded folder
 * (every resource path is relative to the descriptor), nothing is rewritten. The package validates
 * against the Data Package profile, it describes every download the data page links to (and
 * nothing else), and every CSV is read row by row against its Table Schema (types, required cells,
 * patterns, enums, primary key).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { builtSiteRoot } from './pages';
import type { DataPackage, DataResource } from '../../src/lib/render/datapackage';

const root = builtSiteRoot();
const FOLDER = 'dist/du-lieu';
const descriptor = JSON.parse(readFileSync(join(FOLDER, 'datapackage.json'), 'utf8')) as DataPackage;

/** The file of a resource, in the package's folder. */
const fileOf = (r: { path: string }): string => join(FOLDER, r.path);

let pkg: Package;
beforeAll(async () => {
  pkg = await Package.load(join(FOLDER, 'datapackage.json'));
});

describe('datapackage.json', () => {
  it('validates against the Data Package profile', () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.profile.name).toBe('data-package');
    expect(pkg.resources.length).toBe(descriptor.resources.length);
  });

  it('describes every download of the data page, relative to itself, and the page links to it', () => {
    const html = readFileSync('dist/du-lieu/index.html', 'utf8');
    const base = new URL(root).pathname;
    const downloads = [...html.matchAll(/href="([^"]+\.(?:csv|json|topojson|xlsx))"/g)]
      .map(([, href]) => href ?? '')
      .filter((href) => href.startsWith(`${base}du-lieu/`));
    expect(downloads).toContain(`${base}du-lieu/datapackage.json`);
    const descriptorUrl = new URL('du-lieu/datapackage.json', root);
    const described = descriptor.resources.map((r) => new URL(r.path, descriptorUrl).href).sort();
    const offered = downloads
      .filter((href) => !href.endsWith('/datapackage.json'))
      .map((href) => new URL(href, root).href)
      .sort();
    expect(described).toEqual(offered);
    for (const r of descriptor.resources) {
      expect(r.path, r.name).not.toMatch(/^(\/|https?:)/u);
      expect(existsSync(fileOf(r)), r.path).toBe(true);
    }
  });

  it('reads every CSV against its Table Schema, header included', async () => {
    // The months' workbook (for people, in Excel) is tabular to the library too; the CSVs are the data.
    const tabular = pkg.resources.filter((r) => r.tabular && r.descriptor['format'] === 'csv');
    expect(tabular.map((r) => r.name).sort()).toEqual(
      descriptor.resources
        .filter((r) => r.format === 'csv')
        .map((r) => r.name)
        .sort(),
    );
    for (const resource of tabular) {
      const text = readFileSync(fileOf(descriptor.resources.find((r) => r.name === resource.name)!), 'utf8');
      // As published: no byte-order mark for the library to read into the first header.
      expect(text.startsWith('month,'), resource.name).toBe(true);
      const rows = await resource.read({ keyed: true });
      expect(rows.length, resource.name).toBe(text.trimEnd().split('\n').length - 1);
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
      const topology = JSON.parse(readFileSync(fileOf(r), 'utf8')) as { type: string; metadata?: unknown };
      expect(topology.type).toBe('Topology');
      expect(topology.metadata).toEqual({ title: r.title, sources: r.sources, licenses: r.licenses });
    }
  });
});
