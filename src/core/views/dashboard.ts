import type { Measure } from '../schemas/measure.ts';
import type { Metric, OkrSet, Period } from '../model.ts';
import { msg, type Msg } from '../text.ts';
import { dataDateView, type DataDateView } from './data-date.ts';
import { describeTarget, withUnit } from './format.ts';
import { ownerHref, personLink, type PersonLink } from './links.ts';
import { OWNER_RANK, type Lookup } from './lookup.ts';
import { readingView, type ReadingView } from './reading.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { groupIds, groupRef, type GroupRef } from './groups.ts';
import { urls } from './urls.ts';
import { optionalSpark, sparklineView } from './history-view.ts';
import type { Sparkline } from '../chart/sparkline.ts';

export interface PeriodRef {
  id: string;
  name: string;
  nameEn?: string;
  start: string;
  end: string;
  href: string;
}

export interface MetricRow {
  id: string;
  key: string;
  name: string;
  nameEn?: string;
  weight: number;
  target: Msg;
  current?: ReadingView;
  score: ScoreView;
  owners: PersonLink[];
  change?: Metric['change'];
  href: string;
  /** Its values over time, tiny; absent with no check-ins. */
  spark?: Sparkline;
}

/** The metrics of one perspective as the scorecard and the perspective page list them, in BSC order. */
export function metricRows(look: Lookup, period: string, perspectiveId: string): MetricRow[] {
  const bsc = look.bsc(period)!;
  const score = look.scores.bsc.get(period)!;
  return bsc.metrics.filter((m) => m.perspectiveId === perspectiveId).map((m) => {
    const card = score.metrics.get(m.id)!;
    return {
      id: m.id, key: m.key, name: m.name, nameEn: m.nameEn, weight: m.weight, target: describeTarget(m.measure),
      current: readingView(card.reading, unitOf(m.measure)), score: scoreView(card),
      owners: m.ownerIds.map((id) => personLink(look, id)), change: m.change, href: urls.metric(period, m.id),
      ...optionalSpark(sparklineView(look, m)),
    };
  });
}

export interface HedgeView {
  id: string;
  note?: string;
  /** e.g. 退费率 > 20%. */
  condition: string;
  fired: boolean | null;
  reading?: ReadingView;
  effect: Msg;
}

export interface SetSummary {
  key: string;
  period: PeriodRef;
  kind: OkrSet['owner']['kind'];
  ownerName: string;
  /** The department's or company's English name, where it has one. */
  ownerNameEn?: string;
  ownerHref: string;
  title: string;
  /** The title in English when the set has no title of its own and the owner an English name. */
  titleEn?: string;
  href: string;
  score: ScoreView;
  objectives: number;
  keyResults: number;
}

/** The sets of another period that is under way at asOf (the quarter beside the year): the first `NOW_SHOWN`. */
export interface ConcurrentSets {
  period: PeriodRef;
  sets: SetSummary[];
  /** How many more the period has; its own page lists them all, by department. */
  more: number;
}

/** A group's personal sets of the period: how many, the first `PERSONAL_SHOWN`, and the page that lists them all. */
export interface PersonalSets {
  group: GroupRef;
  count: number;
  first: SetSummary[];
  /** The group's alignment page of the period: the people's objectives under the department's. */
  href: string;
}

export const NOW_SHOWN = 12;
export const PERSONAL_SHOWN = 5;

export interface DashboardView {
  period: PeriodRef;
  asOf: string;
  /** 数据截至: the newest data, and asOf when it differs. */
  dataDate: DataDateView;
  /** On the current period's page: the sets of every other period current at asOf, so the page answers "how are we doing now". */
  alsoNow: ConcurrentSets[];
  ended: boolean;
  overview?: { title: string; summary?: string; file: string };
  bsc?: {
    title: string;
    principle?: string;
    file: string;
    company: ScoreView;
    perspectives: { id: string; name: string; nameEn?: string; weight: number; score: ScoreView; metrics: MetricRow[]; href: string }[];
    hedges: HedgeView[];
    guards: { id: string; name: string; nameEn?: string; definition?: string; current?: ReadingView; href: string }[];
  };
  /** The company's and the departments' sets (personal sets are counted by department in `personal`). */
  sets: SetSummary[];
  /** The personal sets, by department (content order), people without a department last; groups without any left out. */
  personal: PersonalSets[];
  /** A quarter without a BSC of its own follows its year's: link to it. */
  inheritedBsc?: PeriodRef;
  sample: boolean;
}

export function periodRef(p: Period): PeriodRef {
  return { id: p.id, name: p.name, nameEn: p.nameEn, start: p.start, end: p.end, href: urls.period(p.id) };
}

