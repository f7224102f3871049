import type { OkrSet } from '../model.ts';
import { periodRef, setSummary, type PeriodRef, type SetSummary } from './dashboard.ts';
import { byPeriodDesc } from './kr-row.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { optionalMentionText, type MentionText } from './mention-text.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { pageCount, pageNumber, paginate, pager, type Pager } from './paging.ts';
import { urls } from './urls.ts';

/** An objective or KR of the department's current set, as its page lists it. */
export interface OkrItem {
  link: NodeLink;
  owners: PersonLink[];
  score: ScoreView;
  alignsTo: NodeLink[];
}

export interface CurrentSet {
  set: SetSummary;
  perspectives: { label: string; labelEn?: string; href: string }[];
  objectives: (OkrItem & { keyResults: OkrItem[] })[];
}

export interface MemberView extends PersonLink {
  title?: string;
  /** Their own OKR sets of the current periods, with scores. */
  sets: SetSummary[];
  /** How many KRs of the department's current sets they own. */
  ownsHere: number;
}

export interface DepartmentView {
  id: string;
  href: string;
  name: string;
  nameEn?: string;
  /** Absent when the department file states none. */
  mission?: MentionText;
  /** Empty when the file names no lead: the page then shows no 负责人 line. */
  leads: PersonLink[];
  /** The periods under way at asOf (the year, then its quarter), for the headings. */
  currentPeriods: PeriodRef[];
  /** Its OKR sets of those periods, objectives and KRs with scores and owners. */
  current: CurrentSet[];
  /** BSC metrics (or perspectives) its current objectives and KRs align to, with what aligns. */
  supports: { link: NodeLink; score?: ScoreView; via: NodeLink[] }[];
  /** Its members on this page (`PAGE_SIZE` a page, in content order), of `memberCount`. */
  members: MemberView[];
  memberCount: number;
  /** The 1-based position of the first member on this page. */
  membersFrom: number;
  /** The pages of its member list: page 1 is the department's page, the others list members only. */
  pager: Pager;
  /** People's own sets of the current periods that align to this department's OKRs: the first `ALIGNED_SHOWN`. */
  alignedPersonal: (SetSummary & { via: NodeLink[] })[];
  /** How many more there are; all of them are on the department's alignment page (`alignmentHref`). */
  alignedMore: number;
  alignmentHref: string;
  /** Its set score in every period that has one, newest first. */
  history: SetSummary[];
  file: string;
  /** Whether the department file has prose after its frontmatter, shown on the page. */
  hasBody: boolean;
}

export const ALIGNED_SHOWN = 20;

/** The department's pages: page 1, and one more for every `PAGE_SIZE` members beyond. */
export function departmentPages(look: Lookup): { id: string; page: number }[] {
  return look.org.departments.flatMap((d) => Array.from({ length: pageCount(look.members.get(d.id)?.length ?? 0) }, (_, i) => ({ id: d.id, page: i + 1 })));
}

/**
 * A department: this period's OKRs and the BSC metrics they support, its people and their OKRs, and its
 * score over time. Its members are listed `PAGE_SIZE` a page (`page` 2 and on list members only), and the
 * personal sets aligned to it the first `ALIGNED_SHOWN`, so the page is bounded however large it is.
 */
