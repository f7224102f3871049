import type { KeyResult, Objective, OkrSet, Period } from '../model.ts';
import type { Measure } from '../schemas/measure.ts';
import type { ScoreCard } from '../scoring/card.ts';
import { formatScore } from '../scoring/explain.ts';
import { daysBetween } from '../scoring/pace.ts';
import { msg, type Msg } from '../text.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { groupIds, groupRef, type GroupRef } from './groups.ts';
import { krRow, type KrRow } from './kr-row.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { pageCount, pageNumber, paginateLists, pager, type Pager, type Part } from './paging.ts';
import { BINS, binOf, histogram, hundredths, type Histogram } from './review-histogram.ts';
import { urls } from './urls.ts';

/**
 * The period review (复盘, seed 003). The period's page shows the company-wide score distribution and a
 * row per department; each department's page (`/<period>/review/<group>/`) lists its flagged KRs in pages
 * of `PAGE_SIZE` rows. A group's review is computed once per build from its own sets (`Lookup.once`,
 * `groupSetsOf`), so the summary costs one read per department and a group page reads only its group.
 */

/** Below this a score is flagged 过于激进或受阻 (003: 0.3 or lower means not achieved, reflect). */
export const LOW_SCORE = 0.3;
/** Confidence at or above this with an outcome below `MISSED_BELOW`: 信心过高. */
export const CONFIDENT_AT = 0.7;
export const MISSED_BELOW = 0.4;
/** Confidence at or below this with an outcome at or above `MADE_AT`: 信心过低. */
export const DOUBTFUL_AT = 0.3;
export const MADE_AT = 0.7;
/** |self-assessed − computed| at or above this is a gap worth talking about. */
export const BIG_GAP = 0.3;

export type ScoreSource = 'self' | 'computed';
export type ReviewList = 'conservative' | 'low' | 'stuck' | 'disagree' | 'gaps';
export const REVIEW_LISTS: ReviewList[] = ['conservative', 'low', 'stuck', 'disagree', 'gaps'];

interface Item { set: OkrSet; objective: Objective; kr: KeyResult; card: ScoreCard; score: number | null; source: ScoreSource | null }
interface Disagreement { item: Item; confidence: number; date: string; kind: 'over' | 'under' }
interface Gap { item: Item; self: number; computed: number | null; gap: number | null; big: boolean }

/** A group's review of one period, computed once per build. */
interface GroupReview {
  /** Some counted KR is sample data (示例). */
  sample: boolean;
  keyResults: number;
  bins: number[];
  self: number;
  computed: number;
  none: number;
  conservative: Item[];
  low: Item[];
  stuck: { set: OkrSet; objective: Objective }[];
  disagree: Disagreement[];
  gaps: Gap[];
}

/** What a group's row of the summary counts. */
export interface ReviewCounts {
  keyResults: number;
  /** Scored by the owner's self-assessment, by the computed progress, or not at all (暂无数据). */
  self: number;
  computed: number;
  none: number;
  conservative: number;
  low: number;
  stuck: number;
  disagree: number;
  /** Self-assessed KRs with a computed progress to set against, and those with a big gap. */
  gaps: number;
  bigGaps: number;
}

export interface ReviewRow { group: GroupRef; counts: ReviewCounts; href: string }

/** Before the period ends: the review so far, as of asOf. */
export interface Provisional { asOf: string; end: string; weeksLeft: number }

/** The rules the page applies, written out for readers (如何判断). */
export interface ReviewRules {
  score: Msg;
  conservative: Msg;
  low: Msg;
  stuck: Msg;
  disagree: Msg;
  gaps: Msg;
}

export interface ReviewView {
  period: PeriodRef;
  /** Some counted KR is sample data: the page says so (示例). */
  sample: boolean;
  provisional?: Provisional;
  histogram: Histogram;
  totals: ReviewCounts;
  rows: ReviewRow[];
  rules: ReviewRules;
}

export interface DisagreeRow extends KrRow { confidence: string; date: string; kind: 'over' | 'under'; outcome: string }
export interface GapRow extends KrRow { self: string; computed: string | null; gap: string | null; big: boolean }

export interface ReviewIndexEntry { key: ReviewList; total: number; href: string }

