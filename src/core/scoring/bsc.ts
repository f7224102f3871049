import type { Bsc, Guard } from '../model.ts';
import { scorecardKey } from '../refs.ts';
import type { HedgeData } from '../schemas/bsc.ts';
import { msg, type Msg } from '../text.ts';
import type { ScoreCard } from './card.ts';
import { latestReading, type Reading } from './current.ts';
import { formatScore, num, type Computed } from './explain.ts';
import { expectedProgress } from './pace.ts';
import { progressOf } from './progress.ts';
import { finishCard, type Env } from './okr.ts';

export interface HedgeResult {
  hedge: HedgeData;
  /** The value the rule read, if any was reported by `asOf`. */
  reading?: Reading;
  /** true / false, or null when there is no value to judge by. */
  fired: boolean | null;
  /** What it did: "财务 × 0.5" or "净营收 → 0". */
  effect: Msg;
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
 * Metric scores from their measures; then hedge rules on metrics; perspective scores as the metric
 * weights' share of the perspective weight; then hedge rules on perspectives; then the company score.
 */
export function scoreBsc(bsc: Bsc, env: Env): BscScore {
  const { asOf } = env;
  const names = new Map([...bsc.perspectives, ...bsc.metrics].map((x) => [x.id, msg(x.name, x.nameEn ?? x.name)]));
  const readable = new Map<string, { checkins: Guard['checkins'] }>([...bsc.metrics, ...bsc.guards].map((x) => [x.id, x]));
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
    let value = computed.value ?? 0;
    const notes = [...computed.explain.notes];
    let computation = computed.explain.computation;
    for (const h of hedges) {
      const then = h.hedge.then;
      if (!h.fired || ('scale' in then ? then.scale : then.set) !== id) continue;
      const before = value;
      value = 'scale' in then ? value * then.by : then.to;
      computation += ` → ${'scale' in then ? `${formatScore(before)} × ${num(then.by)}` : num(then.to)} = ${formatScore(value)}`;
      notes.push(msg(`对冲规则 ${h.hedge.id} 已触发（${h.reading!.value} ${h.hedge.when.op} ${h.hedge.when.value}）：${h.effect.zh}。`,
        `Hedge rule ${h.hedge.id} fired (${h.reading!.value} ${h.hedge.when.op} ${h.hedge.when.value}): ${h.effect.en}.`));
    }
    return notes.length === computed.explain.notes.length ? computed : { value, explain: { ...computed.explain, computation, notes } };
  };

  const metrics = new Map<string, ScoreCard>();
  for (const m of bsc.metrics) {
    const progress = progressOf(m, asOf);
    const score = applyHedges(m.id, progress);
    const expected = expectedProgress(env.period.start, m.due, asOf, m.measure);
    const guardrail = m.measure.type === 'at-least' || m.measure.type === 'at-most';
    const sample = progress.explain.inputs.some((i) => i.sample);
    metrics.set(m.id, finishCard(m.key, progress, score, expected, { hasData: progress.reading !== undefined || m.measure.type === 'milestone', guardrail, sample, selfAssessed: false }, env, progress.reading, progress.target));
  }

  const perspectives = new Map<string, ScoreCard>();
  for (const p of bsc.perspectives) {
    const own = bsc.metrics.filter((m) => m.perspectiveId === p.id).map((m) => ({ m, card: metrics.get(m.id)! }));
    const share = (pick: (c: ScoreCard) => Computed): Computed => {
      const value = own.reduce((s, { m, card }) => s + m.weight * (pick(card).value ?? 0), 0) / p.weight;
      return {
        value,
        explain: {
          formula: msg('Σ 指标权重 × 指标得分 ÷ 维度权重', 'Σ metric weight × metric score ÷ perspective weight'),
          computation: `(${own.map(({ m, card }) => `${num(m.weight)} × ${formatScore(pick(card).value ?? 0)}`).join(' + ')}) ÷ ${num(p.weight)} = ${formatScore(value)}`,
          inputs: own.map(({ m, card }) => ({ label: msg(m.name, m.nameEn ?? m.name), value: pick(card).value === null ? '—' : formatScore(pick(card).value!), source: m.key })),
          notes: own.filter(({ card }) => pick(card).value === null).map(({ m }) => msg(`${m.name} 无法计分，按 0 计入。`, `${m.name} has no score and counts as 0.`)),
        },
      };
    };
    const progress = share((c) => c.progress);
    const score = applyHedges(p.id, share((c) => c.score));
    const expected = own.length ? own.reduce((s, { m, card }) => s + m.weight * card.expected, 0) / p.weight : 0;
    const hasData = own.some(({ card }) => card.status !== 'no-data');
    const sample = own.some(({ card }) => card.sample);
    perspectives.set(p.id, finishCard(p.key, progress, score, expected, { hasData, guardrail: false, sample, selfAssessed: false }, env));
  }

  const total = bsc.perspectives.reduce((s, p) => s + p.weight, 0);
  const companyOf = (pick: (c: ScoreCard) => Computed): Computed => {
    const value = bsc.perspectives.reduce((s, p) => s + p.weight * (pick(perspectives.get(p.id)!).value ?? 0), 0) / total;
    return {
      value,
      explain: {
        formula: msg('Σ 维度权重 × 维度得分 ÷ Σ 维度权重（= 100）', 'Σ perspective weight × perspective score ÷ Σ perspective weights (= 100)'),
        computation: `(${bsc.perspectives.map((p) => `${num(p.weight)} × ${formatScore(pick(perspectives.get(p.id)!).value ?? 0)}`).join(' + ')}) ÷ ${num(total)} = ${formatScore(value)}`,
        inputs: bsc.perspectives.map((p) => ({ label: msg(p.name, p.nameEn ?? p.name), value: formatScore(pick(perspectives.get(p.id)!).value ?? 0), source: p.key })),
        notes: [],
      },
    };
  };
  const cards = [...perspectives.values()];
  const expected = bsc.perspectives.reduce((s, p) => s + p.weight * perspectives.get(p.id)!.expected, 0) / total;
  const company = finishCard(scorecardKey(bsc.period), companyOf((c) => c.progress), companyOf((c) => c.score), expected,
    { hasData: cards.some((c) => c.status !== 'no-data'), guardrail: false, sample: cards.some((c) => c.sample), selfAssessed: false }, env);
  const guards = new Map(bsc.guards.map((g) => [g.id, latestReading(g, asOf)]));
  return { period: bsc.period, company, perspectives, metrics, guards, hedges };
}
