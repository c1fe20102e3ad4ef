/**
 * Geometry of the small month-by-month bar chart (server-rendered SVG): one bar per month, a line
 * at the target. Missing months get no bar (and are said to have no data), never a zero bar.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatMonth } from './format';

export interface TrendBar {
  month: string;
  label: string;
  count: number | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendChart {
  width: number;
  height: number;
  bars: TrendBar[];
  /** y of the target line. */
  targetY: number;
  /** Largest value on the axis. */
  max: number;
}

/** Lays out bars for `points` in a `width`×`height` box with room for labels below. */
export function trendChart(
  points: readonly { month: string; count: number | undefined }[],
  target: number,
  width = 600,
  height = 220,
): TrendChart {
  const bottom = height - 28;
  const max = Math.max(target * 1.2, ...points.map((p) => p.count ?? 0));
  const x = scaleBand<string>()
    .domain(points.map((p) => p.month))
    .range([40, width - 8])
    .padding(0.2);
  const y = scaleLinear().domain([0, max]).range([bottom, 8]);
  return {
    width,
    height,
    max,
    targetY: y(target),
    bars: points.map((p) => ({
      month: p.month,
      label: formatMonth(p.month).replace('tháng ', ''),
      count: p.count,
      x: x(p.month) ?? 0,
      width: x.bandwidth(),
      y: p.count === undefined ? bottom : y(p.count),
      height: p.count === undefined ? 0 : bottom - y(p.count),
    })),
  };
}
