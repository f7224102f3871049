import type { Diagnostic } from '../diagnostics.ts';
import type { KeyResult, Objective, OkrSet } from '../model.ts';
import type { ScoreCard } from '../scoring/card.ts';
import { msg, type Msg } from '../text.ts';
import { isUnaligned } from '../unaligned.ts';
import { concurrentPeriods, periodRef, type PeriodRef } from './dashboard.ts';
import { editUrl } from './edit-links.ts';
import { percent } from './format.ts';
import { groupIds, groupRef, type GroupRef } from './groups.ts';
import { krRow, type KrRow } from './kr-row.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { pageCount, pageNumber, paginateLists, pager, type Pager, type Part } from './paging.ts';
import { readableSegments, type Segment } from './readable-refs.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';

/**
 * The health pages. The period's page is a summary by department (what needs a look, counted, the worst
 * department first); each department's page (`/<period>/health/<department>/`) lists its KRs, its
 * objectives aligned to nothing and the warnings about its files, in pages of at most `PAGE_SIZE` rows.
 * Both are bounded: the summary by the number of departments, a department's page by the page size.
 */

/** The lists of one period, in the order a department page reads them. */
export type HealthList = 'off-track' | 'stale' | 'no-update' | 'unscored' | 'orphans';
export const HEALTH_LISTS: HealthList[] = ['off-track', 'stale', 'no-update', 'unscored', 'orphans'];

/** What needs a look in a group in one period, counted. */
export interface HealthCounts {
  /** The group's KRs in the period, for the shares. */
  keyResults: number;
  /** 落后 or 有风险. */
  offTrack: number;
  /** 待更新: not done, and the latest update is older than `pace.staleAfterDays`. */
  stale: number;
  /** 未更新: measured, but no data yet. */
  noUpdate: number;
  /** 未评分: no measurable target. */
  unscored: number;
  /** 未对齐: objectives that align to nothing above them. */
  orphans: number;
}

/** A row of the summary: one group's counts in one period, linked to the group's page. */
export interface HealthRow {
  group: GroupRef;
  counts: HealthCounts;
  /** Off-track and at-risk KRs as a share of the group's KRs, 0–100 (0 without KRs). */
  offTrackPercent: number;
  stalePercent: number;
  /** The warnings the group's page lists (only in the table of the page's own period). */
  warnings?: number;
  href: string;
}

export interface HealthSummaryPeriod {
  period: PeriodRef;
  /** Worst first: see `HEALTH_ORDER`. */
  rows: HealthRow[];
  totals: HealthCounts;
  /** BSC metrics of this period that are 待更新 (a BSC is one file: bounded). */
  staleMetrics: { link: NodeLink; score: ScoreView }[];
}

/** The period's health page: a table by department per period, and the warnings about files of no department. */
export interface HealthView {
  period: PeriodRef;
  /**
   * The page's own period first; on the current period's page also every other period current at
   * asOf (the quarter beside the year), each as its own table.
   */
  groups: HealthSummaryPeriod[];
  /** What 待更新 means here, with the configured number of days. */
  staleRule: Msg;
  /** How the rows are ordered. */
  order: Msg;
  /** Warnings about files of no department (settings, the BSC, period notes), the first `WARNINGS_SHOWN`. */
  warnings: HealthWarning[];
  /** How many more there are than `warnings` shows. */
  moreWarnings: number;
  /** All warnings of these periods, the departments' included. */
  totalWarnings: number;
}

/**
 * A warning of the check as a reader sees it: the things it names by name and linked (the message is
 * written for editors, with ids); the rule id only as data; the file and line, linked to the web editor
 * at that line when a repository is set, else to the page the file makes.
 */
export interface HealthWarning {
  file: string;
  line: number;
  rule: string;
  message: { zh: Segment[]; en: Segment[] };
  href?: string;
}

