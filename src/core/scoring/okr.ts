import type { KeyResult, Measured, Objective, OkrSet, Period } from '../model.ts';
import type { Settings } from '../schemas/settings.ts';
import { isRunning } from '../periods.ts';
import { msg, type Msg } from '../text.ts';
import { weightedMean, type Part } from './aggregate.ts';
import type { Coverage, ScoreCard } from './card.ts';
import { formatScore, type Computed, type InputRef } from './explain.ts';
import { bandOf, isConservative } from './grading.ts';
import { daysBetween, expectedProgress, lateSteps, paceStatus, stepDue } from './pace.ts';
import { progressOf, type ProgressResult } from './progress.ts';
import { lastUpdateOf } from './updates.ts';

export interface Env {
  asOf: string;
  settings: Settings;
  period: Period;
}

/** What the pace status and the pages need to know about a KR's or metric's evidence. */
export interface Evidence {
  /** Whether a target can be known at all; false: 无法计分. */
  scorable: boolean;
  /** A reading, or milestone steps (milestones always have data: their steps are the record). */
  hasData: boolean;
  guardrail: boolean;
  milestone?: { late: boolean };
  endedWithoutData: boolean;
  lastUpdate?: string;
  sample: boolean;
}

export const ENDED_WITHOUT_DATA = msg('周期已结束仍没有数据，按 0 计。', 'The period ended without data, so it counts as 0.');

/**
 * Progress of a KR or BSC metric at `asOf` with what it rests on. No data yet leaves the progress null
 * during the period; once the period has ended it counts as 0, flagged. A milestone names its late steps.
 */
export function measuredProgress(item: Measured, env: Env): { progress: ProgressResult; expected: number; evidence: Evidence } {
  const m = item.measure;
  let progress = progressOf(item, env.asOf);
  const endedWithoutData = progress.noData === true && env.asOf >= env.period.end;
  if (endedWithoutData) progress = { ...progress, value: 0, explain: { ...progress.explain, computation: '0', notes: [ENDED_WITHOUT_DATA] } };
  let milestone: Evidence['milestone'];
  if (m?.type === 'milestone') {
    const late = lateSteps(m, item.due, env.asOf);
    milestone = { late: late.length > 0 };
    const notes: Msg[] = late.map((s) => msg(
      `「${s.title}」已过截止日 ${stepDue(s, item.due)} 仍未完成，因此落后。`,
      `"${s.title}" is past its due date ${stepDue(s, item.due)} and not done, so this is off track.`,
    ));
    if (notes.length) progress = { ...progress, explain: { ...progress.explain, notes: [...progress.explain.notes, ...notes] } };
  }
  return {
    progress,
    expected: expectedProgress(env.period.start, item.due, env.asOf, m),
    evidence: {
      scorable: progress.value !== null || progress.noData === true,
      hasData: progress.reading !== undefined || m?.type === 'milestone',
      guardrail: m?.type === 'at-least' || m?.type === 'at-most',
      milestone,
      endedWithoutData,
      lastUpdate: lastUpdateOf(item, env.asOf),
      sample: (progress.reading?.sample ?? false) || progress.explain.inputs.some((i) => i.sample),
    },
  };
}

export function scoreKeyResult(kr: KeyResult, env: Env): ScoreCard {
  const { progress, expected, evidence } = measuredProgress(kr, env);
  const sa = kr.selfAssessment;
  const score: Computed = sa
    ? {
        value: sa.score,
        explain: {
          formula: msg('期末自评分（完成程度、困难程度、努力程度）', 'end-of-period self-assessment (result, difficulty, effort)'),
          computation: formatScore(sa.score),
          inputs: [{ label: msg('按度量计算的进度', 'progress from the measure'), value: progress.value === null ? '—' : formatScore(progress.value) }, ...factorInputs(sa)],
          notes: sa.note ? [msg(sa.note, sa.note)] : [],
        },
      }
    : progress;
  const measured = (evidence.scorable && evidence.hasData) || sa !== undefined;
  return finishCard(kr.key, progress, score, expected, {
    ...evidence, sample: evidence.sample || sa?.sample === true, selfAssessed: sa !== undefined, coverage: { measured: measured ? 1 : 0, total: 1, of: 'kr' },
  }, env, progress.reading, progress.target);
}

/** 完成程度、困难程度、努力程度 as written (1–5), shown beside the self-assessed score; they never compute it. */
function factorInputs(sa: NonNullable<KeyResult['selfAssessment']>) {
  const factors = [
    [sa.completion, msg('完成程度（1–5）', 'completion (1–5)')],
    [sa.difficulty, msg('困难程度（1–5）', 'difficulty (1–5)')],
    [sa.effort, msg('努力程度（1–5）', 'effort (1–5)')],
  ] as const;
  return factors.filter(([v]) => v !== undefined).map(([v, label]) => ({ label, value: String(v), ...(sa.sample ? { sample: true } : {}) }));
}

export function scoreObjective(o: Objective, krs: ScoreCard[], env: Env): ScoreCard {
  return aggregateCard(o.key, o.keyResults.map((kr, i) => ({ label: codeLabel(kr.id), weight: kr.weight, card: krs[i], ref: { kind: 'kr', key: kr.key } })), env, { withheld: o.withheld?.items });
}

