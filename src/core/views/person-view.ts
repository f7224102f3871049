import type { KeyResult, Objective, OkrSet } from '../model.ts';
import type { Msg } from '../text.ts';
import { periodRef, setSummary, type PeriodRef } from './dashboard.ts';
import { describeTarget } from './format.ts';
import { byPeriodDesc } from './kr-row.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import { OWNER_RANK, type Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';

/** Something a person answers for, in a list grouped by where it lives (so the row need not say it again). */
export interface OwnedItem {
  link: NodeLink;
  role: 'owner' | 'collaborator';
  /** The other owners: the person themself is not repeated. */
  with: PersonLink[];
  target?: Msg;
  due?: string;
  score: ScoreView;
  /** 对齐到: the KR's own alignment, else its objective's; a metric's perspective. */
  alignsTo: NodeLink[];
  /** The alignment is its objective's, not written on the KR itself. */
  viaObjective: boolean;
}

/** The OKR set (or the BSC) that holds the items, once per group. */
export interface OwnedGroup {
  key: string;
  kind: 'bsc' | OkrSet['owner']['kind'];
  title: string;
  href: string;
  score?: ScoreView;
  /** The person's own set. */
  own: boolean;
  items: OwnedItem[];
}

export interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  title?: string;
  email?: string;
  department?: { id: string; name: string; nameEn?: string; href: string };
  manager?: PersonLink;
  reports: PersonLink[];
  leads: { id: string; name: string; nameEn?: string; href: string }[];
  /** Newest period first; in each, the BSC metrics they own, their own set, then the sets they work in. */
  periods: { period: PeriodRef; groups: OwnedGroup[] }[];
  file: string;
}

/** A person from the other side of "who owns this KR?": everything they answer for, grouped by period and set. */
export function personView(look: Lookup, id: string): PersonView {
  const person = look.people.get(id)!;
  const dept = person.departmentId ? look.departments.get(person.departmentId) : undefined;
  const groups = new Map<string, OwnedGroup & { period: string; rank: number }>();
  const group = (set: OkrSet) => {
    if (!groups.has(set.key)) {
      const s = setSummary(look, set);
      const own = set.owner.kind === 'person' && set.owner.id === id;
      groups.set(set.key, { key: set.key, kind: set.owner.kind, title: s.title, href: s.href, score: s.score, own, items: [], period: set.period, rank: own ? -1 : OWNER_RANK[set.owner.kind] });
    }
    return groups.get(set.key)!;
  };
  // From the person's side (Lookup.personSets, personKrs): the page does not walk the organisation.
  for (const set of look.personSets.get(id) ?? []) group(set);
  for (const { set, objective, kr, role } of look.personKrs.get(id) ?? []) group(set).items.push(krItem(look, id, role, objective, kr));
  for (const bsc of look.org.bscs) {
    const mine = bsc.metrics.filter((m) => m.ownerIds.includes(id));
    if (mine.length === 0) continue;
    const score = look.scores.bsc.get(bsc.period)!;
    groups.set(`${bsc.period}:bsc`, {
      key: `${bsc.period}:bsc`, kind: 'bsc', title: bsc.title, href: urls.period(bsc.period), own: false, period: bsc.period, rank: -2,
      items: mine.map((m) => ({
        link: nodeLink(look, m.key)!, role: 'owner', with: others(look, m.ownerIds, id), target: describeTarget(m.measure),
        score: scoreView(score.metrics.get(m.id)!), alignsTo: [nodeLink(look, bsc.perspectives.find((p) => p.id === m.perspectiveId)!.key)!], viaObjective: false,
      })),
    });
  }
  const order = byPeriodDesc(look);
  const periods = [...new Set([...groups.values()].map((g) => g.period))].sort(order);
  return {
    id, name: person.name, aliases: person.aliases, title: person.title, email: person.email,
    department: dept && { id: dept.id, name: dept.name, nameEn: dept.nameEn, href: urls.department(dept.id) },
    manager: person.managerId ? personLink(look, person.managerId) : undefined,
    reports: (look.reports.get(id) ?? []).map((p) => personLink(look, p.id)),
    leads: look.org.departments.filter((d) => d.leadIds.includes(id)).map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, href: urls.department(d.id) })),
    periods: periods.map((p) => ({
      period: periodRef(look.periods.get(p)!),
      groups: [...groups.values()].filter((g) => g.period === p).sort((a, b) => a.rank - b.rank)
        .map(({ period: _period, rank: _rank, ...g }) => g),
    })),
    file: person.src.file,
  };
}

function krItem(look: Lookup, id: string, role: OwnedItem['role'], objective: Objective, kr: KeyResult): OwnedItem {
  const own = look.org.relations.alignsTo(kr.key);
  const alignsTo = (own.length > 0 ? own : look.org.relations.alignsTo(objective.key)).map((k) => nodeLink(look, k)).filter((l): l is NodeLink => l !== undefined);
  return {
    link: nodeLink(look, kr.key)!, role, with: others(look, kr.ownerIds, id), target: kr.measure && describeTarget(kr.measure), due: kr.due,
    score: scoreView(look.card(kr.key)!), alignsTo, viaObjective: own.length === 0 && alignsTo.length > 0,
  };
}

function others(look: Lookup, ownerIds: string[], id: string): PersonLink[] {
  return ownerIds.filter((o) => o !== id).map((o) => personLink(look, o));
}
