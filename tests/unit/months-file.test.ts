import { describe, expect, it } from 'vitest';
import { buildMonthsFile } from '../../src/lib/model/months-file';
import { loadSiteData } from '../../src/lib/data/load';
import { monthPage } from '../../src/lib/site/routes';
import { BAND_LETTER } from '../../src/lib/render/palette';

describe('buildMonthsFile', () => {
  it('carries every month of a vintage: counts and bands per unit, as the month views say', () => {
    const months = loadSiteData().campaign.months.filter((m) => m.vintage === '2025-07');
    const views = months.map((m) => monthPage(m.month)!.view);
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