export function departmentView(look: Lookup, id: string, page = 1): DepartmentView {
  const dept = look.departments.get(id)!;
  const order = byPeriodDesc(look);
  const setOf = (period: string, owner: string) => look.sets.get(`${period}:${owner}`);
  const currentSets = look.currentPeriods.map((p) => setOf(p, id)).filter((s): s is OkrSet => s !== undefined);
  const itemKeys = currentSets.flatMap((s) => s.objectives.flatMap((o) => [o.key, ...o.keyResults.map((kr) => kr.key)]));
  const everyone = look.members.get(id) ?? [];
  const at = pageNumber(page, pageCount(everyone.length));
  const { pages, part } = paginate(everyone, at);
  const aligned = alignedPersonalSets(look, itemKeys);
  const ownsHere = (person: string) => currentSets.reduce((n, s) => n + s.objectives.reduce((m, o) => m + o.keyResults.filter((kr) => kr.ownerIds.includes(person)).length, 0), 0);
  return {
    id, href: urls.department(id), name: dept.name, nameEn: dept.nameEn, mission: optionalMentionText(look, dept.mission),
    leads: dept.leadIds.map((p) => personLink(look, p)),
    currentPeriods: look.currentPeriods.map((p) => periodRef(look.periods.get(p)!)),
    current: currentSets.map((s) => currentSet(look, s)),
    supports: bscSupported(look, itemKeys),
    members: part.items.map((p) => ({
      ...personLink(look, p.id), title: p.title, ownsHere: ownsHere(p.id),
      sets: look.currentPeriods.map((period) => setOf(period, p.id)).filter((s): s is OkrSet => s !== undefined).map((s) => setSummary(look, s)),
    })),
    memberCount: everyone.length, membersFrom: part.from,
    pager: pager(at, pages, (n) => urls.departmentPage(id, n)),
    alignedPersonal: aligned.slice(0, ALIGNED_SHOWN),
    alignedMore: Math.max(0, aligned.length - ALIGNED_SHOWN),
    alignmentHref: urls.alignmentGroup(look.currentPeriod, id),
    history: [...look.periods.keys()].sort(order).map((p) => setOf(p, id)).filter((s): s is OkrSet => s !== undefined).map((s) => setSummary(look, s)),
    file: dept.src.file,
    hasBody: dept.body.trim().length > 0,
  };
}

function okrItem(look: Lookup, key: string, ownerIds: string[]): OkrItem {
  return {
    link: nodeLink(look, key)!, owners: ownerIds.map((p) => personLink(look, p)), score: scoreView(look.card(key)!),
    alignsTo: look.org.relations.alignsTo(key).map((k) => nodeLink(look, k)).filter((l): l is NodeLink => l !== undefined),
  };
}

function currentSet(look: Lookup, s: OkrSet): CurrentSet {
  const bsc = look.bsc(s.period) ?? look.periods.get(s.period)!.ancestors.map((p) => look.bsc(p)).find((b) => b);
  return {
    set: setSummary(look, s),
    perspectives: s.perspectiveIds.map((pid) => bsc?.perspectives.find((p) => p.id === pid)).filter((p) => p !== undefined)
      .map((p) => ({ label: p.name, labelEn: p.nameEn, href: urls.perspective(bsc!.period, p.id) })),
    objectives: s.objectives.map((o) => ({
      ...okrItem(look, o.key, []),
      keyResults: o.keyResults.map((kr) => okrItem(look, kr.key, kr.ownerIds)),
    })),
  };
}

/** The BSC items these objectives and KRs align to directly, in BSC order of first mention. */
function bscSupported(look: Lookup, keys: string[]): DepartmentView['supports'] {
  const via = new Map<string, string[]>();
  for (const k of keys) {
    for (const to of look.org.relations.alignsTo(k)) {
      const node = look.nodes.get(to);
      if (node?.kind !== 'metric' && node?.kind !== 'perspective') continue;
      via.set(to, [...(via.get(to) ?? []), k]);
    }
  }
  return [...via].map(([to, from]) => {
    const node = look.nodes.get(to)!;
    const bscScore = look.scores.bsc.get(node.kind === 'metric' || node.kind === 'perspective' ? node.bsc.period : '');
    const card = node.kind === 'metric' ? bscScore?.metrics.get(node.item.id) : bscScore?.perspectives.get(node.item.id);
    return { link: nodeLink(look, to)!, ...(card ? { score: scoreView(card) } : {}), via: from.map((k) => nodeLink(look, k)!) };
  });
}

/** Personal sets whose objectives or KRs align to one of `keys`: found from the department's side, not by walking everyone. */
function alignedPersonalSets(look: Lookup, keys: string[]): DepartmentView['alignedPersonal'] {
  const bySet = new Map<string, string[]>();
  for (const k of keys) {
    for (const from of look.org.relations.supportedBy(k)) {
      const node = look.nodes.get(from);
      if ((node?.kind !== 'objective' && node?.kind !== 'kr') || node.set.owner.kind !== 'person') continue;
      bySet.set(node.set.key, [...(bySet.get(node.set.key) ?? []), k]);
    }
  }
  return [...bySet].map(([setKey, to]) => ({ ...setSummary(look, look.sets.get(setKey)!), via: [...new Set(to)].map((k) => nodeLink(look, k)!) }));
}
