import type { WeeklyReport } from '../model.ts';
import { msg, type Msg } from '../text.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { groupIds, groupRef, type GroupRef } from './groups.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { pageCount, pageNumber, paginateLists, pager, type Pager, type Part } from './paging.ts';
import { reportOwner, weekLabel, type ReportOwner } from './report-view.ts';
import { addDays, isoWeekMonday } from '../week.ts';
import { urls } from './urls.ts';

/**
 * 本周周报: the week that contains asOf (within the period: a past period shows its last week, a future
 * one its first). The period's page counts by group (department) who reported, who did not, the asks
 * for support and the confidence drops; each group's page (`/<period>/week/<group>/`, in pages of
 * `PAGE_SIZE` rows) lists them. A group's page reads only its own sets and its reports of that week
 * (`Lookup.groupSets`, `weekReports`) and each reporter's own earlier reports (`setReports`).
 */

/**
 * A KR's (or metric's) confidence has dropped when this report's 信心指数 is at least this much below the
 * one the owner's previous report gave the same item (0.2 = 20 points, e.g. 0.8 → 0.6).
 */
export const CONFIDENCE_DROP = 0.2;

export const DROP_RULE = msg(
  `信心指数比负责人上一份给出该项信心的周报低 ${CONFIDENCE_DROP * 100} 个百分点或更多（例如 80% → 60%）。`,
  `Confidence at least ${CONFIDENCE_DROP * 100} points below the owner's previous report that rated the same item (e.g. 80% → 60%).`,
);

/** The week a period's 本周 pages show: its Monday and Sunday. */
export interface WeekRef {
  start: string;
  end: string;
  label: Msg;
}

export function weekOf(look: Lookup, period: string): WeekRef {
  const p = look.periods.get(period)!;
  const day = look.org.asOf < p.start ? p.start : look.org.asOf > p.end ? p.end : look.org.asOf;
  const start = isoWeekMonday(day);
  return { start, end: addDays(start, 6), label: weekLabel(start) };
}

export interface WeekCounts {
  /** Owners of the group's sets in the period (and any who reported without one). */
  owners: number;
  reported: number;
  missing: number;
  /** Asks for support: one per report and person asked. */
  asks: number;
  drops: number;
}

export interface WeekRow {
  group: GroupRef;
  counts: WeekCounts;
  href: string;
}

export interface WeekView {
  period: PeriodRef;
  week: WeekRef;
  rows: WeekRow[];
  totals: WeekCounts;
  dropRule: Msg;
  feedHref: string;
}

/** An owner who reported this week, or did not (with their latest earlier report, if any). */
export interface WeekOwner {
  owner: ReportOwner;
  setHref?: string;
  /** This week's report (reported), or the latest before it (missing). */
  report?: { date: string; href: string };
  reportsHref: string;
}

/** One ask for support: who asks whom, in which report. */
export interface WeekAsk {
  person: PersonLink;
  from: ReportOwner;
  /** The report, whose 风险同步和资源支持 the page shows. */
  reportKey: string;
  date: string;
  href: string;
}

export interface WeekDrop {
  item: NodeLink;
  owner: ReportOwner;
  /** Confidence before and now, as percentages. */
  from: number;
  to: number;
  previous: { date: string; href: string };
  href: string;
}

export type WeekList = 'missing' | 'reported' | 'asks' | 'drops';
export const WEEK_LISTS: WeekList[] = ['missing', 'reported', 'asks', 'drops'];

export interface WeekGroupView {
  period: PeriodRef;
  week: WeekRef;
  group: GroupRef;
  counts: WeekCounts;
  /** Where each list starts (its page), for the index at the top. */
  index: { key: WeekList; total: number; href: string }[];
  missing?: Part<WeekOwner>;
  reported?: Part<WeekOwner>;
  /** Asks on this page, grouped by the person asked (in order of their names). */
  asks?: Part<WeekAsk> & { byPerson: { person: PersonLink; asks: WeekAsk[] }[] };
  drops?: Part<WeekDrop>;
  dropRule: Msg;
  pager: Pager;
  summaryHref: string;
}

interface GroupWeek {
  owners: WeeklyReport['owner'][];
  reports: Map<string, WeeklyReport>;
}

/** A group's owners in a period and its reports of the week, by owner id. Bounded by the group. */
function groupWeek(look: Lookup, period: string, group: string, week: string): GroupWeek {
  const reports = new Map<string, WeeklyReport>();
  for (const r of look.weekReports.get(`${period}|${week}|${group}`) ?? []) {
    const had = reports.get(r.owner.id);
    if (!had || had.date < r.date) reports.set(r.owner.id, r);
  }
  const owners = look.groupSetsOf(group, period).map((s) => s.owner);
  const seen = new Set(owners.map((o) => o.id));
  for (const r of reports.values()) if (!seen.has(r.owner.id)) owners.push(r.owner);
  return { owners, reports };
}

function asksOf(look: Lookup, g: GroupWeek): WeekAsk[] {
  const asks: WeekAsk[] = [];
  for (const r of g.reports.values()) {
    for (const id of new Set(r.asks)) {
      asks.push({ person: personLink(look, id), from: reportOwner(look, r.owner), reportKey: r.key, date: r.date, href: urls.reportSection(r.period, r.owner.id, r.date, 'risks') });
    }
  }
  return asks.sort((a, b) => a.person.name.localeCompare(b.person.name, 'zh-CN') || (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0)
    || a.from.name.localeCompare(b.from.name, 'zh-CN'));
}

