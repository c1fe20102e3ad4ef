/** The staff page's preview of an imported month (src/lib/model/import-preview.ts). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReference, loadSiteData } from '../../src/lib/data/load';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';
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

describe('importPreview against the month before and the published month (fixture data)', () => {
  const reference = loadReference('tests/fixtures/kien-giang');
  const base = CampaignSchema.parse(JSON.parse(readFileSync('tests/fixtures/import/campaign-base.json', 'utf8')));
  const [june, july] = base.months;
  if (!june || !july) throw new Error('campaign-base.json has two months');

  it('speaks of no month before the first month', () => {
    const p = importPreview(reference, { months: [july] }, '2025-07')?.preview;
    expect(p).toMatchObject({ previous: undefined, previousSamples: undefined, previousSameVintage: undefined });
  });

  it('names the month before when it is on another unit list, without comparing units', () => {
    const p = importPreview(reference, base, '2025-07')?.preview;
    expect(p).toMatchObject({ previous: '2025-06', previousSameVintage: undefined, changes: [] });
  });

  it('lists every unit a replacement changes against the published month, the largest change first', () => {
    const [a = '', b = '', c = ''] = Object.keys(july.counts.mobile);
    const kept = Object.fromEntries(Object.entries(july.counts.mobile).filter(([code]) => code !== c));
    const replaced = { ...july, counts: { mobile: { ...kept, [a]: (kept[a] ?? 0) + 5, [b]: (kept[b] ?? 0) + 500 } } };
    const next = { months: [june, replaced] };
    const p = importPreview(reference, next, '2025-07', base)?.preview;
    const name = (code: string) => reference.vintages.get('2025-07')?.units.units.find((u) => u.code === code)?.name;
    expect(p?.replacing).toEqual([
      { code: b, name: name(b), published: july.counts.mobile[b], count: (july.counts.mobile[b] ?? 0) + 500 },
      { code: c, name: name(c), published: july.counts.mobile[c], count: undefined },
      { code: a, name: name(a), published: july.counts.mobile[a], count: (july.counts.mobile[a] ?? 0) + 5 },
    ]);
    // A month added, not replaced, has nothing to compare with.
    expect(importPreview(reference, next, '2025-07', { months: [june] })?.preview.replacing).toBeUndefined();
  });
});
