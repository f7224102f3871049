import type { Bsc, Department, Guard, KeyResult, Metric, Objective, OkrSet, Organisation, Period, Perspective, Person } from '../model.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { NameIndex } from '../name-index.ts';
import { currentPeriodOf, periodsAt } from '../periods.ts';
import { publicView } from '../public-view.ts';
import { scoreOrganisation, type Scores } from '../scoring/index.ts';

export type Node =
  | { kind: 'metric'; bsc: Bsc; item: Metric }
  | { kind: 'perspective'; bsc: Bsc; item: Perspective }
  | { kind: 'guard'; bsc: Bsc; item: Guard }
  | { kind: 'objective'; set: OkrSet; item: Objective }
  | { kind: 'kr'; set: OkrSet; objective: Objective; item: KeyResult };

/** Owners in the order pages list them: the company, then departments, then people. */
export const OWNER_RANK: Record<OkrSet['owner']['kind'], number> = { company: 0, department: 1, person: 2 };

/** The organisation indexed once, so every view model finds things by id or key in one step. */
export class Lookup {
  readonly org: Organisation;
  readonly scores: Scores;
  readonly people = new Map<string, Person>();
  readonly departments = new Map<string, Department>();
  readonly periods = new Map<string, Period>();
  readonly sets = new Map<string, OkrSet>();
  readonly nodes = new Map<string, Node>();
  /** People by department id, and by manager id: a department or person page lists its own people without walking everyone. */
  readonly members = new Map<string, Person[]>();
  readonly reports = new Map<string, Person[]>();
  /** The check's warnings (a site is only built without errors), for the health pages. */
  readonly warnings: Diagnostic[];
  /** People by id, name or alias, as the check resolves them (for @提及 links). */
  readonly names = new NameIndex();
  /** The period the home page shows: `settings.currentPeriod`, else the longest period containing asOf. */
  readonly currentPeriod: string;
  /** Every period whose dates contain asOf, longest first (the year, then its quarter). */
  readonly currentPeriods: string[];

  constructor(org: Organisation, scores: Scores, warnings: Diagnostic[] = []) {
    this.org = org;
    this.scores = scores;
    this.warnings = warnings;
    for (const p of org.people) {
      this.people.set(p.id, p);
      this.names.add(p);
      if (p.departmentId) push(this.members, p.departmentId, p);
      if (p.managerId) push(this.reports, p.managerId, p);
    }
    for (const d of org.departments) this.departments.set(d.id, d);
    for (const p of org.periods) this.periods.set(p.id, p);
    this.currentPeriod = currentPeriodOf(org.periods, org.asOf, org.settings.currentPeriod);
    this.currentPeriods = periodsAt(org.periods, org.asOf).map((p) => p.id);
    for (const bsc of org.bscs) {
      for (const item of bsc.metrics) this.nodes.set(item.key, { kind: 'metric', bsc, item });
      for (const item of bsc.perspectives) this.nodes.set(item.key, { kind: 'perspective', bsc, item });
      for (const item of bsc.guards) this.nodes.set(item.key, { kind: 'guard', bsc, item });
    }
    for (const set of org.sets) {
      this.sets.set(set.key, set);
      for (const objective of set.objectives) {
        this.nodes.set(objective.key, { kind: 'objective', set, item: objective });
        for (const item of objective.keyResults) this.nodes.set(item.key, { kind: 'kr', set, objective, item });
      }
    }
  }

  bsc(period: string): Bsc | undefined {
    return this.org.bscs.find((b) => b.period === period);
  }

  ownerName(owner: OkrSet['owner'], lang: 'zh' | 'en' = 'zh'): string {
    if (owner.kind === 'company') return (lang === 'en' ? this.org.settings.companyEn : undefined) ?? this.org.settings.company;
    if (owner.kind === 'department') {
      const dept = this.departments.get(owner.id);
      return (lang === 'en' ? dept?.nameEn : undefined) ?? dept?.name ?? owner.id;
    }
    return this.people.get(owner.id)?.name ?? owner.id;
  }

  card(key: string) {
    return this.scores.cards.get(key);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What a site is built from: the public view of the organisation (private OKRs and the warnings about
 * them left out), or for the internal site all of it; scored after the view is taken, so public
 * rollups count public items only.
 */
export function siteLookup(org: Organisation, diagnostics: Diagnostic[] = [], options: { includePrivate?: boolean } = {}): Lookup {
  const shown = options.includePrivate ? { org, diagnostics } : publicView(org, diagnostics);
  return new Lookup(shown.org, scoreOrganisation(shown.org), shown.diagnostics);
}
