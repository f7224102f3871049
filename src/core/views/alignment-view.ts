import type { Objective, OkrSet } from '../model.ts';
import { isUnaligned } from '../unaligned.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { groupIds, groupRef, type GroupRef } from './groups.ts';
import { nodeLink, nodeLinks, type NodeLink } from './links.ts';
import { COMPANY_GROUP, NO_DEPARTMENT, type Lookup } from './lookup.ts';
import { pageCount, pageNumber, paginateLists, pager, type Pager, type Part } from './paging.ts';
import { belowText, children, treeNode, type Below, type TreeNode, type TreeScope } from './tree.ts';
import { urls } from './urls.ts';

/**
 * The alignment pages. The period's page is the tree from the BSC and the company's OKRs down to the
 * departments' objectives: personal OKRs are counted on the department objective (or company objective,
 * metric) they support, and listed on the department's alignment page (`/<period>/alignment/<department>/`),
 * which shows the department's objectives and, in pages, the people's objectives under them. Both are
 * bounded: the period's page by the company's and departments' OKRs, a department's page by the page size.
 */

export interface AlignmentView {
  period: PeriodRef;
  /** The BSC the tree hangs from: the period's own, or its year's for a quarter. */
  bscPeriod?: string;
  /**
   * The top of the tree: BSC perspectives (with their metrics), then the company's objectives; in the
   * public site also the company's and departments' objectives that align only to private items (they say
   * so). Departments' objectives show their KRs only when a department's objective hangs from one; personal
   * OKRs are counted (`below`), not shown.
   */
  roots: TreeNode[];
  /** 未对齐: the company's objectives that align to nothing above them, with what supports them. */
  unaligned: TreeNode[];
  /** 未对齐 by group: how many of its objectives (its own and its members') align to nothing, linked to its page. */
  unalignedByGroup: { group: GroupRef; count: number; href: string }[];
  /** The groups that have an alignment page, with how many personal objectives each lists. */
  groups: { group: GroupRef; objectives: number; personal: number; href: string }[];
}

/** Rows (people's objectives with their KRs) per department alignment page. */
export const ALIGNMENT_PAGE_SIZE = 50;

/** A person's objective on a department's page: its tree (its KRs; personal OKRs under it counted) and what it aligns to. */
export interface AlignmentEntry {
  node: TreeNode;
  alignsTo: NodeLink[];
}

export interface AlignmentGroupView {
  period: PeriodRef;
  group: GroupRef;
  /**
   * The department's own objectives of the period (and of the periods around it) with their KRs; each says
   * how many personal objectives and KRs support it and links to where they start (`below`). Every page.
   */
  objectives: TreeNode[];
  /** Where each list starts: the people under each department objective, then 对齐到其他地方, then 未对齐. */
  index: { key: string; label?: NodeLink; total: number; href: string; anchor: string }[];
  /** The people's objectives under each department objective, on this page; `anchor` is the section's id. */
  lists: (Part<AlignmentEntry> & { under: NodeLink; anchor: string })[];
  /** Members' objectives aligned to something not of the department (the company, the BSC, another department or person), on this page. */
  elsewhere?: Part<AlignmentEntry>;
  /** The department's and its members' objectives that align to nothing, on this page. */
  unaligned?: Part<AlignmentEntry>;
  pager: Pager;
  summaryHref: string;
}

/** Periods whose things belong on a period's tree: itself, what encloses it, and what it encloses. */
export function periodFamily(look: Lookup, period: string): Set<string> {
  const family = new Set([period, ...look.periods.get(period)!.ancestors]);
  for (const p of look.periods.values()) if (p.ancestors.includes(period)) family.add(p.id);
  return family;
}

/** The in-page id of a list's entry in a department page's index (page 1 links land there). */
export function indexAnchor(key: string): string {
  return `i-${slug(key)}`;
}

/** The in-page id of a list on a department page. */
export function listAnchor(key: string): string {
  return `s-${slug(key)}`;
}

function slug(key: string): string {
  return key.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
}

const ELSEWHERE = 'elsewhere';
const UNALIGNED = 'unaligned';

