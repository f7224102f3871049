import type { Checkin } from '../schemas/checkin.ts';
import type { Measure } from '../schemas/measure.ts';
import type { ScoreCard } from '../scoring/card.ts';
import type { Status } from '../scoring/pace.ts';
import type { KeyResult, Objective, OkrSet, Person } from '../model.ts';
import { msg, type Msg } from '../text.ts';
import { STATUS_LABELS } from './status.ts';
import { describeTarget } from './format.ts';
import { nodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView } from './score-view.ts';
import { anchors, urls } from './urls.ts';

/** What a search result is; the `type` filter takes these codes. */
export type SearchType = 'kr' | 'objective' | 'metric' | 'set' | 'person' | 'department';

export const SEARCH_TYPE_LABELS: Record<SearchType, Msg> = {
  kr: msg('关键结果', 'Key result'),
  objective: msg('目标', 'Objective'),
  metric: msg('BSC 指标', 'BSC metric'),
  set: msg('OKR 集', 'OKR set'),
  person: msg('人员', 'Person'),
  department: msg('部门', 'Department'),
};

/** The filters every record may carry: type and status are codes, the others names as written. */
export const SEARCH_FILTERS = ['type', 'department', 'owner', 'status', 'period'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

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
  filters: Partial<Record<SearchFilter, string[]>>;
  /** `order`: content order, for lists by filter alone. */
  sort: { order: string };
}

/** Every KR, objective, OKR set, BSC metric, person and department as a search record, in content order. */
export function searchRecords(look: Lookup): SearchRecord[] {
  const out: Omit<SearchRecord, 'sort' | 'language'>[] = [];
  for (const set of look.org.sets) {
    out.push(setRecord(look, set));
    for (const objective of set.objectives) {
      out.push(objectiveRecord(look, set, objective));
      for (const kr of objective.keyResults) out.push(krRecord(look, set, objective, kr));
    }
  }
  for (const bsc of look.org.bscs) {
    const scores = look.scores.bsc.get(bsc.period);
    const period = look.periods.get(bsc.period)!;
    for (const m of bsc.metrics) {
      const perspective = bsc.perspectives.find((p) => p.id === m.perspectiveId);
      out.push({
        url: urls.metric(bsc.period, m.id),
        content: text(
          m.name, m.nameEn, perspective?.name, m.definition, m.formula, peopleText(look, m.ownerIds),
          describeTarget(m.measure).zh, measureText(m.measure), m.rationale, m.change?.replaces, checkinText(look, m.checkins), bsc.title,
        ),
        meta: meta({
          title: m.name, type: 'metric', owners: names(look, m.ownerIds), set: `BSC · ${period.name}`, period: period.name,
          card: scores?.metrics.get(m.id),
        }),
        filters: {
          type: ['metric'], department: departmentsOf(look, m.ownerIds), owner: names(look, m.ownerIds), period: [period.name],
          ...statusFilter(scores?.metrics.get(m.id)),
        },
      });
    }
  }
  for (const p of look.org.people) {
    const dept = p.departmentId ? look.departments.get(p.departmentId) : undefined;
    const manager = p.managerId ? look.people.get(p.managerId) : undefined;
    const leads = look.org.departments.filter((d) => d.leadIds.includes(p.id)).map((d) => d.name);
    out.push({
      url: urls.person(p.id),
      content: text(personText(p), p.title, dept?.name, ...leads, manager?.name),
      meta: meta({ title: p.name, type: 'person', department: dept?.name }),
      filters: { type: ['person'], department: unique([dept?.name, ...leads]), owner: [p.name] },
    });
  }
  for (const d of look.org.departments) {
    out.push({
      url: urls.department(d.id),
      content: text(d.name, d.nameEn, d.mission, peopleText(look, d.leadIds)),
      meta: meta({ title: d.name, type: 'department', owners: names(look, d.leadIds) }),
      filters: { type: ['department'], department: [d.name], owner: names(look, d.leadIds) },
    });
  }
  const width = String(out.length).length;
  return out.map((r, i) => ({
    ...r,
    language: 'zh-cn',
    // Pagefind wants no empty filter lists.
    filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v.length > 0)),
    sort: { order: String(i).padStart(width, '0') },
  }));
}

function setRecord(look: Lookup, set: OkrSet): Omit<SearchRecord, 'sort' | 'language'> {
  const period = look.periods.get(set.period)!;
  const ownerName = look.ownerName(set.owner);
  const owners = setOwners(look, set);
  const bsc = [set.period, ...period.ancestors].map((p) => look.bsc(p)).find(Boolean);
  const perspectives = set.perspectiveIds.map((id) => bsc?.perspectives.find((p) => p.id === id)?.name ?? id);
  const card = look.card(set.key);
  return {
    url: urls.set(set.period, set.owner.id),
    content: text(set.title, ownerName, ownerAliases(look, set), period.name, ...perspectives, peopleText(look, owners), plainMarkdown(set.body)),
    meta: meta({ title: set.title ?? `${ownerName} ${period.name} OKR`, type: 'set', owners: names(look, owners), set: `${ownerName} · ${period.name}`, period: period.name, card }),
    filters: { type: ['set'], department: setDepartment(look, set), owner: names(look, owners), period: [period.name], ...statusFilter(card) },
  };
}

