import { columns } from '../diagram/escape.ts';
import { daysBetween } from '../scoring/pace.ts';
import { msg, type Msg } from '../text.ts';
import { formatQuantity, formatWritten } from '../units.ts';
import type { History } from './history.ts';
import { dots, el, line, r1, txt, type SvgNode } from './svg.ts';

/**
 * The history chart, drawn at build time: values as a line with point marks, the pace line (dashed) from
 * the baseline at the period start to the target at due, the target (a labelled level line), and 信心指数
 * as ticks in a labelled lane under the axis. Sample points are squares, and the chart says 示例. Styles
 * come from classes in global.css (site colours, light and dark); one path per series keeps it small.
 */
export const CHART = { width: 360, top: 20, plotBottom: 116, axisText: 131, laneTop: 138, laneBottom: 156, right: 352 };
/** More points than this (weekly over a half year) get smaller marks, so the line and pace stay visible. */
const DENSE = 20;
const FONT_COLUMN = 7; // px per column at the chart's 11px font, generously (a % sign is wide): a CJK character is two

export interface Scale {
  x: (date: string) => number;
  y: (value: number) => number;
  left: number;
  lo: number;
  hi: number;
  first: string;
  last: string;
}

/** The label of a value on this chart: in the measure's unit, or a percentage for progress. */
export function valueLabel(h: Pick<History, 'kind' | 'unit'>, v: number): string {
  return h.kind === 'progress' ? `${Math.round(v * 100)}%` : formatQuantity(v, h.unit);
}

/** An axis tick: the number alone (the unit is written once above the axis), or 10% for a tight unit. */
export function tickLabel(h: Pick<History, 'kind' | 'unit'>, v: number): string {
  if (h.kind === 'progress') return valueLabel(h, v);
  return h.unit === '%' || h.unit === '‰' ? formatWritten(v, h.unit) : formatWritten(v);
}

/** Round ticks covering lo..hi: steps of 1, 2, 2.5 or 5 × 10ⁿ, about four of them. */
export function niceTicks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < hi) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