export interface ReviewGroupView {
  period: PeriodRef;
  sample: boolean;
  group: GroupRef;
  provisional?: Provisional;
  histogram: Histogram;
  counts: ReviewCounts;
  index: ReviewIndexEntry[];
  conservative?: Part<KrRow>;
  low?: Part<KrRow>;
  stuck?: Part<NodeLink>;
  disagree?: Part<DisagreeRow>;
  gaps?: Part<GapRow>;
  rules: ReviewRules;
  pager: Pager;
  summaryHref: string;
}

/** The score a review counts: the self-assessment where given, else the computed progress; null without either. */
function reviewScore(kr: KeyResult, card: ScoreCard): Pick<Item, 'score' | 'source'> {
  if (kr.selfAssessment) return { score: kr.selfAssessment.score, source: 'self' };
  return card.progress.value === null ? { score: null, source: null } : { score: card.progress.value, source: 'computed' };
}

/** Where a KR's value started: the baseline (an increase without one counts from 0); none for guardrails. */
function startValue(m: Measure | undefined): number | undefined {
  if (m?.type === 'increase') return m.baseline?.value ?? 0;
  if (m?.type === 'decrease') return m.baseline?.value;
  return undefined;
}

/**
 * Whether a check-in dated from `start` to `end` changed the KR's value or progress from the reading
 * before it (the previous check-in, else the baseline, else 0 progress for a manual measure), or a
 * milestone step was done then (a step done without a date counts: it moved at some point).
 */
export function movedIn(kr: KeyResult, start: string, end: string): boolean {
  let value = startValue(kr.measure);
  let progress = kr.measure?.type === 'manual' ? 0 : undefined;
  for (const c of [...kr.checkins].sort((a, b) => a.date.localeCompare(b.date))) {
    if (c.date > end) break;
    const inside = c.date >= start;
    if (c.value !== undefined) {
      if (inside && value !== undefined && c.value !== value) return true;
      value = c.value;
    }
    if (c.progress !== undefined) {
      if (inside && progress !== undefined && c.progress !== progress) return true;
      progress = c.progress;
    }
  }
  if (kr.measure?.type === 'milestone') return kr.measure.steps.some((s) => s.done === true || (typeof s.done === 'string' && s.done >= start && s.done <= end));
  return false;
}

/** The latest confidence (信心指数) written on or before asOf, with its date. */
export function lastConfidence(kr: KeyResult, asOf: string): { confidence: number; date: string } | undefined {
  let last: { confidence: number; date: string } | undefined;
  for (const c of kr.checkins) {
    if (c.confidence === undefined || c.date > asOf) continue;
    if (!last || c.date >= last.date) last = { confidence: c.confidence, date: c.date };
  }
  return last;
}

function groupReview(look: Lookup, period: Period, group: string): GroupReview {
  return look.once(`review:${period.id}:${group}`, () => {
    const asOf = look.org.asOf;
    const end = period.end < asOf ? period.end : asOf;
    const ended = asOf >= period.end;
    const top = hundredths(look.org.settings.grading.conservativeAt);
    const r: GroupReview = { sample: false, keyResults: 0, bins: new Array(BINS).fill(0), self: 0, computed: 0, none: 0, conservative: [], low: [], stuck: [], disagree: [], gaps: [] };
    for (const set of look.groupSetsOf(group, period.id)) {
      for (const objective of set.objectives) {
        let moved = false;
        for (const kr of objective.keyResults) {
          const card = look.card(kr.key)!;
          const item: Item = { set, objective, kr, card, ...reviewScore(kr, card) };
          r.keyResults++;
          r.sample ||= set.sample || card.sample;
          moved ||= movedIn(kr, period.start, end);
          if (item.score === null) { r.none++; continue; }
          r[item.source!]++;
          r.bins[binOf(item.score)]++;
          const at = hundredths(item.score);
          if (at >= top) r.conservative.push(item);
          if (at < hundredths(LOW_SCORE)) r.low.push(item);
          // An outcome to set the confidence against: the owner's own score, or a KR whose time is up.
          const outcome = item.source === 'self' || ended || kr.due <= asOf;
          const conf = outcome ? lastConfidence(kr, asOf) : undefined;
          if (conf && conf.confidence >= CONFIDENT_AT && at < hundredths(MISSED_BELOW)) r.disagree.push({ item, ...conf, kind: 'over' });
          if (conf && conf.confidence <= DOUBTFUL_AT && at >= hundredths(MADE_AT)) r.disagree.push({ item, ...conf, kind: 'under' });
          if (item.source === 'self') {
            const computed = card.progress.value;
            const gap = computed === null ? null : (hundredths(item.score) - hundredths(computed)) / 100;
            r.gaps.push({ item, self: item.score, computed, gap, big: gap !== null && Math.abs(gap) >= BIG_GAP - 1e-9 });
          }
        }
        if (objective.keyResults.length > 0 && !moved) r.stuck.push({ set, objective });
      }
    }
    r.low.sort((a, b) => a.score! - b.score!);
    r.gaps.sort((a, b) => (b.gap === null ? -1 : Math.abs(b.gap)) - (a.gap === null ? -1 : Math.abs(a.gap)));
    return r;
  });
}

