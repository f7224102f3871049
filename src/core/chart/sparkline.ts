import { msg, type Msg } from '../text.ts';
import type { History } from './history.ts';
import { valueLabel } from './history-chart.ts';
import { dots, el, line, type SvgNode } from './svg.ts';

export const SPARK = { width: 80, height: 20, pad: 3 };

export interface Sparkline {
  svg: SvgNode;
  /** The trend in words, the sparkline's accessible name: 4 条记录，从 62% 升至 70%. */
  label: Msg;
}

/** A tiny line of the values over time (no axes), for table rows; undefined with no points. */
export function sparkline(h: History): Sparkline | undefined {
  const pts = h.points;
  if (pts.length === 0) return undefined;
  const { width, height, pad } = SPARK;
  const values = pts.map((p) => p.value);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const t0 = Date.parse(pts[0].date);
  const span = Date.parse(pts[pts.length - 1].date) - t0 || 1;
  const xy = pts.map((p): [number, number] => [
    pts.length === 1 ? width / 2 : pad + ((width - 2 * pad) * (Date.parse(p.date) - t0)) / span,
    hi === lo ? height / 2 : height - pad - ((height - 2 * pad) * (p.value - lo)) / (hi - lo),
  ]);
  const label = trend(h);
  const children = [el('path', { class: 'h-dot', d: dots([xy[xy.length - 1]]) })];
  if (xy.length > 1) children.unshift(el('path', { class: 'h-line', d: line(xy) }));
  return { label, svg: el('svg', { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' }, children) };
}

function trend(h: History): Msg {
  const pts = h.points;
  const n = pts.length;
  const v = (x: number) => valueLabel(h, x);
  const last = pts[n - 1];
  const sample = pts.some((p) => p.sample) ? msg('（示例）', ' (sample)') : msg('', '');
  if (n === 1) return msg(`1 条记录：${last.date} ${v(last.value)}${sample.zh}`, `1 record: ${v(last.value)} on ${last.date}${sample.en}`);
  const first = pts[0];
  const [a, b] = [v(first.value), v(last.value)];
  if (a === b) return msg(`${n} 条记录，持平于 ${b}${sample.zh}`, `${n} records, level at ${b}${sample.en}`);
  const up = last.value > first.value;
  return msg(`${n} 条记录，从 ${a} ${up ? '升至' : '降至'} ${b}${sample.zh}`, `${n} records, ${up ? 'up' : 'down'} from ${a} to ${b}${sample.en}`);
}