/** The scoping every alignment page shares: who owns a node, and the objective a KR belongs to. */
function owners(look: Lookup) {
  const setOf = (key: string): OkrSet | undefined => {
    const n = look.nodes.get(key);
    return n?.kind === 'objective' || n?.kind === 'kr' ? n.set : undefined;
  };
  return {
    setOf,
    isPerson: (key: string) => setOf(key)?.owner.kind === 'person',
    objectiveOf: (key: string) => {
      const n = look.nodes.get(key);
      return n?.kind === 'kr' ? n.objective.key : key;
    },
  };
}

/**
 * Personal objectives and KRs hidden under `parent`, counted; linked to the page that lists them: for a
 * department's objective or KR, its department's page (at the list under that objective); otherwise the
 * pages of the people's departments, where they are 对齐到其他地方.
 */
function belowOf(look: Lookup, persons: string[], parent: string, target: (group: string, objective?: string) => string): Below | undefined {
  if (persons.length === 0) return undefined;
  const { setOf, objectiveOf } = owners(look);
  const kinds = persons.map((k) => look.nodes.get(k)!.kind);
  const owner = setOf(parent)?.owner;
  const links: Below['links'] = [];
  if (owner?.kind === 'department') {
    const g = groupRef(look, owner.id);
    links.push({ label: g.name, ...(g.nameEn ? { labelEn: g.nameEn } : {}), href: target(owner.id, objectiveOf(parent)), count: persons.length });
  } else {
    const count = new Map<string, number>();
    for (const k of persons) {
      const g = look.groupOf(setOf(k)!.owner);
      count.set(g, (count.get(g) ?? 0) + 1);
    }
    for (const [id, n] of count) {
      const g = groupRef(look, id);
      links.push({ label: g.name, ...(g.nameEn ? { labelEn: g.nameEn } : {}), href: target(id), count: n });
    }
  }
  const objectives = kinds.filter((k) => k === 'objective').length;
  const keyResults = kinds.length - objectives;
  return { objectives, keyResults, text: belowText(objectives, keyResults), links };
}

/**
 * The period page's scope: no personal OKRs (counted on what they support, linked to their department's
 * page, at the index), and a department's KRs only when a department's or the company's objective hangs
 * from one (else what supports them is counted on their objective).
 */
export function companyScope(look: Lookup, period: string, include: (key: string) => boolean): TreeScope {
  const { isPerson, setOf } = owners(look);
  // A department's KR under its own objective: shown only when something of a department or the company hangs from it.
  const deptKrHidden = (key: string, parent: string) => {
    const n = look.nodes.get(key);
    return n?.kind === 'kr' && n.objective.key === parent && n.set.owner.kind === 'department'
      && look.org.relations.supportedBy(key).filter(include).every(isPerson);
  };
  const target = (group: string, objective?: string) => `${urls.alignmentGroup(period, group)}#${indexAnchor(objective ?? ELSEWHERE)}`;
  return {
    hide: (key, parent) => isPerson(key) || deptKrHidden(key, parent),
    below: (parent, hidden) => belowOf(look, hidden.flatMap((h) => (isPerson(h) ? [h] : look.org.relations.supportedBy(h).filter(include))), parent, target),
  };
}

/**
 * The whole tree for a period down to the departments' objectives: company (BSC perspectives and metrics,
 * the company's OKRs) → departments, personal OKRs counted; and the unaligned, the company's listed, the
 * departments' counted.
 */