function counts(r: GroupReview): ReviewCounts {
  return {
    keyResults: r.keyResults, self: r.self, computed: r.computed, none: r.none, conservative: r.conservative.length, low: r.low.length,
    stuck: r.stuck.length, disagree: r.disagree.length, gaps: r.gaps.filter((g) => g.gap !== null).length, bigGaps: r.gaps.filter((g) => g.big).length,
  };
}

function provisional(look: Lookup, period: Period): Provisional | undefined {
  const asOf = look.org.asOf;
  if (asOf >= period.end) return undefined;
  return { asOf, end: period.end, weeksLeft: Math.ceil(daysBetween(asOf, period.end) / 7) };
}

/** The period's review: the company-wide histogram and a row per group (department, the company, people without one). */
export function reviewView(look: Lookup, periodId: string): ReviewView {
  const period = look.periods.get(periodId)!;
  const groups = groupIds(look).map((g) => ({ g, review: groupReview(look, period, g) }));
  const bins = new Array(BINS).fill(0);
  for (const { review } of groups) review.bins.forEach((n, i) => (bins[i] += n));
  const rows = groups.map(({ g, review }) => ({ group: groupRef(look, g), counts: counts(review), href: urls.reviewGroup(periodId, g) }));
  const totals = rows.reduce((sum, r) => {
    for (const k of Object.keys(sum) as (keyof ReviewCounts)[]) sum[k] += r.counts[k];
    return sum;
  }, { keyResults: 0, self: 0, computed: 0, none: 0, conservative: 0, low: 0, stuck: 0, disagree: 0, gaps: 0, bigGaps: 0 } as ReviewCounts);
  const p = provisional(look, period);
  return { period: periodRef(period), sample: groups.some((g) => g.review.sample), ...(p ? { provisional: p } : {}), histogram: histogram(bins), totals, rows, rules: reviewRules(look) };
}

function groupLists(r: GroupReview): { key: ReviewList; items: unknown[] }[] {
  return [
    { key: 'conservative', items: r.conservative }, { key: 'low', items: r.low }, { key: 'stuck', items: r.stuck },
    { key: 'disagree', items: r.disagree }, { key: 'gaps', items: r.gaps },
  ];
}

/** Every group review page there is: per period, per group, per page (for the routes). */
export function reviewGroupPages(look: Lookup): { period: string; group: string; page: number }[] {
  return look.org.periods.flatMap((p) => groupIds(look).flatMap((group) => {
    const pages = pageCount(groupLists(groupReview(look, p, group)).reduce((n, l) => n + l.items.length, 0));
    return Array.from({ length: pages }, (_, i) => ({ period: p.id, group, page: i + 1 }));
  }));
}

/**
 * One page of a group's review: its KRs scored 1.0, below 0.3 (the lowest first), its objectives that
 * never moved, the KRs whose confidence and outcome disagreed, and its self-assessed KRs against the
 * computed progress (the biggest gap first), read as one sequence cut into pages of `PAGE_SIZE` rows.
 */