/** The items whose confidence in `r` is `CONFIDENCE_DROP` or more below the owner's previous report that rated them. */
export function confidenceDrops(look: Lookup, r: WeeklyReport): WeekDrop[] {
  const list = look.setReports.get(`${r.period}:${r.owner.id}`) ?? [];
  const earlier = list.slice(list.indexOf(r) + 1);
  const drops: WeekDrop[] = [];
  for (const { key, checkin } of r.values) {
    if (checkin.confidence === undefined) continue;
    const before = earlier.find((e) => e.values.some((v) => v.key === key && v.checkin.confidence !== undefined));
    if (!before) continue;
    const was = before.values.find((v) => v.key === key && v.checkin.confidence !== undefined)!.checkin.confidence!;
    const item = nodeLink(look, key);
    // A small epsilon: 0.8 − 0.6 is 0.19999… in floating point.
    if (!item || was - checkin.confidence < CONFIDENCE_DROP - 1e-9) continue;
    drops.push({
      item, owner: reportOwner(look, r.owner), from: Math.round(was * 100), to: Math.round(checkin.confidence * 100),
      previous: { date: before.date, href: urls.report(before.period, before.owner.id, before.date) }, href: urls.report(r.period, r.owner.id, r.date),
    });
  }
  return drops;
}

function weekLists(look: Lookup, period: string, group: string, week: string) {
  const g = groupWeek(look, period, group, week);
  const owner = (o: WeeklyReport['owner'], r: WeeklyReport | undefined): WeekOwner => ({
    owner: reportOwner(look, o),
    ...(look.sets.has(`${period}:${o.id}`) && { setHref: urls.set(period, o.id) }),
    ...(r && { report: { date: r.date, href: urls.report(r.period, r.owner.id, r.date) } }),
    reportsHref: urls.reports(period, o.id),
  });
  const missing = g.owners.filter((o) => !g.reports.has(o.id));
  const reported = g.owners.filter((o) => g.reports.has(o.id));
  return {
    missing: missing.map((o) => owner(o, (look.setReports.get(`${period}:${o.id}`) ?? []).find((r) => r.week < week))),
    reported: reported.map((o) => owner(o, g.reports.get(o.id))),
    asks: asksOf(look, g),
    drops: reported.flatMap((o) => confidenceDrops(look, g.reports.get(o.id)!)),
  };
}

function countsOf(l: ReturnType<typeof weekLists>): WeekCounts {
  return { owners: l.missing.length + l.reported.length, reported: l.reported.length, missing: l.missing.length, asks: l.asks.length, drops: l.drops.length };
}

/** The period's 本周 page: a row of counts per group. */
export function weekView(look: Lookup, period: string): WeekView {
  const week = weekOf(look, period);
  const rows = groupIds(look).map((g) => ({ group: groupRef(look, g), counts: countsOf(weekLists(look, period, g, week.start)), href: urls.weekGroup(period, g) }));
  const totals: WeekCounts = { owners: 0, reported: 0, missing: 0, asks: 0, drops: 0 };
  for (const r of rows) for (const k of Object.keys(totals) as (keyof WeekCounts)[]) totals[k] += r.counts[k];
  return { period: periodRef(look.periods.get(period)!), week, rows: rows.filter((r) => r.counts.owners > 0), totals, dropRule: DROP_RULE, feedHref: urls.periodFeed(period) };
}

function listsInOrder(l: ReturnType<typeof weekLists>): { key: WeekList; items: unknown[] }[] {
  return WEEK_LISTS.map((key) => ({ key, items: l[key] }));
}

/** One page of a group's week: who did not report, who did, the asks by person asked, the drops. */
export function weekGroupView(look: Lookup, period: string, group: string, page = 1): WeekGroupView {
  const week = weekOf(look, period);
  const l = weekLists(look, period, group, week.start);
  const lists = listsInOrder(l);
  const at = pageNumber(page, pageCount(lists.reduce((n, x) => n + x.items.length, 0)));
  const { pages, parts, starts } = paginateLists(lists, at);
  const href = (n: number) => urls.weekGroup(period, group, n);
  const part = <T>(key: WeekList) => parts.find((p) => p.key === key) as Part<T> | undefined;
  const asks = part<WeekAsk>('asks');
  const byPerson: { person: PersonLink; asks: WeekAsk[] }[] = [];
  for (const a of asks?.items ?? []) {
    const last = byPerson[byPerson.length - 1];
    if (last && last.person.id === a.person.id) last.asks.push(a);
    else byPerson.push({ person: a.person, asks: [a] });
  }
  const missing = part<WeekOwner>('missing');
  const reported = part<WeekOwner>('reported');
  const drops = part<WeekDrop>('drops');
  return {
    period: periodRef(look.periods.get(period)!), week, group: groupRef(look, group), counts: countsOf(l),
    index: starts.map((s) => ({ key: s.key as WeekList, total: s.total, href: `${href(s.page)}#${s.key}` })),
    ...(missing && { missing }), ...(reported && { reported }), ...(asks && { asks: { ...asks, byPerson } }), ...(drops && { drops }),
    dropRule: DROP_RULE, pager: pager(at, pages, href), summaryHref: urls.week(period),
  };
}

/** Every group's 本周 page there is: per period, per group with owners, per page. */
export function weekGroupPages(look: Lookup): { period: string; group: string; page: number }[] {
  return look.org.periods.flatMap((p) => {
    const week = weekOf(look, p.id).start;
    return groupIds(look).flatMap((group) => {
      const l = weekLists(look, p.id, group, week);
      const n = l.missing.length + l.reported.length + l.asks.length + l.drops.length;
      if (l.missing.length + l.reported.length === 0) return [];
      return Array.from({ length: pageCount(n) }, (_, i) => ({ period: p.id, group, page: i + 1 }));
    });
  });
}
