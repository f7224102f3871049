// The shape of a search record and the pieces every kind of record is made of.
import type { Checkin } from '../schemas/checkin.ts';
import type { Measure } from '../schemas/measure.ts';
import type { ScoreCard } from '../scoring/card.ts';
import type { Status } from '../scoring/pace.ts';
import type { Person } from '../model.ts';
import { msg, type Msg } from '../text.ts';
import { STATUS_LABELS } from './status.ts';
import type { Lookup } from './lookup.ts';
import { scoreView } from './score-view.ts';
import type { OwnedGroup } from './search-owned.ts';

/** What a search result is; the `type` filter takes these codes. */
export type SearchType = 'kr' | 'objective' | 'metric' | 'guard' | 'hedge' | 'perspective' | 'set' | 'person' | 'department';

/** In the order the type filter lists them. */
export const SEARCH_TYPE_LABELS: Record<SearchType, Msg> = {
  kr: msg('关键结果', 'Key result'),
  objective: msg('目标', 'Objective'),
  metric: msg('BSC 指标', 'BSC metric'),
  guard: msg('底线指标', 'Guard indicator'),
  hedge: msg('对冲规则', 'Hedge rule'),
  perspective: msg('BSC 维度', 'BSC perspective'),
  set: msg('OKR 集', 'OKR set'),
  person: msg('人员', 'Person'),
  department: msg('部门', 'Department'),
};

/** The filters a reader chooses from: type and status are codes, the others names as written. */
export const SEARCH_FILTERS = ['type', 'department', 'owner', 'status', 'period'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
/**
 * `ownedBy`: the ids of the people who own a record (not its collaborators). The search page lists a
 * person's things with it, sorted by `owned` (search-owned.ts); it is not one of the page's filters.
 */
export const OWNED_BY = 'ownedBy';

/**
 * What a result shows without opening the page (Pagefind meta: strings only; absent when empty).
 * Labels come in Chinese and English so the English search page needs no second index.
 */
export interface SearchMeta {
  title: string;
  type: SearchType;
  typeLabel: string;
  typeLabelEn: string;
  /** Owners' names, joined with 、. */
  owners?: string;
  collaborators?: string;
  /** Where it lives: 服务与交付部 · 2026 年度. */
  set?: string;
  /** A person's department. */
  department?: string;
  /** A person's title (职务). */
  role?: string;
  /** The departments a person leads, joined with 、. */
  leads?: string;
  /** A person's id, the value of their records' `ownedBy` filter. */
  personId?: string;
  /** What a query must equal (`matchKey`) to put this person first: name, aliases, pinyin; joined with |. */
  keys?: string;
  period?: string;
  status?: Status;
  statusIcon?: string;
  statusLabel?: string;
  statusLabelEn?: string;
  /** 0.875, or — when it cannot be computed or has no data yet. */
  score?: string;
  /** 待更新: "最近更新 2026-10-31，已 20 天", in both languages. */
  stale?: string;
  staleEn?: string;
}

/** One Pagefind custom record (`index.addCustomRecord`). */
export interface SearchRecord {
  /** The Chinese permalink; the English page prefixes it with /en. */
  url: string;
  /** The text to index: content only, no UI words. */
  content: string;
  language: 'zh-cn';
  meta: SearchMeta;
  filters: Partial<Record<SearchFilter | typeof OWNED_BY, string[]>>;
  /** `order`: content order, for lists by filter alone; `owned`: rank among a person's things (`ownedRank`). */
  sort: { order: string; owned?: string };
}

/** A record before its place in the index is known; `owned`: what ranks it among its owners' things. */
export type DraftRecord = Omit<SearchRecord, 'sort' | 'language'> & { owned?: { group: OwnedGroup; share: number } };

export function meta(m: {
  title: string; type: SearchType; owners?: string[]; collaborators?: string[]; set?: string; department?: string; period?: string; card?: ScoreCard;
}): SearchMeta {
  const out: SearchMeta = { title: m.title, type: m.type, typeLabel: SEARCH_TYPE_LABELS[m.type].zh, typeLabelEn: SEARCH_TYPE_LABELS[m.type].en };
  if (m.owners?.length) out.owners = m.owners.join('、');
  if (m.collaborators?.length) out.collaborators = m.collaborators.join('、');
  if (m.set) out.set = m.set;
  if (m.department) out.department = m.department;
  if (m.period) out.period = m.period;
  if (m.card) {
    const label = STATUS_LABELS[m.card.status];
    const view = scoreView(m.card);
    Object.assign(out, { status: m.card.status, statusIcon: label.icon, statusLabel: label.zh, statusLabelEn: label.en, score: view.text });
    if (view.stale) Object.assign(out, { stale: view.stale.text.zh, staleEn: view.stale.text.en });
  }
  return out;
}

/** The status, and 待更新 (`stale`) as an extra value on stale records, so the filter finds them too. */
export function statusFilter(card: ScoreCard | undefined): { status?: string[] } {
  return card ? { status: card.stale ? [card.status, 'stale'] : [card.status] } : {};
}

export function departmentsOf(look: Lookup, personIds: string[]): string[] {
  return unique(personIds.map((id) => look.people.get(id)?.departmentId).map((d) => (d ? look.departments.get(d)?.name : undefined)));
}

export function names(look: Lookup, ids: string[]): string[] {
  return unique(ids.map((id) => look.people.get(id)?.name ?? id));
}

/** Names and aliases, so 姚涣's KRs are found by Aaron too. */
export function personText(p: Person): string {
  return unique([p.name, ...p.aliases]).join(' ');
}

export function peopleText(look: Lookup, ids: string[]): string {
  return unique(ids).map((id) => look.people.get(id)).filter((p): p is Person => p !== undefined).map(personText).join(' ');
}

/** The milestones' titles; other targets are in describeTarget. */
export function measureText(m: Measure | undefined): string | undefined {
  return m?.type === 'milestone' ? m.steps.map((s) => s.title).join(' · ') : undefined;
}

/**
 * How many of an item's latest check-ins its search record carries: a year of weekly reports is ~50 check-ins a
 * KR, and all their notes would make the index grow with the weeks (4× the words at 1,000 people). Older notes
 * are on the KR's history table and the owner's reports page.
 */
export const SEARCH_CHECKINS = 4;

/** The latest check-ins up to the as-of date (`SEARCH_CHECKINS`), as pages show them: what happened, risks and next steps. */
export function checkinText(look: Lookup, checkins: Checkin[]): string {
  const shown = checkins.filter((c) => c.date <= look.org.asOf).sort((a, b) => a.date.localeCompare(b.date)).slice(-SEARCH_CHECKINS);
  return shown.flatMap((c) => [c.note, c.risks, c.next]).filter(Boolean).join(' · ');
}

/** Markdown/MDX prose as plain text: no tags, link targets, emphasis or table bars. */
export function plainMarkdown(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, ' ')
    .replace(/^\s*:?-{3,}:?\s*$/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function text(...parts: (string | undefined)[]): string {
  return unique(parts.map((p) => p?.trim())).join(' · ');
}

export function unique<T>(xs: (T | undefined | null | '')[]): T[] {
  return [...new Set(xs.filter((x): x is T => x !== undefined && x !== null && x !== ''))];
}
