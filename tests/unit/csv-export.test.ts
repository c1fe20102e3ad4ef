import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { monthCsv } from '../../src/lib/render/csv-export';
import type { MonthView } from '../../src/lib/model/map-view';

/** A month view of one commune named `name` (only the fields monthCsv reads). */
const viewOf = (name: string): MonthView =>
  ({
    month: { month: '2025-03', vintage: '2025-01', asOf: '2025-04-05', source: 'VNNIC', illustrative: false },
    rows: [
      {
        unit: { code: '30742', name, districtCode: '899' },
        district: { name: 'Rạch Giá' },
        count: 12,
        target: 300,
        share: 0.04,
        band: 'low',
      },
    ],
  }) as unknown as MonthView;

describe('CSV injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+84 123', `'+84 123`],
    ['-5', `'-5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Xã Hòn Tre', 'Xã Hòn Tre'],
    ['VNNIC – i-Speed', 'VNNIC – i-Speed'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    const [, row] = parse(monthCsv(viewOf(input)), { bom: true });
    expect(row?.[3]).toBe(expected);
  });

  it('neutralises names and source in the open-data CSV, and leaves numbers alone', () => {
    // Only the fields monthCsv reads.
    const view = {
      month: { month: '2025-03', vintage: '2025-01', asOf: '2025-04-05', source: '@evil source', illustrative: false },
      rows: [
        {
          unit: { code: '30742', name: '=1+1', districtCode: '899' },
          district: { name: '-Rạch Giá' },
          count: 12,
          target: 300,
          share: 0.04,
          band: 'low',
        },
      ],
    } as unknown as MonthView;
    const line = monthCsv(view).split('\n')[1];
    expect(line).toBe(`2025-03,2025-01,30742,'=1+1,899,'-Rạch Giá,12,300,0.040,low,2025-04-05,'@evil source,no,,`);
  });
});
