// The history of a KR or metric: its check-ins up to asOf, the pace the score expects, the target, and
// the chart and sparkline drawn from them, read back from the SVG text as a browser would parse it.
import { describe, expect, it } from 'vitest';
import { history } from '../../src/core/chart/history.ts';
import { CHART, historyChart, scaleOf } from '../../src/core/chart/history-chart.ts';
import { sparkline } from '../../src/core/chart/sparkline.ts';
import { svgText } from '../../src/core/chart/svg.ts';
import { checkinViews } from '../../src/core/views/okr-set-view.ts';
import { historyView, reportHref } from '../../src/core/views/history-view.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { metricView } from '../../src/core/views/metric-view.ts';
import { metricRows } from '../../src/core/views/dashboard.ts';
import { guardView } from '../../src/core/views/guard-view.ts';
import { keyResult } from './build.ts';
import { demoFiles, demoLookup } from './demo.ts';
import { attr, byClass, byTag, parseSvg, pathPoints, subpathStarts, textOf } from './svg-read.ts';

const START = '2026-01-01';
const AS_OF = '2026-06-30';
const decrease = keyResult({
  measure: { type: 'decrease', unit: '元/百万元', baseline: 1300, target: '-10%' },
  checkins: [
    { date: '2026-05-31', value: 1240, confidence: 0.6, note: '五月', sample: true },
    { date: '2026-02-28', value: 1290, confidence: 0.8, note: '二月' },
    { date: '2026-03-31', value: 1270, note: '<script>alert(1)</script> & 三月' },
    { date: '2026-07-31', value: 1100, confidence: 0.9, note: '未来' },
  ],
});

describe('the history of a measured KR', () => {
  const h = history(decrease, START, AS_OF);

  it('lists the check-ins up to asOf, oldest first, leaving the future out', () => {
    expect(h.points.map((p) => p.date)).toEqual(['2026-02-28', '2026-03-31', '2026-05-31']);
    expect(h.points.map((p) => p.value)).toEqual([1290, 1270, 1240]);
    expect(h.points.some((p) => p.note === '未来')).toBe(false);
  });

  it('keeps each point’s confidence, note and sample flag, and its progress as the score computes it', () => {
    expect(h.points.map((p) => p.confidence)).toEqual([0.8, undefined, 0.6]);
    expect(h.points.map((p) => p.sample)).toEqual([false, false, true]);
    expect(h.points[1].note).toBe('<script>alert(1)</script> & 三月');
    // (1300 − 1240) ÷ (1300 − 1170)
    expect(h.points[2].progress).toBeCloseTo(60 / 130, 6);
  });

  it('has the pace line from the baseline at the period start to the target at due, and the target', () => {
    expect(h.pace).toEqual([{ date: START, value: 1300 }, { date: '2026-12-31', value: 1170 }]);
    expect(h.target).toBe(1170);
    expect(h.baseline).toBe(1300);
    // 180 of 364 days gone: 1300 − 130 × 180/364
    expect(h.expected).toBeCloseTo(1300 - (130 * 180) / 364, 6);
  });

  it('has no pace line for a guardrail, only its target', () => {
    const g = history(keyResult({ measure: { type: 'at-least', unit: '%', target: 10 }, checkins: [{ date: '2026-03-01', value: 8 }] }), START, AS_OF);
    expect(g.pace).toEqual([]);
    expect(g.target).toBe(10);
  });

  it('plots progress 0–1 for a manual measure, pace from 0 at the start to 1 at due', () => {
    const m = history(keyResult({ measure: { type: 'manual' }, checkins: [{ date: '2026-03-01', progress: 0.3 }, { date: '2026-09-01', progress: 0.9 }] }), START, AS_OF);
    expect(m.kind).toBe('progress');
    expect(m.points.map((p) => [p.date, p.value])).toEqual([['2026-03-01', 0.3]]);
    expect(m.pace).toEqual([{ date: START, value: 0 }, { date: '2026-12-31', value: 1 }]);
  });

  it('plots a milestone KR’s progress from its steps’ done dates, with the pace as a staircase of due dates', () => {
    const m = history(keyResult({
      measure: { type: 'milestone', steps: [
        { title: 'A', due: '2026-03-31', done: '2026-03-20' },
        { title: 'B', due: '2026-06-30', done: '2026-05-10' },
        { title: 'C', due: '2026-09-30', done: '2026-08-01' },
        { title: 'D', due: '2026-12-31' },
      ] },
    }), START, AS_OF);
    expect(m.points.map((p) => [p.date, p.value])).toEqual([['2026-03-20', 0.25], ['2026-05-10', 0.5]]);
    expect(m.stepped).toBe(true);
    expect(m.pace).toEqual([
      { date: START, value: 0 }, { date: '2026-03-31', value: 0.25 }, { date: '2026-06-30', value: 0.5 },
      { date: '2026-09-30', value: 0.75 }, { date: '2026-12-31', value: 1 },
    ]);
  });
});

