import { setSummary, periodRef, type PeriodRef, type SetSummary } from './dashboard.ts';
import { byPeriodDesc, krRow, type KrRow } from './kr-row.ts';
import { eachKeyResult } from '../walk.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';

export interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  title?: string;
  email?: string;
  department?: { id: string; name: string; href: string };
  manager?: PersonLink;
  reports: PersonLink[];
  leads: { id: string; name: string; href: string }[];
  /** Grouped by period, newest first: what they own or co-own, with status. */
  periods: {
    period: PeriodRef;
    ownSet?: SetSummary;
    owned: KrRow[];
    coOwned: KrRow[];
    metrics: { link: NodeLink; score: ScoreView }[];
  }[];
  file: string;
}

/** A person from the other side of "who owns this KR?": everything they answer for, across periods. */
export function personView(look: Lookup, id: string): PersonView {
  const person = look.people.get(id)!;
  const dept = person.departmentId ? look.departments.get(person.departmentId) : undefined;
  const byPeriod = new Map<string, PersonView['periods'][number]>();
  const bucket = (period: string) => {
    if (!byPeriod.has(period)) byPeriod.set(period, { period: periodRef(look.periods.get(period)!), owned: [], coOwned: [], metrics: [] });
    return byPeriod.get(period)!;
  };
  for (const set of look.org.sets) {
    if (set.owner.kind === 'person' && set.owner.id === id) bucket(set.period).ownSet = setSummary(look, set);
  }
  for (const { set, kr } of eachKeyResult(look.org)) {
    if (kr.ownerIds.includes(id)) bucket(set.period).owned.push(krRow(look, set, kr));
    else if (kr.collaboratorIds.includes(id)) bucket(set.period).coOwned.push(krRow(look, set, kr));
  }
  for (const bsc of look.org.bscs) {
    for (const m of bsc.metrics) {
      if (!m.ownerIds.includes(id)) continue;
      bucket(bsc.period).metrics.push({ link: nodeLink(look, m.key)!, score: scoreView(look.scores.bsc.get(bsc.period)!.metrics.get(m.id)!) });
    }
  }
  const order = byPeriodDesc(look);
  return {
    id, name: person.name, aliases: person.aliases, title: person.title, email: person.email,
    department: dept && { id: dept.id, name: dept.name, href: urls.department(dept.id) },
    manager: person.managerId ? personLink(look, person.managerId) : undefined,
    reports: look.org.people.filter((p) => p.managerId === id).map((p) => personLink(look, p.id)),
    leads: look.org.departments.filter((d) => d.leadIds.includes(id)).map((d) => ({ id: d.id, name: d.name, href: urls.department(d.id) })),
    periods: [...byPeriod.values()].sort((a, b) => order(a.period.id, b.period.id)),
    file: person.src.file,
  };
}
