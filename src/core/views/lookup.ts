import type { Bsc, Department, Guard, KeyResult, Metric, Objective, OkrSet, Organisation, Period, Perspective, Person, WeeklyReport } from '../model.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { NameIndex } from '../name-index.ts';
import { currentPeriodOf, periodsAt } from '../periods.ts';
import { publicView } from '../public-view.ts';
import { scoreOrganisation, type Scores } from '../scoring/index.ts';
import { nameInitial, nameSortKey } from './search-pinyin.ts';
import { urls } from './urls.ts';

export type Node =
  | { kind: 'metric'; bsc: Bsc; item: Metric }
  | { kind: 'perspective'; bsc: Bsc; item: Perspective }
  | { kind: 'guard'; bsc: Bsc; item: Guard }
  | { kind: 'objective'; set: OkrSet; item: Objective }
  | { kind: 'kr'; set: OkrSet; objective: Objective; item: KeyResult };

/** Owners in the order pages list them: the company, then departments, then people. */
export const OWNER_RANK: Record<OkrSet['owner']['kind'], number> = { company: 0, department: 1, person: 2 };

/**
 * Aggregate pages (health, alignment, the period home) split the organisation into groups, one per
 * department, plus these two. Both are reserved ids (load/directory.ts), so no department can take them.
 */
export const COMPANY_GROUP = 'company';
/** People without a department, and their sets. */
export const NO_DEPARTMENT = 'people';

/** A KR someone answers for, found from their side (person pages). */
export interface PersonKr { set: OkrSet; objective: Objective; kr: KeyResult; role: 'owner' | 'collaborator' }

