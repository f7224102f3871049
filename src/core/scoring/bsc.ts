import type { Bsc, Guard } from '../model.ts';
import { scorecardKey } from '../refs.ts';
import type { HedgeData } from '../schemas/bsc.ts';
import { msg, type Msg } from '../text.ts';
import type { ScoreCard } from './card.ts';
import { latestReading, type Reading } from './current.ts';
import { formatScore, num, type Computed } from './explain.ts';
import { aggregateCard, finishCard, measuredProgress, type Env } from './okr.ts';
import { formatQuantity } from '../units.ts';

export interface HedgeResult {
  hedge: HedgeData;
  /** The value the rule read, if any was reported by `asOf`. */
  reading?: Reading;
  /** true / false, or null when there is no value to judge by. */
  fired: boolean | null;
  /** What it did: "财务 × 0.5" or "净营收 → 0". */
  effect: Msg;
  /** The score it changed, before and after (财务 0.62 → 0.31); absent when it did not fire or had nothing to scale. */
  applied?: { before: number | null; after: number };
}

export interface BscScore {
  period: string;
  company: ScoreCard;
  perspectives: Map<string, ScoreCard>;
  metrics: Map<string, ScoreCard>;
  guards: Map<string, Reading | undefined>;
  hedges: HedgeResult[];
}

const COMPARE: Record<HedgeData['when']['op'], (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b, '>=': (a, b) => a >= b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '=': (a, b) => a === b,
};

/**
 * Metric scores from their measures; then hedge rules on metrics; perspective scores as the weighted
 * mean of the metrics that have a score; then hedge rules on perspectives; then the company score, the
 * weighted mean of the perspectives. A metric without data is left out during the period, 0 after it.
 */
export function scoreBsc(bsc: Bsc, env: Env): BscScore {
  const { asOf } = env;
  const names = new Map([...bsc.perspectives, ...bsc.metrics, ...bsc.guards].map((x) => [x.id, msg(x.name, x.nameEn ?? x.name)]));
  const readable = new Map<string, { checkins: Guard['checkins'] }>([...bsc.metrics, ...bsc.guards].map((x) => [x.id, x]));
  const units = new Map([...bsc.metrics.map((m) => [m.id, m.measure && 'unit' in m.measure ? m.measure.unit : undefined] as const), ...bsc.guards.map((g) => [g.id, g.unit] as const)]);
  const hedges = bsc.hedges.map((hedge): HedgeResult => {
    const source = readable.get(hedge.when.ref);
    const reading = source && latestReading(source, asOf);
    const fired = reading ? COMPARE[hedge.when.op](reading.value, hedge.when.value) : null;
    const target = 'scale' in hedge.then ? hedge.then.scale : hedge.then.set;
    const name = names.get(target) ?? msg(target, target);
    const op = 'scale' in hedge.then ? ` × ${num(hedge.then.by)}` : ` → ${num(hedge.then.to)}`;
    const effect = msg(name.zh + op, name.en + op);
    return { hedge, reading, fired, effect };
  });
  const applyHedges = (id: string, computed: Computed): Computed => {
    let value = computed.value;
    const notes = [...computed.explain.notes];
    let computation = computed.explain.computation;
    for (const h of hedges) {
      const then = h.hedge.then;
      if (!h.fired || ('scale' in then ? then.scale : then.set) !== id) continue;
      // Scaling nothing is nothing: a score that is not there yet stays missing.
      if ('scale' in then && value === null) continue;
      const before = value;
      value = 'scale' in then ? value! * then.by : then.to;
      h.applied = { before, after: value };
      computation += ` → ${'scale' in then ? `${formatScore(before!)} × ${num(then.by)}` : num(then.to)} = ${formatScore(value)}`;
      const read = names.get(h.hedge.when.ref) ?? msg(h.hedge.when.ref, h.hedge.when.ref);
      const unit = units.get(h.hedge.when.ref);
      const test = `${formatQuantity(h.reading!.value, unit)} ${h.hedge.when.op} ${formatQuantity(h.hedge.when.value, unit)}`;
      notes.push(msg(`对冲规则已触发：${read.zh} ${test}，${h.effect.zh}。`, `Hedge rule fired: ${read.en} ${test}, so ${h.effect.en}.`));
    }
    return notes.length === computed.explain.notes.length ? computed : { value, explain: { ...computed.explain, computation, notes } };
  };

  const metrics = new Map<string, ScoreCard>();
  for (const m of bsc.metrics) {
    const { progress, expected, evidence } = measuredProgress(m, env);
    const measured = evidence.scorable && evidence.hasData;
    metrics.set(m.id, finishCard(m.key, progress, applyHedges(m.id, progress), expected, {
      ...evidence, selfAssessed: false, coverage: { measured: measured ? 1 : 0, total: 1, of: 'metric' },
    }, env, progress.reading, progress.target));
  }

  // Like objectives over KRs: metrics without a score are left out (named), and the divisor is the
  // weight of those that have one, which is the perspective weight once every metric has data.
  const perspectives = new Map<string, ScoreCard>();
  for (const p of bsc.perspectives) {
    const own = bsc.metrics.filter((m) => m.perspectiveId === p.id);
    perspectives.set(p.id, aggregateCard(p.key, own.map((m) => ({ label: names.get(m.id)!, weight: m.weight, card: metrics.get(m.id)!, ref: { kind: 'metric' as const, key: m.key } })), env, {
      formula: msg('Σ 指标权重 × 指标得分 ÷ Σ 有得分指标的权重（都有得分时即维度权重）', 'Σ metric weight × metric score ÷ Σ weights of the scored metrics (the perspective weight when all have a score)'),
      adjust: (c) => applyHedges(p.id, c),
    }));
  }

  const company = aggregateCard(scorecardKey(bsc.period), bsc.perspectives.map((p) => ({ label: names.get(p.id)!, weight: p.weight, card: perspectives.get(p.id)!, ref: { kind: 'perspective' as const, key: p.key } })), env, {
    formula: msg('Σ 维度权重 × 维度得分 ÷ Σ 有得分维度的权重（都有得分时为 100）', 'Σ perspective weight × perspective score ÷ Σ weights of the scored perspectives (100 when all have a score)'),
  });
  const guards = new Map(bsc.guards.map((g) => [g.id, latestReading(g, asOf)]));
  return { period: bsc.period, company, perspectives, metrics, guards, hedges };
}