/** The period's home: company score, BSC scorecard by perspective, hedge rules, and every OKR set's score. */
export function dashboardView(look: Lookup, periodId: string): DashboardView {
  const period = look.periods.get(periodId)!;
  const asOf = look.org.asOf;
  const overview = look.org.overviews.find((o) => o.period === periodId);
  const bsc = look.bsc(periodId);
  const bscScore = look.scores.bsc.get(periodId);
  let bscView: DashboardView['bsc'];
  if (bsc && bscScore) {
    bscView = {
      title: bsc.title,
      principle: bsc.principle,
      file: bsc.src.file,
      company: scoreView(bscScore.company),
      perspectives: bsc.perspectives.map((p) => ({
        id: p.id, name: p.name, nameEn: p.nameEn, weight: p.weight, score: scoreView(bscScore.perspectives.get(p.id)!), href: urls.perspective(periodId, p.id),
        metrics: metricRows(look, periodId, p.id),
      })),
      hedges: hedgeViews(look, periodId),
      guards: bsc.guards.map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn, definition: g.definition, current: readingView(bscScore.guards.get(g.id), g.unit), href: urls.guard(periodId, g.id) })),
    };
  }
  const sets = periodSets(look, periodId).filter((s) => s.owner.kind !== 'person').map((s) => setSummary(look, s));
  const personal = groupIds(look).map((g): PersonalSets => {
    const mine = look.groupSetsOf(g, periodId).filter((s) => s.owner.kind === 'person');
    return { group: groupRef(look, g), count: mine.length, first: mine.slice(0, PERSONAL_SHOWN).map((s) => setSummary(look, s)), href: urls.alignmentGroup(periodId, g) };
  }).filter((p) => p.count > 0);
  const alsoNow = concurrentPeriods(look, periodId).map((p): ConcurrentSets => {
    const all = periodSets(look, p);
    return { period: periodRef(look.periods.get(p)!), sets: all.slice(0, NOW_SHOWN).map((s) => setSummary(look, s)), more: Math.max(0, all.length - NOW_SHOWN) };
  });
  const shown = [...sets, ...personal.flatMap((p) => p.first), ...alsoNow.flatMap((g) => g.sets)];
  const sample = (bscView?.company.sample ?? false) || shown.some((s) => s.score.sample);
  const inheritedFrom = bsc ? undefined : period.ancestors.find((p) => look.bsc(p));
  return {
    period: periodRef(period), asOf, ended: asOf >= period.end, dataDate: dataDateView(look), alsoNow,
    inheritedBsc: inheritedFrom ? periodRef(look.periods.get(inheritedFrom)!) : undefined,
    overview: overview && { title: overview.title, summary: overview.summary, file: overview.src.file },
    bsc: bscView, sets, personal, sample,
  };
}

/**
 * The other periods under way at asOf, for the current period's pages (home, health): the quarter
 * beside the year. Other periods' pages show only themselves.
 */
export function concurrentPeriods(look: Lookup, periodId: string): string[] {
  return periodId === look.currentPeriod ? look.currentPeriods.filter((p) => p !== periodId) : [];
}

/** A period's OKR sets, the company's first, then departments, then people. */
function periodSets(look: Lookup, periodId: string): OkrSet[] {
  return [...(look.periodSets.get(periodId) ?? [])].sort((a, b) => OWNER_RANK[a.owner.kind] - OWNER_RANK[b.owner.kind]);
}

/** The period's hedge rules: the condition in words, the value read, whether it fired and what it did. */
export function hedgeViews(look: Lookup, periodId: string): HedgeView[] {
  const bsc = look.bsc(periodId);
  const bscScore = look.scores.bsc.get(periodId);
  if (!bsc || !bscScore) return [];
  const read = new Map<string, { name: string; unit?: string }>([
    ...bsc.metrics.map((m) => [m.id, { name: m.name, unit: unitOf(m.measure) }] as const),
    ...bsc.guards.map((g) => [g.id, { name: g.name, unit: g.unit }] as const),
  ]);
  return bscScore.hedges.map((h) => {
    const source = read.get(h.hedge.when.ref);
    return {
      id: h.hedge.id, note: h.hedge.note, fired: h.fired, effect: h.effect,
      condition: `${source?.name ?? h.hedge.when.ref} ${h.hedge.when.op} ${withUnit(h.hedge.when.value, source?.unit)}`,
      reading: readingView(h.reading, source?.unit),
    };
  });
}

export function setSummary(look: Lookup, s: OkrSet): SetSummary {
  const ownerName = look.ownerName(s.owner);
  const ownerNameEn = look.ownerName(s.owner, 'en');
  const en = ownerNameEn === ownerName ? {} : { ownerNameEn, ...(s.title ? {} : { titleEn: ownerNameEn }) };
  return {
    key: s.key, period: periodRef(look.periods.get(s.period)!), kind: s.owner.kind, ownerName, ownerHref: ownerHref(s.owner), title: s.title ?? ownerName, ...en,
    href: urls.set(s.period, s.owner.id), score: scoreView(look.card(s.key)!), objectives: s.objectives.length,
    keyResults: s.objectives.reduce((n, o) => n + o.keyResults.length, 0),
  };
}

export function unitOf(m: Measure | undefined): string | undefined {
  return m && 'unit' in m ? m.unit : undefined;
}

export const CHANGE_NAMES: Record<NonNullable<Metric['change']>['kind'], Msg> = {
  new: msg('新增', 'new'),
  replaced: msg('替换', 'replaced'),
  kept: msg('保留', 'kept'),
};
