import type { HedgeResult } from '../scoring/bsc.ts';
import { formatScore, num } from '../scoring/explain.ts';
import { msg, type Msg } from '../text.ts';
import { unitOf } from './dashboard.ts';
import { withUnit } from './format.ts';
import type { Lookup } from './lookup.ts';
import { readingView, type ReadingView } from './reading.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';

/** One hedge rule as a reader needs it: the rule in words, the value it read, whether it fires and why, what it does. */
export interface HedgeRuleView {
  id: string;
  /** 若退费率 > 20%，财务维度得分乘以 0.5. */
  rule: Msg;
  /** The rule as the BSC words it, when it does. */
  note?: string;
  /** What the rule reads: a guard indicator or a metric. */
  source: { kind: 'metric' | 'guard'; name: string; nameEn?: string; href: string };
  reading?: ReadingView;
  fired: boolean | null;
  /** 21.5% > 20%; "86% < 80% 不成立"; "还没有数据". */
  why: Msg;
  /** The score it scales or sets: a perspective or a metric, with its score after the rule. */
  target: { kind: 'perspective' | 'metric'; name: string; nameEn?: string; href: string; score: ScoreView };
  /** 财务 0.62 → 0.31; absent when the rule did not change the score. */
  change?: Msg;
}

/** The hedge rules of a period's BSC that `pick` keeps (those reading a guard, or acting on a perspective). */
export function hedgeRules(look: Lookup, period: string, pick: (h: HedgeResult['hedge']) => boolean = () => true): HedgeRuleView[] {
  const bsc = look.bsc(period);
  const score = look.scores.bsc.get(period);
  if (!bsc || !score) return [];
  const namesOf = (x: { name: string; nameEn?: string }) => msg(x.name, x.nameEn ?? x.name);
  return score.hedges.filter((h) => pick(h.hedge)).map((h): HedgeRuleView => {
    const { when, then } = h.hedge;
    const metric = bsc.metrics.find((m) => m.id === when.ref);
    const guard = bsc.guards.find((g) => g.id === when.ref);
    const sourceName = namesOf((metric ?? guard)!);
    const unit = metric ? unitOf(metric.measure) : guard?.unit;
    const targetId = 'scale' in then ? then.scale : then.set;
    const perspective = bsc.perspectives.find((p) => p.id === targetId);
    const targetMetric = bsc.metrics.find((m) => m.id === targetId);
    const targetName = namesOf((perspective ?? targetMetric)!);
    const targetCard = perspective ? score.perspectives.get(targetId)! : score.metrics.get(targetId)!;
    const condition = `${when.op} ${withUnit(when.value, unit)}`;
    const reading = readingView(h.reading, unit);
    return {
      id: h.hedge.id,
      rule: ruleWords(sourceName, condition, targetName, perspective !== undefined, then),
      note: h.hedge.note,
      source: { kind: metric ? 'metric' : 'guard', name: sourceName.zh, nameEn: (metric ?? guard)!.nameEn, href: metric ? urls.metric(period, metric.id) : urls.guard(period, when.ref) },
      reading,
      fired: h.fired,
      why: !reading ? msg('还没有数据，无法判断', 'no value yet, so it cannot be judged')
        : h.fired ? msg(`${reading.text} ${condition}`, `${reading.text} ${condition}`)
          : msg(`${reading.text} ${condition} 不成立`, `${reading.text} ${condition} does not hold`),
      target: { kind: perspective ? 'perspective' : 'metric', name: targetName.zh, nameEn: (perspective ?? targetMetric)!.nameEn, href: perspective ? urls.perspective(period, targetId) : urls.metric(period, targetId), score: scoreView(targetCard) },
      ...(h.applied ? { change: changeWords(targetName, h.applied) } : {}),
    };
  });
}

function ruleWords(source: Msg, condition: string, target: Msg, isPerspective: boolean, then: HedgeResult['hedge']['then']): Msg {
  const zhTarget = `${target.zh}${isPerspective ? '维度' : ''}得分`;
  const enTarget = `the ${target.en}${isPerspective ? ' perspective' : ''} score`;
  if ('scale' in then) return msg(`若${source.zh} ${condition}，${zhTarget}乘以 ${num(then.by)}`, `If ${source.en} ${condition}, ${enTarget} is multiplied by ${num(then.by)}`);
  if (then.to === 0) return msg(`若${source.zh} ${condition}，${zhTarget}归零`, `If ${source.en} ${condition}, ${enTarget} is set to 0`);
  return msg(`若${source.zh} ${condition}，${zhTarget}设为 ${num(then.to)}`, `If ${source.en} ${condition}, ${enTarget} is set to ${num(then.to)}`);
}

function changeWords(target: Msg, applied: NonNullable<HedgeResult['applied']>): Msg {
  const before = applied.before === null ? '—' : formatScore(applied.before);
  const after = formatScore(applied.after);
  return msg(`${target.zh} ${before} → ${after}`, `${target.en} ${before} → ${after}`);
}
