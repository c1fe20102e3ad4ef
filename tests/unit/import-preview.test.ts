/** The staff page's preview of an imported month (src/lib/model/import-preview.ts). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteData } from '../../src/lib/data/load';
import { assembleSiteData } from '../e2e/site-data';
import { importPreview } from '../../src/lib/model/import-preview';

describe('importPreview', () => {
  const data = loadSiteData(assembleSiteData(mkdtempSync(join(tmpdir(), 'import-preview-'))));
  const month = data.campaign.months.at(-1);

  it('gives the headline figures, the units below target by gap and the map', () => {
    if (!month) throw new Error('the site fixture has no month');
    const found = importPreview(data, data.campaign, month.month);
    const p = found?.preview;
    expect(found?.view.month.month).toBe(month.month);
    expect(p?.samples).toBe(Object.values(month.counts.mobile).reduce((a, b) => a + b, 0));
    const gaps = p?.below.map((r) => r.gap ?? -1) ?? [];
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(p?.below.every((r) => r.gap === undefined || r.gap > 0)).toBe(true);
  });

  it('is undefined for a month the campaign does not hold', () => {
    expect(importPreview(data, data.campaign, '1999-01')).toBeUndefined();
  });
});
