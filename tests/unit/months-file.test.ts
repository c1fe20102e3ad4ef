import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { buildMonthsFile } from '../../src/lib/model/months-file';
import { loadSiteData } from '../../src/lib/data/load';
import { monthView } from '../../src/lib/model/map-view';
import type { Month } from '../../src/lib/data/schema/campaign';
import { BAND_LETTER } from '../../src/lib/model/bands';

// The committed fixture (tests/fixtures/site), never the shipped months of data/campaign.json.
const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'months-file-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { area, campaign, vintages } = loadSiteData(dir);
const vintageOf = (m: Pick<Month, 'vintage'>) => vintages.get(m.vintage)!;

describe('buildMonthsFile', () => {
  it('carries every month of a vintage: counts and bands per unit, as the month views say', () => {
    const months = campaign.months.filter((m) => m.vintage === '2025-07');
    expect(months.length).toBeGreaterThan(1);
    const views = months.map((m) => monthView(area, campaign, vintageOf, m));
    const file = buildMonthsFile('2025-07', views);
    expect(file.months.map((m) => m.month)).toEqual(months.map((m) => m.month));
    for (const [i, view] of views.entries()) {
      const entry = file.months[i]!;
      for (const row of view.rows) {
        const k = file.codes.indexOf(row.unit.code);
        expect(entry.counts[k]).toBe(row.count ?? null);
        expect(entry.bands[k]).toBe(BAND_LETTER[row.band]);
        expect(file.targets[k]).toBe(row.target);
      }
      expect(entry.summary.met).toBe(view.summary.met);
    }
    expect(JSON.stringify(file)).not.toContain('"name"');
  });
});
