import type { Metric } from '../model.ts';
import { CAUSAL_VERDICTS, MIN_PAIRS, testCauses, VERDICT_WORDS, type CausalPair, type CausalTest, type CausalVerdict, type WeekChange } from '../scoring/causal.ts';
import { formatScore } from '../scoring/explain.ts';
import { msg, type Msg } from '../text.ts';
import { edgeMarker } from '../diagram/graph.ts';
import { unitOf } from './dashboard.ts';
import { formatWritten } from '../units.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { explainView, type ExplainView } from './score-view.ts';

/** How each verdict is shown: a symbol (on the map's edges, never colour alone), a word and what it means. */
export const VERDICT_LABELS: Record<CausalVerdict, { symbol: string; word: Msg; meaning: Msg }> = {
  supported: { symbol: '✓', word: VERDICT_WORDS.supported, meaning: msg('驱动指标变化时，结果指标多数随之按预期变化。', 'When the driver moved, the outcome mostly followed as stated.') },
  contradicted: { symbol: '✗', word: VERDICT_WORDS.contradicted, meaning: msg('驱动指标变化了，结果指标多数没有按预期跟上。', 'The driver moved and the outcome mostly did not follow.') },
  mixed: { symbol: '≈', word: VERDICT_WORDS.mixed, meaning: msg('跟上与没跟上的周数差不多，看不出方向。', 'About as many weeks followed as did not: no direction shows.') },
  insufficient: { symbol: '?', word: VERDICT_WORDS.insufficient, meaning: msg(`两个指标同时有变化的周少于 ${MIN_PAIRS} 对，还不能下结论。`, `Fewer than ${MIN_PAIRS} weeks in which both moved: too early to say.`) },
};

/** One week's change of one metric as pages print it: 12% → 13% (+1%). */
export interface ChangeView {
  week: string;
  text: string;
  better: boolean;
  /** The check-ins the two values came from. */
  dates: string;
}

/** A pair the statistic used. */
export interface CausalPointView {
  driver: ChangeView;
  outcome: ChangeView;
  agrees: boolean;
  sample: boolean;
}

export interface CausalEdgeView {
  /** ①, as on the map. */
  marker: string;
  from: NodeLink;
  to: NodeLink;
  why?: string;
  direction: 'same' | 'opposite';
  /** 同向（变好带来变好）/ 反向. */
  directionText: Msg;
  lag: number;
  /** 不滞后（同一周比较）/ 滞后 4 周. */
  lagText: Msg;
  verdict: CausalVerdict;
  symbol: string;
  verdictText: Msg;
  /** 7/9 周相符 = 0.78, or 只有 2 对（至少需要 6 对）. */
  statistic: Msg;
  sample: boolean;
  points: CausalPointView[];
  explain: ExplainView;
}

export interface CausalEvidenceView {
  period: string;
  edges: CausalEdgeView[];
  /** How many edges have each verdict, in CAUSAL_VERDICTS order. */
  counts: { verdict: CausalVerdict; symbol: string; word: Msg; count: number }[];
  /** The legend: every verdict's symbol, word and meaning. */
  legend: { verdict: CausalVerdict; symbol: string; word: Msg; meaning: Msg }[];
  sample: boolean;
}

/** Each BSC's tests, computed once per Lookup (a build) and period, whichever page asks first. */
const TESTS = new WeakMap<Lookup, Map<string, CausalTest[]>>();

export function causalTests(look: Lookup, period: string): CausalTest[] {
  let byPeriod = TESTS.get(look);
  if (!byPeriod) TESTS.set(look, (byPeriod = new Map()));
  let tests = byPeriod.get(period);
  if (!tests) {
    const bsc = look.bsc(period);
    const p = look.periods.get(period);
    tests = bsc && p ? testCauses(bsc, p, look.org.asOf) : [];
    byPeriod.set(period, tests);
  }
  return tests;
}