export function alignmentView(look: Lookup, period: string): AlignmentView {
  const family = periodFamily(look, period);
  const include = (key: string) => family.has(nodePeriod(look, key));
  const scope = companyScope(look, period, include);
  const bscPeriod = [period, ...look.periods.get(period)!.ancestors].find((p) => look.bsc(p));
  const bsc = bscPeriod ? look.bsc(bscPeriod) : undefined;
  const seen = new Set<string>();
  const bscRoots = (bsc?.perspectives ?? []).map((p) => {
    const root = treeNode(look, p.key, seen, () => false);
    const metrics = bsc!.metrics.filter((m) => m.perspectiveId === p.id).map((m) => treeNode(look, m.key, seen, include, scope));
    const below = children(look, p.key, include, scope);
    const rest = below.shown.map((k) => treeNode(look, k, seen, include, scope));
    const people = below.hidden.length > 0 ? scope.below(p.key, below.hidden) : undefined;
    return { ...root, children: [...metrics, ...rest], ...(people ? { below: people } : {}) };
  });
  const familySets = look.org.sets.filter((s) => family.has(s.period) && s.owner.kind !== 'person');
  // Without a BSC above them, the company's objectives are the top of the tree themselves.
  const companyRoots = familySets
    .filter((s) => s.owner.kind === 'company')
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && !isUnaligned(look.org, s, o)))
    .map((o) => treeNode(look, o.key, seen, include, scope));
  // Aligned, but only to private items: the public tree has no place above them, so they head it.
  const alignedToWithheld = familySets
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && !isUnaligned(look.org, s, o) && alignsToWithheld(o)))
    .map((o) => treeNode(look, o.key, seen, include, scope));
  const unaligned = familySets
    .filter((s) => s.owner.kind === 'company')
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && isUnaligned(look.org, s, o)))
    .map((o) => treeNode(look, o.key, seen, include, scope));
  const groups = alignmentGroupIds(look).map((g) => ({ id: g, lists: groupLists(look, family, g) }));
  return {
    period: periodRef(look.periods.get(period)!), bscPeriod, roots: [...bscRoots, ...companyRoots, ...alignedToWithheld], unaligned,
    unalignedByGroup: groups
      .filter((g) => g.lists.unaligned.length > 0)
      .map((g) => ({ group: groupRef(look, g.id), count: g.lists.unaligned.length, href: `${urls.alignmentGroup(period, g.id)}#${indexAnchor(UNALIGNED)}` })),
    groups: groups.map((g) => ({
      group: groupRef(look, g.id), objectives: g.lists.own.length,
      personal: new Set([...g.lists.under.flatMap((l) => l.items), ...g.lists.elsewhere]).size,
      href: urls.alignmentGroup(period, g.id),
    })),
  };
}

/** The groups with an alignment page: every department, and the people without one (the company's OKRs are on the period's page). */
export function alignmentGroupIds(look: Lookup): string[] {
  return groupIds(look).filter((g) => g !== COMPANY_GROUP);
}

interface GroupLists {
  /** The department's own objectives in the family. */
  own: Objective[];
  /** Per own objective, the personal objectives that it or its KRs are supported by (keys, deduplicated). */
  under: { objective: string; items: string[] }[];
  elsewhere: string[];
  unaligned: string[];
}

/**
 * A group's lists, from its own sets and its members' (`Lookup.groupSets`) and what supports its own
 * objectives (`relations`): nothing of other groups is walked.
 */
function groupLists(look: Lookup, family: Set<string>, group: string): GroupLists {
  const { isPerson, objectiveOf } = owners(look);
  const inFamily = (s: OkrSet) => family.has(s.period);
  const sets = (look.groupSets.get(group) ?? []).filter(inFamily);
  const ownSets = group === NO_DEPARTMENT ? [] : sets.filter((s) => s.owner.kind === 'department');
  const memberSets = sets.filter((s) => s.owner.kind === 'person');
  const include = (key: string) => family.has(nodePeriod(look, key));
  const placed = new Set<string>();
  const under = ownSets.flatMap((s) => s.objectives.map((o) => {
    const items = [...new Set([o.key, ...o.keyResults.map((kr) => kr.key)]
      .flatMap((k) => look.org.relations.supportedBy(k))
      .filter((k) => include(k) && isPerson(k))
      .map(objectiveOf))];
    for (const k of items) placed.add(k);
    return { objective: o.key, items };
  }));
  const elsewhere = memberSets.flatMap((s) => s.objectives.filter((o) => !placed.has(o.key) && !isUnaligned(look.org, s, o)).map((o) => o.key));
  const unaligned = [...ownSets, ...memberSets].flatMap((s) => s.objectives.filter((o) => isUnaligned(look.org, s, o)).map((o) => o.key));
  return { own: ownSets.flatMap((s) => s.objectives), under, elsewhere, unaligned };
}

function listsOf(g: GroupLists): { key: string; items: string[] }[] {
  return [...g.under.map((u) => ({ key: u.objective, items: u.items })), { key: ELSEWHERE, items: g.elsewhere }, { key: UNALIGNED, items: g.unaligned }];
}

