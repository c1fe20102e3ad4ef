import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, sortByName } from '../../src/lib/text/format';
import { isMonthInProgress, lastDayOfMonth, monthRange, nextMonth } from '../../src/lib/data/months';
import { absoluteUrl, joinBase } from '../../src/lib/site/urls';
import { communeLabel } from '../../src/lib/text/labels';

describe('Vietnamese formatting', () => {
  it.each([
    [1234, '1.234'],
    [40675, '40.675'],
    [0, '0'],
  ])('formats %i as %s', (n, s) => expect(formatNumber(n)).toBe(s));

  it('writes dates day/month/year and months as "tháng M/YYYY"', () => {
    expect(formatDate('2025-03-10')).toBe('10/03/2025');
    expect(formatMonth('2025-03')).toBe('tháng 3/2025');
  });

  it('sorts names in Vietnamese order (Đ after D, not after Z)', () => {
    expect(sortByName(['Xã Đông Hòa', 'Xã Dương Hòa', 'Xã Bình An'], (s) => s)).toEqual([
      'Xã Bình An',
      'Xã Dương Hòa',
      'Xã Đông Hòa',
    ]);
  });

  it('describes a commune with count and share, or says it has no data', () => {
    expect(communeLabel('Xã Hòn Tre', 'Huyện Kiên Hải', 250, 300)).toBe(
      'Xã Hòn Tre (Huyện Kiên Hải): 250 mẫu đo, 83% chỉ tiêu 300',
    );
    expect(communeLabel('Xã Hòn Tre', 'Huyện Kiên Hải', null, 300)).toBe(
      'Xã Hòn Tre (Huyện Kiên Hải): chưa có số liệu',
    );
  });
});

describe('months', () => {
  it('crosses the year and lists a range inclusively', () => {
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-02', '2025-01')).toEqual([]);
  });

  it.each([
    ['2025-01', '2025-01-31'],
    ['2025-02', '2025-02-28'],
    ['2024-02', '2024-02-29'],
    ['2025-04', '2025-04-30'],
    ['2025-12', '2025-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDayOfMonth(month)).toBe(day);
  });

  it('calls a month in progress while its figures stop before its last day', () => {
    expect(isMonthInProgress({ month: '2025-04', asOf: '2025-04-15' })).toBe(true);
    expect(isMonthInProgress({ month: '2025-04', asOf: '2025-04-29' })).toBe(true);
    expect(isMonthInProgress({ month: '2025-04', asOf: '2025-04-30' })).toBe(false);
    expect(isMonthInProgress({ month: '2025-03', asOf: '2025-04-05' })).toBe(false);
  });
});

describe('base path', () => {
  it.each([
    ['/', '/ban-do/', '/ban-do/'],
    ['/ispeed/', '/ban-do/', '/ispeed/ban-do/'],
    ['/ispeed', 'du-lieu/x.csv', '/ispeed/du-lieu/x.csv'],
    ['/ispeed/', 'https://speedtest.vn/', 'https://speedtest.vn/'],
  ])('base %s + %s → %s', (base, path, expected) => expect(joinBase(base, path)).toBe(expected));

  it('makes absolute URLs for canonical links and QR codes', () => {
    expect(absoluteUrl('https://example.gov.vn', '/ispeed/', '/huong-dan/')).toBe(
      'https://example.gov.vn/ispeed/huong-dan/',
    );
  });
});