export function reviewGroupView(look: Lookup, periodId: string, group: string, page = 1): ReviewGroupView {
  const period = look.periods.get(periodId)!;
  const review = groupReview(look, period, group);
  const lists = groupLists(review);
  const at = pageNumber(page, pageCount(lists.reduce((n, l) => n + l.items.length, 0)));
  const { pages, parts, starts } = paginateLists<unknown>(lists, at);
  const href = (n: number) => urls.reviewGroup(periodId, group, n);
  const part = <T>(key: ReviewList, row: (x: never) => T): Part<T> | undefined => {
    const p = parts.find((x) => x.key === key);
    return p && { ...p, items: p.items.map((x) => row(x as never)) };
  };
  const row = (i: Item) => krRow(look, i.set, i.kr);
  const p = provisional(look, period);
  return {
    period: periodRef(period),
    group: groupRef(look, group),
    sample: review.sample,
    ...(p ? { provisional: p } : {}),
    histogram: histogram(review.bins),
    counts: counts(review),
    index: starts.map((s) => ({ key: s.key as ReviewList, total: s.total, href: `${href(s.page)}#${s.key}` })),
    conservative: part('conservative', row),
    low: part('low', row),
    stuck: part('stuck', (o: { objective: Objective }) => nodeLink(look, o.objective.key)!),
    disagree: part('disagree', (d: Disagreement) => ({ ...row(d.item), confidence: formatScore(d.confidence), date: d.date, kind: d.kind, outcome: formatScore(d.item.score!) })),
    gaps: part('gaps', (g: Gap) => ({
      ...row(g.item), self: formatScore(g.self), computed: g.computed === null ? null : formatScore(g.computed),
      gap: g.gap === null ? null : `${g.gap > 0 ? '+' : ''}${formatScore(g.gap)}`, big: g.big,
    })),
    rules: reviewRules(look),
    pager: pager(at, pages, href),
    summaryHref: urls.review(periodId),
  };
}

export function reviewRules(look: Lookup): ReviewRules {
  const top = formatScore(look.org.settings.grading.conservativeAt);
  return {
    score: msg(
      '每个关键结果计一个分数：有期末自评的用自评分，否则用按度量计算的进度；两者都没有的不计入（暂无数据）。按显示的两位小数归档，每档 0.1：0.70 在 0.7–0.8，1.00 在 0.9–1.0。',
      'Each key result counts once: its self-assessed score where the owner gave one, else the progress computed from its measure; with neither it is left out (no data). Scores fall in bins of 0.1 by their printed two decimals: 0.70 is in 0.7–0.8, 1.00 in 0.9–1.0.',
    ),
    conservative: msg(`得分 ≥ ${top}（settings 的 grading.conservativeAt）。下个周期可以挑战更高的目标。`, `Score ≥ ${top} (grading.conservativeAt in the settings). Aim higher next period.`),
    low: msg(`得分 < ${formatScore(LOW_SCORE)}（${formatScore(LOW_SCORE)} 不算）。反思 KR 是否定得有问题、方法是否得当、协作与资源是否到位。`, `Score < ${formatScore(LOW_SCORE)} (${formatScore(LOW_SCORE)} itself is not). Ask whether the KR was right, the approach sound, the help and resources there.`),
    stuck: msg('本周期内（截至数据日期）没有任何进展记录改变过其关键结果的数值或进度，也没有完成里程碑的目标。', 'Objectives none of whose key results had a check-in change their value or progress, or a milestone step done, in the period (up to the data date).'),
    disagree: msg(
      `最近一次信心指数 ≥ ${formatScore(CONFIDENT_AT)} 但得分 < ${formatScore(MISSED_BELOW)}（信心过高），或信心指数 ≤ ${formatScore(DOUBTFUL_AT)} 但得分 ≥ ${formatScore(MADE_AT)}（信心过低）。只看已有结果的关键结果：已自评、已到截止日或周期已结束。`,
      `The latest confidence was ≥ ${formatScore(CONFIDENT_AT)} but the score < ${formatScore(MISSED_BELOW)} (over-confident), or ≤ ${formatScore(DOUBTFUL_AT)} but the score ≥ ${formatScore(MADE_AT)} (under-confident). Only key results with an outcome: self-assessed, past their due date, or the period over.`,
    ),
    gaps: msg(`自评分与按度量计算的进度之差；相差 ≥ ${formatScore(BIG_GAP)} 的标出，复盘时值得讨论。`, `The self-assessed score against the progress computed from the measure; a difference of ${formatScore(BIG_GAP)} or more is flagged for the review meeting.`),
  };
}
