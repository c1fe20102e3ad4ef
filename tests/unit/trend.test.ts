import { describe, expect, it } from 'vitest';
import { monthRange } from '../../src/lib/data/months';
import { TREND_LABEL_SIZE, shortMonthLabel, trendChart } from '../../src/lib/model/trend';

describe('trendChart month labels', () => {
  it('are short: "T7/25"', () => {
    expect(shortMonthLabel('2025-07')).toBe('T7/25');
    expect(shortMonthLabel('2026-10')).toBe('T10/26');
  });

  it.each([1, 4, 6, 12, 16, 24, 36])('never overlap and stay inside the chart with %i months', (n) => {
    const months = monthRange('2024-01', '2030-12').slice(0, n);
    const chart = trendChart(
      months.map((month, i) => ({ month, count: i * 40 })),
      300,
    );
    const labelled = chart.bars.filter((b) => b.showLabel);
    expect(labelled.at(-1)?.month).toBe(months.at(-1));
    const halfWidth = (TREND_LABEL_SIZE * 0.6 * 6) / 2;
    const centres = labelled.map((b) => b.x + b.width / 2);
    centres.forEach((c, i) => {
      expect(c - halfWidth).toBeGreaterThanOrEqual(0);
      expect(c + halfWidth).toBeLessThanOrEqual(chart.width);
      if (i > 0) expect(c - centres[i - 1]!).toBeGreaterThanOrEqual(2 * halfWidth);
    });
  });

  it('draws no bar for a month without data', () => {
    const chart = trendChart([{ month: '2025-07', count: undefined }], 300);
    expect(chart.bars[0]?.height).toBe(0);
  });
});
