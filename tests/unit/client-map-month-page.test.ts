/**
 * The texts a month switched in place writes outside the map (src/client/map/month-page.ts): the
 * summary figures from a months-file entry (with and without a month before) and the commune
 * table's cells with the values they sort by. Real inputs: the e2e fixture's months files.
 */
import { describe, expect, it } from 'vitest';
import { dataFromMonthsFile } from '../../src/client/map/data';
import { summaryTexts, tableRow } from '../../src/client/map/month-page';
import { fixtureSite } from './client-map-fixture';
import { formatNumber } from '../../src/lib/text/format';

const site = fixtureSite();

describe('summaryTexts', () => {
  it('gives the figures of the month and its change since the month before, as the view counts them', () => {
    const file = site.monthsFile('2025-07');
    const entry = file.months.find((m) => m.month === '2025-08')!;
    const view = site.viewOf('2025-08');
    const before = site.viewOf('2025-07').summary;
    const s = view.summary;
    const texts = summaryTexts(entry);
    expect(texts).toMatchObject({
      met: formatNumber(s.met),
      units: '48',
      samples: formatNumber(s.samples),
      below: formatNumber(s.withData - s.met),
      nodata: '0',
    });
    const signedMet = s.met - before.met;
    expect(texts['met-change']).toBe(`${signedMet > 0 ? '+' : ''}${signedMet} so với tháng 7/2025`);
    expect(texts['samples-change']).toMatch(/ so với tháng 7\/2025$/);
    expect(Object.keys(texts).sort()).toEqual(
      ['below', 'met', 'met-change', 'met-share', 'nodata', 'samples', 'samples-change', 'units'].sort(),
    );
  });

  it('compares the first month on new units with the month before on the old ones (samples only)', () => {
    const entry = site.monthsFile('2025-07').months[0]!;
    expect(entry.month).toBe('2025-07');
    // Units meeting target on two lists are not comparable; samples are, naming the old list.
    expect(summaryTexts(entry)['met-change']).toBe('');
    expect(summaryTexts(entry)['samples-change']).toMatch(/ so với tháng 6\/2025, khi còn \d+ xã cũ$/);
    expect(summaryTexts(entry).nodata).toBe('1');
  });

  it('has no change for the first month of the data', () => {
    const entry = site.monthsFile('2025-01').months[0]!;
    expect(summaryTexts(entry)).toMatchObject({ 'met-change': '', 'samples-change': '' });
  });
});

describe('tableRow', () => {
  const file = site.monthsFile('2025-07');
  const names = new Map();
  const july = dataFromMonthsFile(file, 0, names).communes;
  const august = dataFromMonthsFile(file, 1, names).communes;

  it('shows a dash for a commune without data and sorts it below every figure', () => {
    expect(tableRow(july.get('30826')!)).toEqual({
      cells: {
        count: { text: '–', sort: '-1' },
        share: { text: '–', sort: '-1' },
        gap: { text: '–', sort: '-1' },
        change: { text: '–', sort: '' },
      },
      status: { text: 'Chưa có số liệu', sort: '0' },
    });
  });

  it('gives the figures and their sort values for a commune below target, with its change', () => {
    expect(tableRow(august.get('30811')!)).toEqual({
      cells: {
        count: { text: '44', sort: '44' },
        share: { text: '14%', sort: String(44 / 300) },
        gap: { text: '256', sort: '256' },
        change: { text: '-16', sort: '-16' },
      },
      status: { text: 'Rất thấp', sort: '1' },
    });
  });

  it('shows no gap past the target, and sorts the statuses from no data to met', () => {
    const row = tableRow(august.get('31078')!);
    expect(row.cells.gap).toEqual({ text: '0', sort: '0' });
    expect(row.cells.count.text).toBe('1.148');
    expect(row.status).toEqual({ text: 'Đạt', sort: '4' });
    const order = ['none', 'low', 'mid', 'high', 'met'];
    for (const c of august.values()) expect(tableRow(c).status.sort).toBe(String(order.indexOf(c.band)));
  });
});
