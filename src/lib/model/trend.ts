/**
 * Geometry of the small month-by-month bar chart (server-rendered SVG): one bar per month, a line
 * at the target. Missing months get no bar (and are said to have no data), never a zero bar.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

/** Font size of the month labels and the target figure, in viewBox units (600 wide). */
export const TREND_LABEL_SIZE = 18;
/** Width a short label like "T10/26" takes at that size, with a gap: ~0.6 em per character. */
const LABEL_ROOM = TREND_LABEL_SIZE * 0.6 * 6 + 8;

/** "2025-07" → "T7/25": short enough to sit under a bar on a phone. */
export function shortMonthLabel(key: string): string {
  const [y, m] = key.split('-');
  return `T${Number(m)}/${(y ?? '').slice(2)}`;
}

export interface TrendBar {
  month: string;
  /** Short label, e.g. "T7/25". */
  label: string;
  /** Whether the label is drawn: every k-th month, so that labels never overlap (the last always). */
  showLabel: boolean;
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
  /** y of the month labels' baseline. */
  labelY: number;
  labelSize: number;
}

/** Lays out bars for `points` in a `width`×`height` box with room for labels below. */
export function trendChart(
  points: readonly { month: string; count: number | undefined }[],
  target: number,
  width = 600,
  height = 220,
): TrendChart {
  const bottom = height - TREND_LABEL_SIZE - 14;
  const max = Math.max(target * 1.2, ...points.map((p) => p.count ?? 0));
  const x = scaleBand<string>()
    .domain(points.map((p) => p.month))
    .range([40, width - 30])
    .padding(0.2);
  const y = scaleLinear().domain([0, max]).range([bottom, 8]);
  // Label every k-th month, counted back from the latest, so the newest month is always named.
  const every = Math.max(1, Math.ceil(LABEL_ROOM / x.step()));
  const last = points.length - 1;
  return {
    width,
    height,
    max,
    targetY: y(target),
    labelY: height - 8,
    labelSize: TREND_LABEL_SIZE,
    bars: points.map((p, i) => ({
      month: p.month,
      label: shortMonthLabel(p.month),
      showLabel: (last - i) % every === 0,
      count: p.count,
      x: x(p.month) ?? 0,
      width: x.bandwidth(),
      y: p.count === undefined ? bottom : y(p.count),
      height: p.count === undefined ? 0 : bottom - y(p.count),
    })),
  };
}