/** What needs a look in one period, for one group: the lists' rows on this page. */
export interface HealthGroup {
  period: PeriodRef;
  /** The KR lists with rows on this page, in `HEALTH_LISTS` order; each says how many it has in all. */
  lists: (Part<KrRow> & { key: Exclude<HealthList, 'orphans'> })[];
  /** The objectives aligned to nothing, when some are on this page. */
  orphans?: Part<NodeLink>;
}

/** Where each list of a group's page is: its size and a link to the page it starts on. */
export interface HealthIndexEntry {
  period: PeriodRef;
  key: HealthList | 'warnings';
  total: number;
  href: string;
}

/** A group's health page: one page of its lists. */
export interface HealthGroupView {
  period: PeriodRef;
  group: GroupRef;
  /** Every list of the group (all pages), with its size and where it starts; the periods it covers, in order. */
  index: HealthIndexEntry[];
  periods: PeriodRef[];
  /** The periods with rows on this page. */
  groups: HealthGroup[];
  warnings?: Part<HealthWarning>;
  staleRule: Msg;
  pager: Pager;
  /** The summary page this group is a row of. */
  summaryHref: string;
}

/** Summary warnings shown before "还有 N 条". */
export const WARNINGS_SHOWN = 50;

/**
 * How the summary orders its rows: the share of KRs off track or at risk, highest first; then the share
 * of KRs due an update; then the counts (off track, due an update, no data, no measure, unaligned); then
 * the groups' own order (the company, the departments in content order, people without a department).
 */
export const HEALTH_ORDER = msg(
  '按落后与有风险的关键结果占比从高到低排列，其次是待更新的占比，再按各项数量。',
  'Ordered by the share of key results off track or at risk, highest first; then by the share due an update, then by the counts.',
);

const URGENCY = { 'off-track': 0, 'at-risk': 1 } as Record<string, number>;

interface KrItem { set: OkrSet; kr: KeyResult; card: ScoreCard }

/** A group's things in one period, sorted as its page lists them; rows are built only for the page shown. */
interface GroupLists {
  period: string;
  offTrack: KrItem[];
  stale: KrItem[];
  noUpdate: KrItem[];
  unscored: KrItem[];
  keyResults: number;
  orphans: { set: OkrSet; objective: Objective }[];
}

function groupLists(look: Lookup, group: string, period: string): GroupLists {
  const sets = look.groupSetsOf(group, period);
  const items: KrItem[] = sets.flatMap((set) => set.objectives.flatMap((o) => o.keyResults.map((kr) => ({ set, kr, card: look.card(kr.key)! }))));
  const pct = (i: KrItem) => (i.card.score.value === null ? 0 : percent(i.card.score.value));
  return {
    period,
    offTrack: items.filter((i) => i.card.status in URGENCY).sort((a, b) => URGENCY[a.card.status] - URGENCY[b.card.status] || pct(a) - pct(b)),
    stale: items.filter((i) => i.card.stale).sort((a, b) => b.card.stale!.days - a.card.stale!.days),
    noUpdate: items.filter((i) => i.card.status === 'no-data'),
    unscored: items.filter((i) => i.card.status === 'unscored'),
    keyResults: items.length,
    orphans: sets.flatMap((set) => set.objectives.filter((o) => isUnaligned(look.org, set, o)).map((objective) => ({ set, objective }))),
  };
}

function counts(l: GroupLists): HealthCounts {
  return { keyResults: l.keyResults, offTrack: l.offTrack.length, stale: l.stale.length, noUpdate: l.noUpdate.length, unscored: l.unscored.length, orphans: l.orphans.length };
}

/** The periods a period's health pages show: itself, and on the current period's pages what else is under way. */
function shownPeriods(look: Lookup, period: string): string[] {
  return [period, ...concurrentPeriods(look, period)];
}

/** The warnings these periods' pages show: all but those about the sets and BSCs of other periods. */
function shownWarnings(look: Lookup, periods: string[], group: string): Diagnostic[] {
  const shown = new Set(periods);
  const otherPeriod = (file: string) => {
    const owner = look.filePeriod.get(file);
    return owner !== undefined && !shown.has(owner);
  };
  return (look.groupWarnings.get(group) ?? []).filter((d) => !otherPeriod(d.file));
}

