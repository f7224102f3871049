import type { Measure } from '../schemas/measure.ts';
import type { OkrSet, ReportSections, WeeklyReport } from '../model.ts';
import { msg, type Msg } from '../text.ts';
import { isoWeek } from '../week.ts';
import { periodRef, unitOf, type PeriodRef } from './dashboard.ts';
import { percent, withUnit } from './format.ts';
import { nodeLink, ownerHref, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { urls } from './urls.ts';

/**
 * A set's weekly reports, newest first, on one page (`/<period>/<owner>/reports/`): an owner writes one a
 * week, so the page is bounded by the weeks of the period (≤ 53), not by the organisation. Each report is an
 * anchor on it (`…/reports/#<date>`, `urls.report`) rather than a page of its own: a page per report would be
 * ~100,000 pages for a year of 1,000 people. It reads the owner's own reports only (`Lookup.setReports`).
 */

/** The three sections of a report, in the order 003 writes them. */
export type SectionKey = keyof ReportSections;
export const SECTION_KEYS: SectionKey[] = ['progress', 'risks', 'next'];

/** One value a report gave: the KR or metric by name, linked; the value (or progress) and the confidence. */
export interface ReportValueRow {
  key: string;
  link: NodeLink;
  /** 12 万元, or 60% for a manual measure's progress; absent when the report gave no number (milestones). */
  value?: string;
  /** 信心指数 as a percentage, 0–100; absent when not given. */
  confidence?: number;
  note?: string;
}

export interface ReportOwner {
  kind: OkrSet['owner']['kind'];
  id: string;
  name: string;
  nameEn?: string;
  href: string;
}

/** A report as its entry in a list and its own page show it. Sections are rendered by the site (sanitised once per build). */
export interface ReportEntry {
  key: string;
  period: string;
  owner: ReportOwner;
  date: string;
  /** Monday of its ISO week. */
  week: string;
  /** 2026 年第 10 周 / 2026 W10. */
  weekLabel: Msg;
  author?: PersonLink;
  /** The sections written, in `SECTION_KEYS` order. */
  sections: SectionKey[];
  values: ReportValueRow[];
  /** Whom 风险同步和资源支持 asks for support, by name. */
  asks: PersonLink[];
  sample: boolean;
  href: string;
  file: string;
}

export function reportOwner(look: Lookup, owner: WeeklyReport['owner']): ReportOwner {
  const [name, nameEn] = [look.ownerName(owner), look.ownerName(owner, 'en')];
  return { kind: owner.kind, id: owner.id, name, ...(nameEn !== name && { nameEn }), href: ownerHref(owner) };
}

export function weekLabel(date: string): Msg {
  const { year, week } = isoWeek(date);
  return msg(`${year} 年第 ${week} 周`, `${year} W${String(week).padStart(2, '0')}`);
}

function valueText(measure: Measure | undefined, c: { value?: number; progress?: number }): string | undefined {
  if (c.value !== undefined) return withUnit(c.value, unitOf(measure));
  if (c.progress !== undefined) return `${percent(c.progress)}%`;
  return undefined;
}

export function reportEntry(look: Lookup, r: WeeklyReport): ReportEntry {
  return {
    key: r.key, period: r.period, owner: reportOwner(look, r.owner), date: r.date, week: r.week, weekLabel: weekLabel(r.date),
    ...(r.authorId && { author: personLink(look, r.authorId) }),
    sections: SECTION_KEYS.filter((k) => r.sections[k]?.trim()),
    // Only what the site shows: a value whose KR the page cannot link (none in a checked build) is left out, never shown as a ref.
    values: r.values.filter(({ key }) => look.nodes.has(key)).map(({ key, checkin }) => {
      const node = look.nodes.get(key);
      const measure = node && 'measure' in node.item ? (node.item.measure as Measure | undefined) : undefined;
      const value = valueText(measure, checkin);
      const link = nodeLink(look, key)!;
      return {
        key, link, ...(value !== undefined && { value }),
        ...(checkin.confidence !== undefined && { confidence: percent(checkin.confidence) }),
        ...(checkin.note && { note: checkin.note }),
      };
    }),
    asks: [...new Set(r.asks)].map((id) => personLink(look, id)),
    sample: r.sample, href: urls.report(r.period, r.owner.id, r.date), file: r.src.file,
  };
}

/** A set's reports page: all its reports, newest first. */
export interface SetReportsView {
  period: PeriodRef;
  owner: ReportOwner;
  /** The OKR set's page, when the owner has a set in the period. */
  setHref?: string;
  entries: ReportEntry[];
  total: number;
  feedHref: string;
  sample: boolean;
}

function ownerOf(look: Lookup, period: string, owner: string): WeeklyReport['owner'] {
  const set = look.sets.get(`${period}:${owner}`);
  if (set) return set.owner;
  return look.setReports.get(`${period}:${owner}`)?.[0]?.owner ?? { kind: 'person', id: owner };
}

export function setReportsView(look: Lookup, period: string, owner: string): SetReportsView {
  const all = look.setReports.get(`${period}:${owner}`) ?? [];
  const entries = all.map((r) => reportEntry(look, r));
  return {
    period: periodRef(look.periods.get(period)!), owner: reportOwner(look, ownerOf(look, period, owner)),
    ...(look.sets.has(`${period}:${owner}`) && { setHref: urls.set(period, owner) }),
    entries, total: all.length, feedHref: urls.reportsFeed(period, owner), sample: entries.some((e) => e.sample),
  };
}

/** What a set page says of its reports: how many, the latest, and where they all are. */
export interface SetReportsLink {
  total: number;
  latest?: { date: string; weekLabel: Msg; href: string };
  href: string;
  feedHref: string;
}

export function setReportsLink(look: Lookup, period: string, owner: string): SetReportsLink {
  const all = look.setReports.get(`${period}:${owner}`) ?? [];
  const latest = all[0];
  return {
    total: all.length, href: urls.reports(period, owner), feedHref: urls.reportsFeed(period, owner),
    ...(latest && { latest: { date: latest.date, weekLabel: weekLabel(latest.date), href: urls.report(period, owner, latest.date) } }),
  };
}

/** Every set's reports page there is: one for every set, and for every owner who reported without one. */
export function setReportsRoutes(look: Lookup): { period: string; owner: string }[] {
  const keys = new Map<string, { period: string; owner: string }>();
  for (const s of look.sets.values()) keys.set(s.key, { period: s.period, owner: s.owner.id });
  for (const [key, list] of look.setReports) if (!keys.has(key)) keys.set(key, { period: list[0].period, owner: list[0].owner.id });
  return [...keys.values()];
}

/** A person's own weekly reports: per period of their personal sets (and of reports without a set), the latest and all. */
export function personReports(look: Lookup, personId: string): (SetReportsLink & { period: PeriodRef })[] {
  const periods = new Set((look.personSets.get(personId) ?? []).map((s) => s.period));
  for (const p of look.periods.keys()) if (look.setReports.has(`${p}:${personId}`)) periods.add(p);
  return [...periods]
    .map((p) => ({ period: periodRef(look.periods.get(p)!), ...setReportsLink(look, p, personId) }))
    .filter((x) => x.total > 0)
    .sort((a, b) => b.period.start.localeCompare(a.period.start) || a.period.end.localeCompare(b.period.end));
}
