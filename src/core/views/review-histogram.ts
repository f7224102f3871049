import { msg, type Msg } from '../text.ts';

/**
 * The score distribution of a period review as an inline SVG histogram, laid out here so the page only
 * draws: ten bins of 0.1 from 0 to 1.0, each bar labelled with its count, and the 0.7 sweet spot marked by
 * a line with its label. A score falls in the bin of its value as printed (two decimals, formatScore): 0.70
 * is in 0.7–0.8, and 1.00 in the last bin, 0.9–1.0, which is closed.
 */

export const BINS = 10;
export const SWEET_SPOT = 0.7;

/** A score in hundredths, rounded as `formatScore` prints it (0.695 → 70). */
export function hundredths(score: number): number {
  return Math.round(Number((score * 100).toPrecision(12)));
}

/** The bin of a score 0–1: 0 for 0.00–0.09, 7 for 0.70–0.79, 9 for 0.90–1.00. */
export function binOf(score: number): number {
  return Math.min(BINS - 1, Math.max(0, Math.floor(hundredths(score) / 10)));
}

export interface HistogramBar {
  /** The bin's range as printed: `0.7–0.8`. */
  range: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count label sits, above the bar. */
  labelX: number;
  labelY: number;
  /** The bin of the sweet spot (0.7–0.8). */
  sweet: boolean;
}

export interface HistogramTick {
  x: number;
  label: string;
}

export interface Histogram {
  width: number;
  height: number;
  /** The baseline of the bars (y of the x axis) and the plot's left and right edges. */
  axisY: number;
  left: number;
  right: number;
  bars: HistogramBar[];
  ticks: HistogramTick[];
  /** The 0.7 line: from the top of the plot to the axis. */
  sweet: { x: number; top: number; label: Msg };
  /** How many scores are drawn. */
  total: number;
  /** The text alternative: every bin's count in words. */
  description: Msg;
}

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 24;
const RIGHT = WIDTH - 16;
const TOP = 36;
const AXIS = HEIGHT - 32;
const GAP = 4;

function edge(i: number): string {
  return (i / BINS).toFixed(1);
}

/** Lay out the histogram of bin counts (`counts[i]`: scores in bin i). */
export function histogram(counts: readonly number[]): Histogram {
  const max = Math.max(1, ...counts);
  const step = (RIGHT - LEFT) / BINS;
  const plot = AXIS - TOP;
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = counts.map((count, i) => {
    const height = round((count / max) * plot);
    const x = round(LEFT + i * step + GAP / 2);
    return {
      range: `${edge(i)}–${edge(i + 1)}`, count, x, y: round(AXIS - height), width: round(step - GAP), height,
      labelX: round(LEFT + (i + 0.5) * step), labelY: round(AXIS - height - 6), sweet: i === binOf(SWEET_SPOT),
    };
  });
  const total = counts.reduce((n, c) => n + c, 0);
  const listed = bars.map((b) => `${b.range}: ${b.count}`);
  return {
    width: WIDTH, height: HEIGHT, axisY: AXIS, left: LEFT, right: RIGHT, bars,
    ticks: Array.from({ length: BINS + 1 }, (_, i) => ({ x: round(LEFT + i * step), label: edge(i) })),
    sweet: { x: round(LEFT + SWEET_SPOT * BINS * step), top: TOP - 20, label: msg('0.7 基本达成', '0.7 basically achieved') },
    total,
    description: msg(
      `得分分布，共 ${total} 个关键结果，每档 0.1：${listed.join('；')}。0.7 为基本达成的理想分数。`,
      `Score distribution of ${total} key results, in steps of 0.1: ${listed.join('; ')}. 0.7 is the sweet spot (basically achieved).`,
    ),
  };
}