/** The period's health: a row per group (department, the company, people without a department), the worst first. */
export function healthView(look: Lookup, period: string): HealthView {
  const periods = shownPeriods(look, period);
  const ids = groupIds(look);
  const warningCount = new Map(ids.map((g) => [g, shownWarnings(look, periods, g).length]));
  const loose = shownWarnings(look, periods, '');
  return {
    period: periodRef(look.periods.get(period)!),
    groups: periods.map((p, i) => {
      const rows = ids.map((g, rank) => ({ rank, row: healthRow(look, period, g, counts(groupLists(look, g, p)), i === 0 ? warningCount.get(g)! : undefined) }));
      rows.sort((a, b) => worseFirst(a.row.counts, b.row.counts) || a.rank - b.rank);
      const bsc = look.bsc(p);
      const bscScore = look.scores.bsc.get(p);
      return {
        period: periodRef(look.periods.get(p)!),
        rows: rows.map((r) => r.row),
        totals: sum(rows.map((r) => r.row.counts)),
        staleMetrics: (bsc?.metrics ?? [])
          .map((m) => ({ link: nodeLink(look, m.key)!, score: scoreView(bscScore!.metrics.get(m.id)!) }))
          .filter((m) => m.score.stale),
      };
    }),
    staleRule: staleRule(look.org.settings.pace.staleAfterDays),
    order: HEALTH_ORDER,
    warnings: loose.slice(0, WARNINGS_SHOWN).map((d) => healthWarning(look, d, period)),
    moreWarnings: Math.max(0, loose.length - WARNINGS_SHOWN),
    totalWarnings: loose.length + [...warningCount.values()].reduce((n, c) => n + c, 0),
  };
}

function healthRow(look: Lookup, period: string, group: string, c: HealthCounts, warnings: number | undefined): HealthRow {
  return {
    group: groupRef(look, group), counts: c,
    offTrackPercent: c.keyResults === 0 ? 0 : percent(c.offTrack / c.keyResults),
    stalePercent: c.keyResults === 0 ? 0 : percent(c.stale / c.keyResults),
    ...(warnings === undefined ? {} : { warnings }),
    href: urls.healthGroup(period, group),
  };
}

/** `HEALTH_ORDER`: negative when `a` is worse than `b`. Shares are compared exactly (a/b vs c/d by cross products). */
export function worseFirst(a: HealthCounts, b: HealthCounts): number {
  const share = (x: number, of: number, y: number, ofY: number) => y * of - x * ofY;
  return share(a.offTrack, a.keyResults || 1, b.offTrack, b.keyResults || 1)
    || share(a.stale, a.keyResults || 1, b.stale, b.keyResults || 1)
    || b.offTrack - a.offTrack || b.stale - a.stale || b.noUpdate - a.noUpdate || b.unscored - a.unscored || b.orphans - a.orphans;
}

function sum(cs: HealthCounts[]): HealthCounts {
  const total: HealthCounts = { keyResults: 0, offTrack: 0, stale: 0, noUpdate: 0, unscored: 0, orphans: 0 };
  for (const c of cs) for (const k of Object.keys(total) as (keyof HealthCounts)[]) total[k] += c[k];
  return total;
}

/** Every group health page there is: per period, per group, per page (for the routes). */
export function healthGroupPages(look: Lookup): { period: string; group: string; page: number }[] {
  return look.org.periods.flatMap((p) => groupIds(look).flatMap((group) => {
    const pages = pageCount(healthGroupLists(look, p.id, group).reduce((n, l) => n + l.items.length, 0));
    return Array.from({ length: pages }, (_, i) => ({ period: p.id, group, page: i + 1 }));
  }));
}