/** The organisation indexed once, so every view model finds things by id or key in one step. */
export class Lookup {
  readonly org: Organisation;
  readonly scores: Scores;
  readonly people = new Map<string, Person>();
  readonly departments = new Map<string, Department>();
  readonly periods = new Map<string, Period>();
  readonly sets = new Map<string, OkrSet>();
  readonly nodes = new Map<string, Node>();
  /**
   * People by department id (those without one under `NO_DEPARTMENT`), and by manager id: a department or
   * person page lists its own people without walking everyone.
   */
  readonly members = new Map<string, Person[]>();
  readonly reports = new Map<string, Person[]>();
  /** Sets by period, in content order. */
  readonly periodSets = new Map<string, OkrSet[]>();
  /**
   * Sets by group: a department's own sets and its members' (a person's set is in the group of their
   * department), `COMPANY_GROUP` for the company's, `NO_DEPARTMENT` for people without one. The department's
   * own sets first, then its members' in content order.
   */
  readonly groupSets = new Map<string, OkrSet[]>();
  /** Personal sets by owner, so a person's page finds theirs without walking every set. */
  readonly personSets = new Map<string, OkrSet[]>();
  /** KRs by the people who own or work on them. */
  readonly personKrs = new Map<string, PersonKr[]>();
  /** The group a file belongs to: a set's file, a person's, a department's. Other files (settings, BSCs, period notes) have none. */
  readonly fileGroup = new Map<string, string>();
  /** The period of a set's or a BSC's file, and the page a set's file makes (warnings link there). */
  readonly filePeriod = new Map<string, string>();
  readonly filePages = new Map<string, string>();
  /** The page of each weekly report, by its file: a check-in taken from a report links there. */
  readonly reportPages = new Map<string, string>();
  /** The check's warnings (a site is only built without errors), for the health pages. */
  readonly warnings: Diagnostic[];
  /** Weekly reports by key (`2026:market@2026-03-06`). */
  readonly reportByKey = new Map<string, WeeklyReport>();
  /** Weekly reports by their set's key (`2026:market`, also for an owner without a set), newest first. */
  readonly setReports = new Map<string, WeeklyReport[]>();
  /** Weekly reports by period, week (its Monday) and group: `2026|2026-03-02|market`, for the 本周 pages. */
  readonly weekReports = new Map<string, WeeklyReport[]>();
  /** Weekly reports by period, newest first: the organisation's feed takes the first few. */
  readonly periodReports = new Map<string, WeeklyReport[]>();
  /** The warnings by the group of their file; those of files of no group under `''`. */
  readonly groupWarnings = new Map<string, Diagnostic[]>();
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
      if (p.managerId) push(this.reports, p.managerId, p);
    }
    for (const d of org.departments) this.departments.set(d.id, d);
    for (const p of org.people) push(this.members, this.groupOf({ kind: 'person', id: p.id }), p);
    for (const p of org.periods) this.periods.set(p.id, p);
    this.currentPeriod = currentPeriodOf(org.periods, org.asOf, org.settings.currentPeriod);
    this.currentPeriods = periodsAt(org.periods, org.asOf).map((p) => p.id);
    for (const bsc of org.bscs) {
      this.filePeriod.set(bsc.src.file, bsc.period);
      for (const item of bsc.metrics) this.nodes.set(item.key, { kind: 'metric', bsc, item });
      for (const item of bsc.perspectives) this.nodes.set(item.key, { kind: 'perspective', bsc, item });
      for (const item of bsc.guards) this.nodes.set(item.key, { kind: 'guard', bsc, item });
    }
    for (const p of org.people) this.fileGroup.set(p.src.file, this.groupOf({ kind: 'person', id: p.id }));
    for (const d of org.departments) this.fileGroup.set(d.src.file, d.id);
    for (const set of org.sets) {
      this.sets.set(set.key, set);
      push(this.periodSets, set.period, set);
      const group = this.groupOf(set.owner);
      push(this.groupSets, group, set);
      this.fileGroup.set(set.src.file, group);
      this.filePeriod.set(set.src.file, set.period);
      this.filePages.set(set.src.file, urls.set(set.period, set.owner.id));
      if (set.owner.kind === 'person') push(this.personSets, set.owner.id, set);
      for (const objective of set.objectives) {
        this.nodes.set(objective.key, { kind: 'objective', set, item: objective });
        for (const item of objective.keyResults) {
          this.nodes.set(item.key, { kind: 'kr', set, objective, item });
          for (const id of new Set(item.ownerIds)) push(this.personKrs, id, { set, objective, kr: item, role: 'owner' });
          for (const id of new Set(item.collaboratorIds)) if (!item.ownerIds.includes(id)) push(this.personKrs, id, { set, objective, kr: item, role: 'collaborator' });
        }
      }
    }
    for (const r of org.reports ?? []) {
      this.reportPages.set(r.src.file, urls.report(r.period, r.owner.id, r.date));
      this.reportByKey.set(r.key, r);
      push(this.setReports, `${r.period}:${r.owner.id}`, r);
      push(this.weekReports, `${r.period}|${r.week}|${this.groupOf(r.owner)}`, r);
      push(this.periodReports, r.period, r);
    }
    for (const list of [...this.setReports.values(), ...this.periodReports.values()]) list.sort(newestFirst);
    for (const list of this.groupSets.values()) list.sort((a, b) => OWNER_RANK[a.owner.kind] - OWNER_RANK[b.owner.kind]);
    for (const d of warnings) push(this.groupWarnings, this.fileGroup.get(d.file) ?? '', d);
  }

  /** The group of an owner: its department (a person's department), `COMPANY_GROUP` or `NO_DEPARTMENT`. */
  groupOf(owner: OkrSet['owner']): string {
    if (owner.kind === 'company') return COMPANY_GROUP;
    if (owner.kind === 'department') return owner.id;
    const dept = this.people.get(owner.id)?.departmentId;
    return dept && this.departments.has(dept) ? dept : NO_DEPARTMENT;
  }

  /** A group's sets of one period. */
  groupSetsOf(group: string, period: string): OkrSet[] {
    return (this.groupSets.get(group) ?? []).filter((s) => s.period === period);
  }

  private letters?: Map<string, Person[]>;

  /**
   * People by the letter the directory files their name under (`nameInitial`: pinyin of the surname),
   * each letter's people sorted by the pinyin of their names; computed on first use, once.
   */
  peopleByLetter(): Map<string, Person[]> {
    if (this.letters) return this.letters;
    const keyed = this.org.people.map((p) => ({ p, letter: nameInitial(p.name), key: nameSortKey(p.name) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.p.name.localeCompare(b.p.name, 'zh-CN') || (a.p.id < b.p.id ? -1 : 1)));
    this.letters = new Map();
    for (const k of keyed) push(this.letters, k.letter, k.p);
    return this.letters;
  }

  private readonly memos = new Map<string, unknown>();

  /**
   * Work a page kind needs once per build (a period's review of a group), computed on first use under
   * `key` and kept: the pages that share it read it instead of walking the sets again.
   */
  once<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
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

/** Reports newest first; on one date, by owner id (the org feed mixes owners). */
function newestFirst(a: WeeklyReport, b: WeeklyReport): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.owner.id < b.owner.id ? -1 : a.owner.id > b.owner.id ? 1 : 0;
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