describe('the history chart', () => {
  const h = history(decrease, START, AS_OF);
  const tree = historyChart(h, 'KR <b>投诉率</b>');
  const svg = parseSvg(svgText(tree));
  const { scale } = scaleOf(h);
  const near = (a: [number, number], b: [number, number]) => {
    expect(a[0]).toBeCloseTo(b[0], 0);
    expect(a[1]).toBeCloseTo(b[1], 0);
  };

  it('draws the pace line (dashed class) from the baseline at the period start to the target at due', () => {
    const [pace] = byClass(svg, 'h-pace');
    const pts = pathPoints(attr(pace, 'd')!);
    expect(pts).toHaveLength(2);
    near(pts[0], [scale.x(START), scale.y(1300)]);
    near(pts[1], [scale.x('2026-12-31'), scale.y(1170)]);
    expect(pts[0][0]).toBeCloseTo(scale.left, 0);
    expect(pts[1][0]).toBe(CHART.right);
  });

  it('draws the values as a line through the points in date order, and marks each point', () => {
    const [valueLine] = byClass(svg, 'h-line');
    const expected = h.points.map((p) => [scale.x(p.date), scale.y(p.value)] as [number, number]);
    const pts = pathPoints(attr(valueLine, 'd')!);
    expect(pts).toHaveLength(3);
    pts.forEach((p, i) => near(p, expected[i]));
    expect(pts[0][0]).toBeLessThan(pts[1][0]);
    expect(pts[1][1]).toBeLessThan(pts[2][1]); // 1270 sits above 1240: y grows downwards
    const marks = byClass(svg, 'h-dot').flatMap((d) => subpathStarts(attr(d, 'd')!));
    expect(marks).toHaveLength(3);
  });

  it('draws the target as a level line at the target’s y, labelled with its value and unit', () => {
    const [target] = byClass(svg, 'h-target');
    const pts = pathPoints(attr(target, 'd')!);
    expect(pts[0][1]).toBeCloseTo(scale.y(1170), 0);
    expect(pts[1][1]).toBe(pts[0][1]);
    expect(byTag(svg, 'text').map(textOf)).toContain('目标 1170 元/百万元');
  });

  it('shows confidence as labelled ticks, one per check-in that gave one, taller for more confidence', () => {
    const [lane] = byClass(svg, 'h-conf');
    expect(textOf(byTag(lane, 'title')[0])).toContain('信心指数');
    expect(byTag(lane, 'text').map(textOf)).toEqual(['信心']);
    const d = attr(byTag(lane, 'path')[0], 'd')!;
    const starts = subpathStarts(d);
    expect(starts.map((s) => s[0])).toEqual([scale.x('2026-02-28'), scale.x('2026-05-31')].map((x) => Math.round(x * 10) / 10));
    const heights = [...d.matchAll(/v-(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    expect(heights[0]).toBeGreaterThan(heights[1]); // 0.8 then 0.6
  });

  it('marks sample points apart (squares) and says 示例 in the chart', () => {
    const sample = byClass(svg, 'h-sample');
    expect(subpathStarts(attr(sample[0], 'd')!)).toEqual([[Math.round(scale.x('2026-05-31') * 10) / 10, Math.round(scale.y(1240) * 10) / 10]]);
    expect(byTag(svg, 'text').map(textOf)).toContain('▪ 示例');
  });

  it('has a title and a description in words, and escapes its text', () => {
    const text = svgText(tree);
    expect(text).not.toContain('<b>');
    expect(textOf(byTag(svg, 'title')[0])).toBe('KR <b>投诉率</b>：进展走势');
    const desc = textOf(byTag(svg, 'desc')[0]);
    expect(desc).toContain('共 3 条记录');
    expect(desc).toContain('最新 2026-05-31：1240 元/百万元（示例）');
    expect(desc).toContain('目标 1170 元/百万元');
    expect(desc).toContain('信心指数 从 80% 到 60%');
    expect(svgText(tree, 'en')).toContain('progress over time');
  });

  it('keeps a note with <script> as text in the table rows (never markup)', () => {
    const look = demoLookup('2026-11-20');
    const rows = checkinViews(look, decrease.checkins, '元/百万元');
    const row = rows.find((r) => r.date === '2026-03-31')!;
    expect(row.note).toEqual([{ kind: 'text', text: '<script>alert(1)</script> & 三月' }]);
  });

  it('with one point shows the point and the pace line, no value line', () => {
    const one = history(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: [{ date: '2026-04-01', value: 50 }] }), START, AS_OF);
    const s = parseSvg(svgText(historyChart(one, 'KR')));
    expect(byClass(s, 'h-line')).toHaveLength(0);
    expect(subpathStarts(attr(byClass(s, 'h-dot')[0], 'd')!)).toHaveLength(1);
    expect(byClass(s, 'h-pace')).toHaveLength(1);
    expect(byClass(s, 'h-conf')).toHaveLength(0);
  });

  it('labels the axes with dates (month starts) and values', () => {
    const texts = byClass(svg, 'h-ax').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['1月', '1200', '1300', '元/百万元']));
    expect(attr(svg, 'viewBox')).toMatch(/^0 0 360 \d+$/);
  });
});