/** A group's lists as its pages read them, one after another: per period the KR lists and the orphans, then the warnings. */
function healthGroupLists(look: Lookup, period: string, group: string): { key: string; items: unknown[] }[] {
  const periods = shownPeriods(look, period).map((p) => groupLists(look, group, p));
  return [
    ...periods.flatMap((l) => [
      { key: `${l.period}/off-track`, items: l.offTrack },
      { key: `${l.period}/stale`, items: l.stale },
      { key: `${l.period}/no-update`, items: l.noUpdate },
      { key: `${l.period}/unscored`, items: l.unscored },
      { key: `${l.period}/orphans`, items: l.orphans },
    ]),
    { key: 'warnings', items: shownWarnings(look, periods.map((l) => l.period), group) },
  ];
}

/**
 * One page of a group's health: its KRs off track or at risk (the worst first), due an update (the oldest
 * first), without data and without a measure, its objectives aligned to nothing, then the warnings about
 * its files, read as one sequence cut into pages of `PAGE_SIZE` rows. Only the group's own sets and files
 * are read (`Lookup.groupSets`, `groupWarnings`): the cost of a page does not grow with the organisation.
 */
export function healthGroupView(look: Lookup, period: string, group: string, page = 1): HealthGroupView {
  const lists = healthGroupLists(look, period, group);
  const at = pageNumber(page, pageCount(lists.reduce((n, l) => n + l.items.length, 0)));
  const { pages, parts, starts } = paginateLists(lists, at);
  const href = (n: number) => urls.healthGroup(period, group, n);
  const periodOf = (key: string) => periodRef(look.periods.get(key.split('/')[0])!);
  const groups: HealthGroup[] = [];
  for (const part of parts) {
    if (part.key === 'warnings') continue;
    const [p, list] = part.key.split('/') as [string, HealthList];
    let g = groups.find((x) => x.period.id === p);
    if (!g) groups.push((g = { period: periodOf(part.key), lists: [] }));
    if (list === 'orphans') g.orphans = { ...part, key: list, items: (part.items as GroupLists['orphans']).map((o) => nodeLink(look, o.objective.key)!) };
    else g.lists.push({ ...part, key: list, items: (part.items as KrItem[]).map((i) => krRow(look, i.set, i.kr)) });
  }
  const warnings = parts.find((p) => p.key === 'warnings');
  return {
    period: periodRef(look.periods.get(period)!),
    group: groupRef(look, group),
    index: starts.map((s) => ({
      period: s.key === 'warnings' ? periodRef(look.periods.get(period)!) : periodOf(s.key),
      key: (s.key === 'warnings' ? 'warnings' : s.key.split('/')[1]) as HealthIndexEntry['key'],
      total: s.total,
      href: `${href(s.page)}#${anchorOf(s.key)}`,
    })),
    periods: shownPeriods(look, period).map((p) => periodRef(look.periods.get(p)!)),
    groups,
    ...(warnings ? { warnings: { ...warnings, items: (warnings.items as Diagnostic[]).map((d) => healthWarning(look, d, period)) } } : {}),
    staleRule: staleRule(look.org.settings.pace.staleAfterDays),
    pager: pager(at, pages, href),
    summaryHref: urls.health(period),
  };
}

/** The id of a list's section on a group page: `2026-off-track`, `warnings`. */
export function anchorOf(key: string): string {
  return key === 'warnings' ? 'warnings' : key.replace('/', '-');
}

function healthWarning(look: Lookup, d: Diagnostic, period: string): HealthWarning {
  const within = look.filePeriod.get(d.file) ?? period;
  return {
    file: d.file, line: d.line, rule: d.rule,
    message: { zh: readableSegments(look, d.message.zh, within, 'zh'), en: readableSegments(look, d.message.en, within, 'en') },
    href: editUrl(look.org.settings.repository, d.file, d.line) ?? look.filePages.get(d.file),
  };
}

export function staleRule(days: number): Msg {
  return msg(
    `尚未完成、最近一次更新（进展记录或里程碑完成）距今超过 ${days} 天的关键结果。手册要求每周更新。`,
    `Key results not done whose latest update (a check-in or a milestone step done) is more than ${days} days old. The handbook asks for weekly updates.`,
  );
}