export function scoreSet(set: OkrSet, objectives: ScoreCard[], env: Env): ScoreCard {
  return aggregateCard(set.key, set.objectives.map((o, i) => ({ label: codeLabel(o.id), weight: o.weight, card: objectives[i], ref: { kind: 'objective', key: o.key } })), env, { withheld: set.withheld?.items });
}

/** O1, KR2: how the set page labels its objectives and KRs (links.ts labels them the same way). */
function codeLabel(id: string): Msg {
  return msg(id.toUpperCase(), id.toUpperCase());
}

/** "不含 2 项非公开内容" / "excludes 2 non-public items": what a public score leaves out. */
export function withheldText(n: number): Msg {
  return msg(`不含 ${n} 项非公开内容`, `excludes ${n} non-public ${n === 1 ? 'item' : 'items'}`);
}

function withheldNote(n: number): Msg {
  const text = withheldText(n);
  return msg(`${text.zh}：只按公开的目标与 KR 计算。`, `${text.en[0].toUpperCase()}${text.en.slice(1)}: only the public objectives and KRs count.`);
}

export interface Child {
  label: Msg;
  weight?: number;
  card: ScoreCard;
  ref?: InputRef;
}

/** Why a child is left out of an aggregate, or counted as 0 without evidence. */
function whyOf(card: ScoreCard): Part['why'] {
  if (card.endedWithoutData) return 'ended';
  if (card.status === 'no-data') return 'no-data';
  if (card.status === 'unscored') return 'unscored';
  return undefined;
}

/**
 * Score = weighted mean of the children that have a score, with their coverage added up; status from
 * the same mean of progress against expected. No child with data: no-data (every child unscored: unscored).
 * `adjust` changes the score after the mean (the BSC's hedge rules). `withheld`: how many private
 * children a public view left out; the mean is over the public ones, and the notes say so.
 */
export function aggregateCard(key: string, children: Child[], env: Env, options: { formula?: Msg; adjust?: (c: Computed) => Computed; withheld?: number } = {}): ScoreCard {
  const parts = (pick: (c: ScoreCard) => Computed) =>
    children.map((c): Part => ({ label: c.label, weight: c.weight, score: pick(c.card).value, ref: c.ref, why: whyOf(c.card) }));
  const withheld = options.withheld ?? 0;
  const noteWithheld = (c: Computed): Computed => (withheld > 0 ? { ...c, explain: { ...c.explain, notes: [...c.explain.notes, withheldNote(withheld)] } } : c);
  const mean = weightedMean(parts((c) => c.score), options.formula);
  const score = noteWithheld(options.adjust ? options.adjust(mean) : mean);
  const progress = noteWithheld(weightedMean(parts((c) => c.progress), options.formula));
  const counted = children.filter((c) => c.card.progress.value !== null);
  const w = (c: Child) => c.weight ?? 1;
  const total = counted.reduce((s, c) => s + w(c), 0);
  const expected = total ? counted.reduce((s, c) => s + w(c) * c.card.expected, 0) / total : 0;
  const coverage: Coverage = {
    measured: children.reduce((n, c) => n + c.card.coverage.measured, 0),
    total: children.reduce((n, c) => n + c.card.coverage.total, 0),
    of: children[0]?.card.coverage.of ?? 'kr',
  };
  const card = finishCard(key, progress, score, expected, {
    scorable: children.some((c) => c.card.status !== 'unscored'),
    hasData: coverage.measured > 0,
    guardrail: false,
    sample: children.some((c) => c.card.sample),
    selfAssessed: false,
    coverage,
    aggregate: true,
    withheld,
  }, env);
  // 已达成 claims the whole: not while some KRs below have no data (or cannot be scored).
  return card.status === 'done' && coverage.measured < coverage.total ? { ...card, status: 'on-track' } : card;
}

export interface Facts {
  scorable: boolean;
  hasData: boolean;
  guardrail: boolean;
  milestone?: { late: boolean };
  sample: boolean;
  selfAssessed: boolean;
  coverage: Coverage;
  endedWithoutData?: boolean;
  lastUpdate?: string;
  aggregate?: boolean;
  withheld?: number;
}

export function finishCard(
  key: string,
  progress: Computed,
  score: Computed,
  expected: number,
  facts: Facts,
  env: Env,
  reading?: ScoreCard['reading'],
  target?: number,
): ScoreCard {
  const { pace, grading } = env.settings;
  const status = paceStatus({ progress: progress.value, expected, scorable: facts.scorable, hasData: facts.hasData, guardrail: facts.guardrail, milestone: facts.milestone, pace });
  const value = score.value;
  const ended = env.asOf >= env.period.end;
  const age = facts.lastUpdate === undefined ? undefined : daysBetween(facts.lastUpdate, env.asOf);
  const stale = age !== undefined && age > pace.staleAfterDays && status !== 'done' && isRunning(env.period, env.asOf)
    ? { lastUpdate: facts.lastUpdate!, days: age } : undefined;
  return {
    key, progress, score, expected, status, sample: facts.sample, selfAssessed: facts.selfAssessed, reading, target,
    band: value === null ? undefined : bandOf(value, grading.bands),
    conservative: value !== null && isConservative(value, grading.conservativeAt, ended),
    ended,
    coverage: facts.coverage,
    aggregate: facts.aggregate ?? false,
    withheld: facts.withheld ?? 0,
    endedWithoutData: facts.endedWithoutData ?? false,
    ...(facts.lastUpdate ? { lastUpdate: facts.lastUpdate } : {}),
    ...(stale ? { stale } : {}),
  };
}
