import type { KeyResult, Objective, OkrSet } from '../model.ts';
import { describeTarget } from './format.ts';
import { nodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { bscRecords } from './search-bsc-records.ts';
import { krShare, ownedRank } from './search-owned.ts';
import { personKeys, personPinyin } from './search-pinyin.ts';
import {
  checkinText, measureText, meta, names, peopleText, personText, plainMarkdown, statusFilter, text, unique,
  type DraftRecord, type SearchRecord,
} from './search-record-parts.ts';
import { anchors, urls } from './urls.ts';

export { OWNED_BY, SEARCH_FILTERS, SEARCH_TYPE_LABELS, plainMarkdown } from './search-record-parts.ts';
export type { SearchFilter, SearchMeta, SearchRecord, SearchType } from './search-record-parts.ts';

/**
 * Every KR, objective, OKR set, BSC metric, guard indicator, perspective, hedge rule, person and
 * department as a search record, in content order.
 */
export function searchRecords(look: Lookup): SearchRecord[] {
  const out: DraftRecord[] = [];
  for (const set of look.org.sets) {
    out.push(setRecord(look, set));
    for (const objective of set.objectives) {
      out.push(objectiveRecord(look, set, objective));
      for (const kr of objective.keyResults) out.push(krRecord(look, set, objective, kr));
    }
  }
  for (const bsc of look.org.bscs) out.push(...bscRecords(look, bsc));
  for (const p of look.org.people) {
    const dept = p.departmentId ? look.departments.get(p.departmentId) : undefined;
    const manager = p.managerId ? look.people.get(p.managerId) : undefined;
    const leads = look.org.departments.filter((d) => d.leadIds.includes(p.id)).map((d) => d.name);
    const m = meta({ title: p.name, type: 'person', department: dept?.name });
    if (p.title) m.role = p.title;
    if (leads.length) m.leads = leads.join('、');
    out.push({
      url: urls.person(p.id),
      // The pinyin last: a snippet of the name's own record shows the name, title and department first.
      content: text(personText(p), p.title, dept?.name, ...leads, manager?.name, personPinyin(p).join(' ')),
      meta: { ...m, personId: p.id, keys: personKeys(p).join('|') },
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
  return out.map(({ owned, ...r }, i) => ({
    ...r,
    language: 'zh-cn',
    // Pagefind wants no empty filter lists.
    filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v.length > 0)),
    sort: { order: String(i).padStart(width, '0'), ...(owned && r.filters.ownedBy?.length ? { owned: ownedRank(owned.group, owned.share, i) } : {}) },
  }));
}

function setRecord(look: Lookup, set: OkrSet): DraftRecord {
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
    filters: {
      type: ['set'], department: setDepartment(look, set), owner: names(look, owners), period: [period.name], ...statusFilter(card),
      // The company's set is everyone's: its KRs' owners own those KRs, not the set.
      ownedBy: set.owner.kind === 'company' ? [] : owners,
    },
    owned: { group: 'set', share: 0 },
  };
}

function objectiveRecord(look: Lookup, set: OkrSet, o: Objective): DraftRecord {
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

function krRecord(look: Lookup, set: OkrSet, o: Objective, kr: KeyResult): DraftRecord {
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
      type: ['kr'], department: setDepartment(look, set), owner: names(look, [...kr.ownerIds, ...kr.collaboratorIds]), period: [period.name],
      ...statusFilter(card), ownedBy: kr.ownerIds,
    },
    owned: { group: 'kr', share: krShare(set, o, kr) },
  };
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