/** Every cause of the period's BSC with its verdict, for the review page and the map; undefined without a BSC. */
export function causalEvidence(look: Lookup, period: string): CausalEvidenceView | undefined {
  const bsc = look.bsc(period);
  if (!bsc) return undefined;
  const edges = causalTests(look, period).map((t) => edgeView(look, period, t));
  return {
    period,
    edges,
    counts: CAUSAL_VERDICTS.map((v) => ({ verdict: v, symbol: VERDICT_LABELS[v].symbol, word: VERDICT_LABELS[v].word, count: edges.filter((e) => e.verdict === v).length })),
    legend: CAUSAL_VERDICTS.map((v) => ({ verdict: v, ...VERDICT_LABELS[v] })),
    sample: edges.some((e) => e.sample),
  };
}

/** The causes into and out of one metric, with their verdicts, for its page. */
export function metricCausalEdges(look: Lookup, period: string, metricId: string): { into: CausalEdgeView[]; out: CausalEdgeView[] } {
  const tests = causalTests(look, period);
  const view = (t: CausalTest) => edgeView(look, period, t);
  return { into: tests.filter((t) => t.to === metricId).map(view), out: tests.filter((t) => t.from === metricId).map(view) };
}

function edgeView(look: Lookup, period: string, t: CausalTest): CausalEdgeView {
  const bsc = look.bsc(period)!;
  const metric = (id: string) => bsc.metrics.find((m) => m.id === id)!;
  const from = metric(t.from);
  const to = metric(t.to);
  const label = VERDICT_LABELS[t.verdict];
  return {
    marker: edgeMarker(t.index + 1),
    from: nodeLink(look, from.key)!,
    to: nodeLink(look, to.key)!,
    ...(bsc.causes[t.index].why ? { why: bsc.causes[t.index].why } : {}),
    direction: t.direction,
    directionText: t.direction === 'same' ? msg('同向：变好带来变好', 'same: better drives better') : msg('反向：变好带来变差', 'opposite: better drives worse'),
    lag: t.lag,
    lagText: t.lag === 0 ? msg('不滞后（同一周比较）', 'no lag (same week)') : msg(`滞后 ${t.lag} 周`, `${t.lag}-week lag`),
    verdict: t.verdict,
    symbol: label.symbol,
    verdictText: label.word,
    statistic: statistic(t),
    sample: t.sample,
    points: t.pairs.map((p) => pointView(p, from, to)),
    explain: explainView(t.result.explain),
  };
}

function statistic(t: CausalTest): Msg {
  if (t.agreement === null) return msg(`没有两个指标同时变化的周（至少需要 ${MIN_PAIRS} 对）`, `no week in which both moved (${MIN_PAIRS} pairs needed)`);
  const share = `${t.agreeing}/${t.pairs.length}`;
  const value = formatScore(t.agreement);
  if (t.pairs.length < MIN_PAIRS) return msg(`${share} 周相符 = ${value}，只有 ${t.pairs.length} 对（至少需要 ${MIN_PAIRS} 对）`, `${t.agreeing} of ${t.pairs.length} weeks agree = ${value}, only ${t.pairs.length} pair(s) (${MIN_PAIRS} needed)`);
  return msg(`${share} 周相符 = ${value}`, `${t.agreeing} of ${t.pairs.length} weeks agree = ${value}`);
}

function changeView(c: WeekChange, metric: Metric): ChangeView {
  const unit = unitOf(metric.measure);
  // In the unit as written, never rescaled: a table of weekly steps reads in one unit (12.1 万元 → 12.15 万元, +0.05 万元).
  const show = (n: number) => (metric.measure.type === 'manual' ? formatScore(n) : formatWritten(n, unit));
  const step = `${c.change < 0 ? '−' : '+'}${show(Math.abs(c.change))}`;
  return { week: c.week, text: `${show(c.from)} → ${show(c.to)} (${step})`, better: c.better, dates: c.fromDate === c.toDate ? c.toDate : `${c.fromDate} → ${c.toDate}` };
}

function pointView(p: CausalPair, from: Metric, to: Metric): CausalPointView {
  return { driver: changeView(p.driver, from), outcome: changeView(p.outcome, to), agrees: p.agrees, sample: p.driver.sample || p.outcome.sample };
}