describe('a sparkline', () => {
  it('says the trend in words and draws the values left to right', () => {
    const s = sparkline(history(decrease, START, AS_OF))!;
    expect(s.label.zh).toBe('3 条记录，从 1290 元/百万元 降至 1240 元/百万元（示例）');
    expect(s.label.en).toBe('3 records, down from 1290 元/百万元 to 1240 元/百万元 (sample)');
    const svg = parseSvg(svgText(s.svg));
    expect(attr(svg, 'viewBox')).toBe('0 0 80 20');
    const pts = pathPoints(attr(byClass(svg, 'h-line')[0], 'd')!);
    expect(pts.map((p) => p[0])).toEqual([...pts.map((p) => p[0])].sort((a, b) => a - b));
    expect(pts[0][1]).toBeLessThan(pts[2][1]); // from high to low
  });

  it('is absent with no check-ins', () => {
    expect(sparkline(history(keyResult({ measure: { type: 'increase', target: 10 } }), START, AS_OF))).toBeUndefined();
  });
});

describe('history in the views', () => {
  const look = demoLookup('2026-11-20');
  const set = look.sets.get('2026:market')!;
  const view = okrSetView(look, set);
  const krs = view.objectives.flatMap((o) => o.keyResults);

  it('gives each KR with check-ins a chart, and none to a KR without (the page says 暂无进展记录)', () => {
    const withCheckins = krs.find((k) => k.checkins.some((c) => c.value !== undefined))!;
    expect(withCheckins.history.chart?.tag).toBe('svg');
    const without = krs.find((k) => k.checkins.length === 0 && !k.steps?.some((s) => s.done))!;
    expect(without.history.chart).toBeUndefined();
  });

  it('gives a metric page its chart and the scorecard rows their sparklines', () => {
    const bsc = look.bsc('2026')!;
    const metric = bsc.metrics.find((m) => m.checkins.length > 1)!;
    expect(metricView(look, '2026', metric.id).history.chart?.tag).toBe('svg');
    const rows = metricRows(look, '2026', metric.perspectiveId);
    expect(rows.find((r) => r.id === metric.id)!.spark?.label.zh).toMatch(/^\d+ 条记录/);
  });

  it('shows confidence in the table, and links a check-in from a weekly report to its page', () => {
    // The demo's weekly reports: market's report of 2026-03-06 gave market/o1/kr1 a value and a confidence.
    const withReport = look;
    const kr = withReport.sets.get('2026:market')!.objectives[0].keyResults[0];
    const fromReport = kr.checkins.find((c) => c.report === 'reports/2026/market/2026-03-06.md')!;
    expect(fromReport.confidence).toBeDefined();
    const rows = checkinViews(withReport, kr.checkins, '元/百万元');
    const row = rows.find((r) => r.date === '2026-03-06')!;
    expect(row.confidence).toBe(`${Math.round(fromReport.confidence! * 100)}%`);
    expect(row.report).toBe('/2026/market/reports/#2026-03-06');
    expect(rows.filter((r) => r.report)).toHaveLength(kr.checkins.filter((c) => c.report && c.date <= '2026-11-20').length);
    expect(rows.filter((r) => !r.report).length).toBeGreaterThan(0);
    const h = historyView(withReport, kr, kr.title);
    expect(h.confidence).toBe(true);
    expect(reportHref(withReport, 'okrs/2026/market.mdx')).toBeUndefined();
  });

  it('gives a guard indicator its chart, in its own unit', () => {
    const guard = look.bsc('2026')!.guards.find((g) => g.checkins.length > 0)!;
    const chart = guardView(look, '2026', guard.id).history.chart!;
    expect(guard.unit).toBe('%');
    expect(svgText(chart)).toMatch(/>\d+(?:\.\d+)?%</); // ticks 18%, 20%…
  });

  it('draws nothing when nothing was reported by asOf', () => {
    const early = demoLookup('2026-01-02');
    const kr = early.sets.get('2026:market')!.objectives[0].keyResults[0];
    expect(historyView(early, kr, kr.title).chart).toBeUndefined();
  });
});