export function scaleOf(h: History): { scale: Scale; ticks: number[] } {
  const values = [...h.points.map((p) => p.value), ...h.pace.map((p) => p.value), ...(h.target !== undefined ? [h.target] : []), ...(h.baseline !== undefined ? [h.baseline] : [])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (h.kind === 'progress') { lo = Math.min(0, lo); hi = Math.max(1, hi); }
  if (lo === hi) { const d = Math.abs(lo) * 0.1 || 1; lo -= d; hi += d; }
  const ticks = niceTicks(lo, hi);
  [lo, hi] = [ticks[0], ticks[ticks.length - 1]];
  const left = 8 + Math.max(...ticks.map((t) => columns(tickLabel(h, t)) * FONT_COLUMN));
  const dates = h.points.map((p) => p.date);
  const first = [h.start, ...dates].sort()[0];
  const last = [h.due, ...dates].sort().at(-1)!;
  const span = Math.max(1, daysBetween(first, last));
  const { top, plotBottom, right } = CHART;
  return {
    ticks,
    scale: {
      left, lo, hi, first, last,
      x: (d) => left + ((right - left) * daysBetween(first, d)) / span,
      y: (v) => plotBottom - ((plotBottom - top) * (v - lo)) / (hi - lo),
    },
  };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month starts from `first` to `last`, at most about six of them. */
export function monthTicks(first: string, last: string): { date: string; label: Msg }[] {
  const months: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  if (first.slice(8) !== '01') m += 1;
  for (;;) {
    if (m > 12) { y += 1; m = 1; }
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > last) break;
    months.push(d);
    m += 1;
  }
  if (months.length === 0) return [first, last].map((d) => ({ date: d, label: msg(d.slice(5), d.slice(5)) }));
  const every = Math.ceil(months.length / 6);
  return months.filter((_, i) => i % every === 0).map((d) => {
    const month = Number(d.slice(5, 7));
    return { date: d, label: msg(`${month}月`, MONTHS_EN[month - 1]) };
  });
}

/** The chart of a history with at least one point; `name` is what it is the history of. */
export function historyChart(h: History, name: string): SvgNode {
  const { scale, ticks } = scaleOf(h);
  const { x, y, left } = scale;
  const { right, plotBottom, axisText, laneTop, laneBottom, width } = CHART;
  const withConfidence = h.points.filter((p) => p.confidence !== undefined);
  const height = withConfidence.length > 0 ? laneBottom + 4 : axisText + 6;
  const xy = (date: string, v: number): [number, number] => [x(date), y(v)];
  const children: SvgNode[] = [
    txt('title', {}, msg(`${name.replace(/[。.；;，,：:]+$/u, '')}：进展走势`, `${name}: progress over time`)),
    txt('desc', {}, describeHistory(h)),
    el('path', { class: 'h-grid', d: ticks.map((t) => `M${r1(left)} ${r1(y(t))}H${right}`).join('') }),
    ...ticks.map((t) => txt('text', { class: 'h-ax', x: r1(left - 4), y: r1(y(t) + 4), 'text-anchor': 'end' }, tickLabel(h, t))),
    ...(h.kind === 'value' && h.unit && h.unit !== '%' && h.unit !== '‰' ? [txt('text', { class: 'h-ax', x: 2, y: 11 }, h.unit)] : []),
    ...monthTicks(scale.first, scale.last).map((t) => txt('text', { class: 'h-ax', x: r1(x(t.date)), y: axisText, 'text-anchor': 'middle' }, t.label)),
  ];
  if (h.target !== undefined) {
    const ty = y(h.target);
    const label = valueLabel(h, h.target);
    children.push(
      el('path', { class: 'h-target', d: `M${r1(left)} ${r1(ty)}H${right}` }),
      txt('text', { class: 'h-label', x: right, y: r1(ty < 28 ? ty + 12 : ty - 4), 'text-anchor': 'end' }, msg(`目标 ${label}`, `target ${label}`)),
    );
  }
  if (h.pace.length > 1) {
    const d = h.stepped
      ? h.pace.map((p, i) => (i ? `H${r1(x(p.date))}V${r1(y(p.value))}` : `M${r1(x(p.date))} ${r1(y(p.value))}`)).join('')
      : line(h.pace.map((p) => xy(p.date, p.value)));
    children.push(el('path', { class: 'h-pace', d }));
  }
  if (h.points.length > 1) children.push(el('path', { class: 'h-line', d: line(h.points.map((p) => xy(p.date, p.value))) }));
  const real = h.points.filter((p) => !p.sample);
  const sample = h.points.filter((p) => p.sample);
  if (real.length > 0) children.push(el('path', { class: 'h-dot', d: dots(real.map((p) => xy(p.date, p.value))) }));
  if (sample.length > 0) {
    children.push(
      el('path', { class: 'h-dot h-sample', d: dots(sample.map((p) => xy(p.date, p.value))) }),
      txt('text', { class: 'h-label h-sample-label', x: right, y: 11, 'text-anchor': 'end' }, real.length > 0 ? msg('▪ 示例', '▪ sample') : msg('示例数据', 'sample data')),
    );
  }
  if (withConfidence.length > 0) {
    const lane = laneBottom - laneTop - 2;
    children.push(el('g', { class: 'h-conf' }, [
      txt('title', {}, msg('信心指数（刻度越高越有信心，0–100%）', 'confidence (taller is more confident, 0–100%)')),
      txt('text', { class: 'h-ax', x: r1(left - 4), y: laneBottom, 'text-anchor': 'end' }, msg('信心', 'conf.')),
      el('path', { d: confidenceTicks(withConfidence.map((p) => [x(p.date), r1(2 + lane * p.confidence!)])) }),
    ]));
  }
  return el('svg', { class: h.points.length > DENSE ? 'history-chart h-dense' : 'history-chart', viewBox: `0 0 ${width} ${height}`, role: 'img' }, children);
}

/** Upward ticks from the lane's bottom, `[x, height]` each: `M x bottom v-h`, then relative `m dx h v-h`. */
function confidenceTicks(ticks: [number, number][]): string {
  let out = '';
  let prev: [number, number] | undefined;
  for (const [px, h] of ticks) {
    const x = r1(px);
    out += prev ? `m${r1(x - prev[0])} ${prev[1]}v-${h}` : `M${x} ${CHART.laneBottom}v-${h}`;
    prev = [x, h];
  }
  return out;
}

/** The chart in words: its text alternative (with the table under it). */
export function describeHistory(h: History): Msg {
  const n = h.points.length;
  const last = h.points[n - 1];
  const v = (x: number) => valueLabel(h, x);
  const zh = [`${h.start} 至 ${h.due}，截至 ${h.asOf} 共 ${n} 条记录`];
  const en = [`${h.start} to ${h.due}: ${n} record(s) up to ${h.asOf}`];
  if (last) {
    zh.push(`最新 ${last.date}：${v(last.value)}${last.sample ? '（示例）' : ''}`);
    en.push(`latest ${last.date}: ${v(last.value)}${last.sample ? ' (sample)' : ''}`);
  }
  if (h.target !== undefined) { zh.push(`目标 ${v(h.target)}`); en.push(`target ${v(h.target)}`); }
  if (h.expected !== undefined) {
    const e = v(h.kind === 'progress' ? h.expected : Math.abs(h.expected) >= 100 ? Math.round(h.expected) : Math.round(h.expected * 10) / 10);
    zh.push(`按进度此时应为 ${e}`); en.push(`on pace it would be ${e} now`);
  }
  const conf = h.points.filter((p) => p.confidence !== undefined);
  if (conf.length > 0) {
    const pc = (c: number) => `${Math.round(c * 100)}%`;
    zh.push(`信心指数 ${conf.length > 1 ? `从 ${pc(conf[0].confidence!)} 到 ` : ''}${pc(conf[conf.length - 1].confidence!)}`);
    en.push(`confidence ${conf.length > 1 ? `from ${pc(conf[0].confidence!)} to ` : ''}${pc(conf[conf.length - 1].confidence!)}`);
  }
  return msg(`${zh.join('；')}。`, `${en.join('; ')}.`);
}
