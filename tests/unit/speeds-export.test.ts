/**
 * Speeds in the open data: a month's CSV gets a column per speed measure the month has (none for a
 * month without speeds), the data package declares those columns with their type and unit, and a
 * unit's speeds are listed only for the months that have them. Drawn from the e2e fixture
 * (tests/fixtures/site: speeds in 2025-08 only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { SPEED_UNITS } from '../fixtures/site/make-site-fixture';
import { loadSiteData, loadVintageSources } from '../../src/lib/data/load';
import type { Month } from '../../src/lib/data/schema/campaign';
import { monthView } from '../../src/lib/model/map-view';
import { speedMeasuresOf, unitSpeedSeries } from '../../src/lib/model/speeds';
import { CSV_HEADER, csvHeader, monthCsv } from '../../src/lib/render/csv-export';
import { CSV_SCHEMA, buildDataPackage, csvSchema, resourceIn, resourceName } from '../../src/lib/render/datapackage';

const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'speeds-export-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const monthOf = (key: string): Month => campaign.months.find((m) => m.month === key)!;
const withSpeeds = monthOf(SPEED_UNITS.month);
const without = monthOf('2025-07');
const rowsOf = (month: Month): string[][] => {
  const rows: unknown = parse(monthCsv(monthView(area, campaign, (m) => vintages.get(m.vintage)!, month)), {
    bom: true,
  });
  return rows as string[][];
};

describe('the month CSV', () => {
  it('adds download_mbps, upload_mbps and latency_ms after the other columns for a month with speeds', () => {
    const [header, ...rows] = rowsOf(withSpeeds);
    expect(header).toEqual([...CSV_HEADER, 'download_mbps', 'upload_mbps', 'latency_ms']);
    const byCode = new Map(rows.map((r) => [r[2], r.slice(CSV_HEADER.length)]));
    expect(byCode.get('31012')).toEqual(['45.3', '12.5', '38']);
    // A measure the unit lacks, and a unit without speeds, are empty cells: no figure, never 0.
    expect(byCode.get('30742')).toEqual(['', '', '41']);
    expect(rows.filter((r) => r.slice(CSV_HEADER.length).some((c) => c !== ''))).toHaveLength(2);
  });

  it('keeps its usual columns for a month without speeds', () => {
    expect(rowsOf(without)[0]).toEqual([...CSV_HEADER]);
    expect(csvHeader(without)).toEqual([...CSV_HEADER]);
  });

  it('adds only the measures the month has', () => {
    const latencyOnly: Month = { ...withSpeeds, speeds: { mobile: { '31012': { latencyMs: 40 } } } };
    expect(speedMeasuresOf(latencyOnly)).toEqual(['latencyMs']);
    expect(csvHeader(latencyOnly)).toEqual([...CSV_HEADER, 'latency_ms']);
  });
});

describe('the data package', () => {
  const pkg = buildDataPackage({
    area,
    campaign,
    vintages,
    sources: (v) => loadVintageSources(v, dir),
    boundaries: [],
    absolute: (path) => `https://ispeed.example.test${path}`,
  });

  it('declares the speed columns of a month with speeds, as numbers with their unit', () => {
    const schema = resourceIn(pkg, resourceName.monthCsv(withSpeeds.month)).schema!;
    expect(schema.fields.map((f) => f.name)).toEqual(csvHeader(withSpeeds));
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    for (const [name, unit] of [
      ['download_mbps', 'Mbps'],
      ['upload_mbps', 'Mbps'],
      ['latency_ms', 'ms'],
    ] as const) {
      expect(field(name)).toMatchObject({ type: 'number', constraints: { minimum: 0 } });
      expect(field(name).title).toContain(`(${unit})`);
      expect(field(name).description).toContain(`đơn vị: ${unit}`);
    }
    expect(schema.missingValues).toEqual(['']);
  });

  it('gives a month without speeds the usual schema', () => {
    expect(resourceIn(pkg, resourceName.monthCsv(without.month)).schema).toBe(CSV_SCHEMA);
    expect(csvSchema(without)).toBe(CSV_SCHEMA);
  });
});

describe('a unit’s speeds', () => {
  it('lists the months that have them, with month and source, and nothing for other units', () => {
    expect(unitSpeedSeries(campaign, '2025-07', '31012')).toEqual([
      {
        month: '2025-08',
        asOf: withSpeeds.asOf,
        source: withSpeeds.source,
        illustrative: false,
        speeds: { downloadMbps: 45.3, uploadMbps: 12.5, latencyMs: 38 },
      },
    ]);
    expect(unitSpeedSeries(campaign, '2025-07', '31105')).toEqual([]);
    // Codes are only meaningful with their vintage: 31012 of 2025-01 is another place.
    expect(unitSpeedSeries(campaign, '2025-01', '31012')).toEqual([]);
  });
});