/** Every department alignment page there is: per period, per group, per page (for the routes). */
export function alignmentGroupPages(look: Lookup): { period: string; group: string; page: number }[] {
  return look.org.periods.flatMap((p) => {
    const family = periodFamily(look, p.id);
    return alignmentGroupIds(look).flatMap((group) => {
      const total = listsOf(groupLists(look, family, group)).reduce((n, l) => n + l.items.length, 0);
      return Array.from({ length: pageCount(total, ALIGNMENT_PAGE_SIZE) }, (_, i) => ({ period: p.id, group, page: i + 1 }));
    });
  });
}

/**
 * One page of a department's alignment: its objectives (with their KRs) on every page, then the people's
 * objectives under each, the members' objectives aligned elsewhere and the unaligned, read as one sequence
 * cut into pages of `ALIGNMENT_PAGE_SIZE`. A person's objective shows its KRs; personal OKRs aligned to it
 * are counted and linked, not expanded, so a row stays the size of one set.
 */
export function alignmentGroupView(look: Lookup, period: string, group: string, page = 1): AlignmentGroupView {
  const family = periodFamily(look, period);
  const include = (key: string) => family.has(nodePeriod(look, key));
  const { isPerson, setOf } = owners(look);
  const g = groupLists(look, family, group);
  const lists = listsOf(g);
  const pages = pageCount(lists.reduce((n, l) => n + l.items.length, 0), ALIGNMENT_PAGE_SIZE);
  const at = pageNumber(page, pages);
  const { parts, starts } = paginateLists(lists, at, ALIGNMENT_PAGE_SIZE);
  const startOf = new Map(starts.map((s) => [s.key, s]));
  const href = (n: number) => urls.alignmentGroup(period, group, n);
  const here = (key: string) => `${href(startOf.get(key)!.page)}#${listAnchor(key)}`;
  // Personal OKRs below a person's objective: listed where that person's department lists what is aligned elsewhere.
  const target = (to: string, objective?: string) => {
    if (to === group) return here(objective && startOf.has(objective) ? objective : ELSEWHERE);
    return `${urls.alignmentGroup(period, to)}#${indexAnchor(objective ?? ELSEWHERE)}`;
  };
  const scope: TreeScope = {
    hide: (key, parent) => isPerson(key) && setOf(key) !== setOf(parent),
    below: (parent, hidden) => belowOf(look, hidden, parent, target),
  };
  const objectives = g.own.map((o) => ({ ...treeNode(look, o.key, new Set(), include, scope), id: indexAnchor(o.key) }));
  const seen = new Set<string>();
  const entry = (key: string): AlignmentEntry => {
    const o = look.nodes.get(key)!;
    const targets = o.kind === 'objective' ? [o.item.key, ...o.item.keyResults.map((kr) => kr.key)].flatMap((k) => look.org.relations.alignsTo(k)) : [];
    return { node: treeNode(look, key, seen, include, scope), alignsTo: nodeLinks(look, [...new Set(targets)]) };
  };
  const part = (key: string) => {
    const p = parts.find((x) => x.key === key);
    return p && { ...p, items: p.items.map(entry) };
  };
  const elsewhere = part(ELSEWHERE);
  const unaligned = part(UNALIGNED);
  return {
    period: periodRef(look.periods.get(period)!),
    group: groupRef(look, group),
    objectives,
    index: starts.map((s) => ({
      key: s.key,
      ...(s.key === ELSEWHERE || s.key === UNALIGNED ? {} : { label: nodeLink(look, s.key)! }),
      total: s.total,
      href: here(s.key),
      anchor: indexAnchor(s.key),
    })),
    lists: parts.filter((p) => p.key !== ELSEWHERE && p.key !== UNALIGNED).map((p) => ({ ...p, items: p.items.map(entry), under: nodeLink(look, p.key)!, anchor: listAnchor(p.key) })),
    ...(elsewhere ? { elsewhere } : {}),
    ...(unaligned ? { unaligned } : {}),
    pager: pager(at, pages, href),
    summaryHref: urls.alignment(period),
  };
}

function alignsToWithheld(o: Objective): boolean {
  return (o.withheld?.alignsTo ?? 0) > 0 || o.keyResults.some((kr) => (kr.withheld?.alignsTo ?? 0) > 0);
}

function nodePeriod(look: Lookup, key: string): string {
  const node = look.nodes.get(key);
  if (!node) return '';
  return node.kind === 'objective' || node.kind === 'kr' ? node.set.period : node.bsc.period;
}
