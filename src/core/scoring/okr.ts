import type { KeyResult, Objective, OkrSet, Period } from '../model.ts';
import type { Settings } from '../schemas/settings.ts';
import { msg } from '../text.ts';
import { weightedMean } from './aggregate.ts';
import type { ScoreCard } from './card.ts';
import { formatScore, type Computed } from './explain.ts';
import { bandOf, isConservative } from './grading.ts';
import { expectedProgress, paceStatus } from './pace.ts';
import { progressOf } from './progress.ts';

export interface Env {
  asOf: string;
  settings: Settings;
  period: Period;
}

export function scoreKeyResult(kr: KeyResult, env: Env): ScoreCard {
  const progress = progressOf(kr, env.asOf);
  const sa = kr.selfAssessment;
  const score: Computed = sa
    ? {
        value: sa.score,
        explain: {
          formula: msg('期末自评分（完成程度、困难程度、努力程度）', 'end-of-period self-assessment (result, difficulty, effort)'),
          computation: formatScore(sa.score),
          inputs: [{ label: msg('按度量计算的进度', 'progress from the measure'), value: progress.value === null ? '—' : formatScore(progress.value) }],
          notes: sa.note ? [msg(sa.note, sa.note)] : [],
        },
      }
    : progress;
  const expected = expectedProgress(env.period.start, kr.due, env.asOf, kr.measure);
  const hasData = progress.reading !== undefined || kr.measure?.type === 'milestone';
  const guardrail = kr.measure?.type === 'at-least' || kr.measure?.type === 'at-most';
  const sample = (progress.reading?.sample ?? false) || progress.explain.inputs.some((i) => i.sample);
  return finishCard(kr.key, progress, score, expected, { hasData, guardrail, sample, selfAssessed: sa !== undefined }, env, progress.reading, progress.target);
}

export function scoreObjective(o: Objective, krs: ScoreCard[], env: Env): ScoreCard {
  return aggregateCard(o.key, o.keyResults.map((kr, i) => ({ label: kr.id, weight: kr.weight, card: krs[i] })), env);
}

export function scoreSet(set: OkrSet, objectives: ScoreCard[], env: Env): ScoreCard {
  return aggregateCard(set.key, set.objectives.map((o, i) => ({ label: o.id, weight: o.weight, card: objectives[i] })), env);
}

/** Score = weighted mean of the children's scores; status from the same mean of progress against expected. */
export function aggregateCard(key: string, children: { label: string; weight?: number; card: ScoreCard }[], env: Env): ScoreCard {
  const score = weightedMean(children.map((c) => ({ label: c.label, weight: c.weight, score: c.card.score.value, source: c.card.key })));
  const progress = weightedMean(children.map((c) => ({ label: c.label, weight: c.weight, score: c.card.progress.value, source: c.card.key })));
  const scored = children.filter((c) => c.card.progress.value !== null);
  const w = (c: (typeof children)[number]) => c.weight ?? 1;
  const total = scored.reduce((s, c) => s + w(c), 0);
  const expected = total ? scored.reduce((s, c) => s + w(c) * c.card.expected, 0) / total : 0;
  const hasData = children.some((c) => c.card.status !== 'no-data' && c.card.status !== 'unscored');
  const sample = children.some((c) => c.card.sample);
  return finishCard(key, progress, score, expected, { hasData, guardrail: false, sample, selfAssessed: false }, env);
}

export function finishCard(
  key: string,
  progress: Computed,
  score: Computed,
  expected: number,
  facts: { hasData: boolean; guardrail: boolean; sample: boolean; selfAssessed: boolean },
  env: Env,
  reading?: ScoreCard['reading'],
  target?: number,
): ScoreCard {
  const status = paceStatus({ progress: progress.value, expected, hasData: facts.hasData, guardrail: facts.guardrail, pace: env.settings.pace });
  const value = score.value;
  const ended = env.asOf >= env.period.end;
  return {
    key, progress, score, expected, status, sample: facts.sample, selfAssessed: facts.selfAssessed, reading, target,
    band: value === null ? undefined : bandOf(value, env.settings.grading.bands),
    conservative: value !== null && isConservative(value, env.settings.grading.conservativeAt, ended),
    ended,
  };
}