function objectiveRecord(look: Lookup, set: OkrSet, o: Objective): Omit<SearchRecord, 'sort' | 'language'> {
  const period = look.periods.get(set.period)!;
  const ownerName = look.ownerName(set.owner);
  const owners = unique(o.keyResults.flatMap((kr) => kr.ownerIds));
  const collaborators = unique(o.keyResults.flatMap((kr) => kr.collaboratorIds)).filter((id) => !owners.includes(id));
  const card = look.card(o.key);
  return {
    url: `${urls.set(set.period, set.owner.id)}#${anchors.objective(o.id)}`,
    content: text(o.title, o.description, ownerName, ownerAliases(look, set), peopleText(look, [...owners, ...collaborators])),
    meta: meta({
      title: nodeLink(look, o.key)!.label, type: 'objective', owners: names(look, owners), collaborators: names(look, collaborators),
      set: `${ownerName} · ${period.name}`, period: period.name, card,
    }),
    filters: {
      type: ['objective'], department: setDepartment(look, set), owner: names(look, [...owners, ...collaborators]), period: [period.name], ...statusFilter(card),
    },
  };
}

function krRecord(look: Lookup, set: OkrSet, o: Objective, kr: KeyResult): Omit<SearchRecord, 'sort' | 'language'> {
  const period = look.periods.get(set.period)!;
  const ownerName = look.ownerName(set.owner);
  const card = look.card(kr.key);
  return {
    url: `${urls.set(set.period, set.owner.id)}#${anchors.kr(o.id, kr.id)}`,
    content: text(
      kr.title, peopleText(look, kr.ownerIds), peopleText(look, kr.collaboratorIds), ownerName, ownerAliases(look, set),
      kr.measure && describeTarget(kr.measure).zh, measureText(kr.measure), kr.actions, kr.selfAssessment?.note, checkinText(look, kr.checkins),
    ),
    meta: meta({
      title: nodeLink(look, kr.key)!.label, type: 'kr', owners: names(look, kr.ownerIds), collaborators: names(look, kr.collaboratorIds),
      set: `${ownerName} · ${period.name}`, period: period.name, card,
    }),
    filters: {
      type: ['kr'], department: setDepartment(look, set), owner: names(look, [...kr.ownerIds, ...kr.collaboratorIds]), period: [period.name], ...statusFilter(card),
    },
  };
}

function meta(m: { title: string; type: SearchType; owners?: string[]; collaborators?: string[]; set?: string; department?: string; period?: string; card?: ScoreCard }): SearchMeta {
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
function statusFilter(card: ScoreCard | undefined): { status?: string[] } {
  return card ? { status: card.stale ? [card.status, 'stale'] : [card.status] } : {};
}

/** The department a set belongs to: its owner, or for a personal set the person's department. */
function setDepartment(look: Lookup, set: OkrSet): string[] {
  if (set.owner.kind === 'company') return [];
  if (set.owner.kind === 'department') return unique([look.departments.get(set.owner.id)?.name]);
  const person = look.people.get(set.owner.id);
  return unique([person?.departmentId ? look.departments.get(person.departmentId)?.name : undefined]);
}

/** Who answers for a set: a department's leads, the person, or for the company its KRs' owners. */
function setOwners(look: Lookup, set: OkrSet): string[] {
  if (set.owner.kind === 'company') return [...new Set(set.objectives.flatMap((o) => o.keyResults.flatMap((kr) => kr.ownerIds)))];
  return set.owner.kind === 'department' ? (look.departments.get(set.owner.id)?.leadIds ?? []) : [set.owner.id];
}

function ownerAliases(look: Lookup, set: OkrSet): string | undefined {
  if (set.owner.kind === 'company') return look.org.settings.companyEn;
  return set.owner.kind === 'person' ? look.people.get(set.owner.id)?.aliases.join(' ') : look.departments.get(set.owner.id)?.nameEn;
}

function departmentsOf(look: Lookup, personIds: string[]): string[] {
  return unique(personIds.map((id) => look.people.get(id)?.departmentId).map((d) => (d ? look.departments.get(d)?.name : undefined)));
}

function names(look: Lookup, ids: string[]): string[] {
  return unique(ids.map((id) => look.people.get(id)?.name ?? id));
}

/** Names and aliases, so 姚涣's KRs are found by Aaron too. */
function personText(p: Person): string {
  return unique([p.name, ...p.aliases]).join(' ');
}

function peopleText(look: Lookup, ids: string[]): string {
  return unique(ids).map((id) => look.people.get(id)).filter((p): p is Person => p !== undefined).map(personText).join(' ');
}

/** The milestones' titles; other targets are in describeTarget. */
function measureText(m: Measure | undefined): string | undefined {
  return m?.type === 'milestone' ? m.steps.map((s) => s.title).join(' · ') : undefined;
}

/** Check-ins as pages show them: only those up to the as-of date; what happened, risks and next steps. */
function checkinText(look: Lookup, checkins: Checkin[]): string {
  return checkins.filter((c) => c.date <= look.org.asOf).flatMap((c) => [c.note, c.risks, c.next]).filter(Boolean).join(' · ');
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

function text(...parts: (string | undefined)[]): string {
  return unique(parts.map((p) => p?.trim())).join(' · ');
}

function unique<T>(xs: (T | undefined | null | '')[]): T[] {
  return [...new Set(xs.filter((x): x is T => x !== undefined && x !== null && x !== ''))];
}
