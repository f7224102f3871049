import { msg } from '../text.ts';
import type { OkrSet } from '../model.ts';
import { scorecardKey } from '../refs.ts';
import { OWNER_RANK, type Lookup } from '../views/lookup.ts';
import { urls } from '../views/urls.ts';
import { perspectiveOrder } from './bsc-map.ts';
import { describe, ownerLabel, periodName, perspectiveGroup } from './describe.ts';
import { foldKrs, MAX_NODES, renderFlowchart, type Diagram, type DiagramEdge, type DiagramOptions, type GroupInput, type NodeInput } from './graph.ts';

const GUARDS_GROUP = msg('底线指标', 'Guards');

function keep(list: NodeInput[], node: NodeInput | undefined): void {
  if (node) list.push(node);
}

function bscGroupKey(period: string): string {
  return scorecardKey(period);
}

function bscGroup(look: Lookup, period: string, lang: 'zh' | 'en'): GroupInput {
  return { key: bscGroupKey(period), label: `${periodName(look, period, lang)} BSC`, href: urls.period(period) };
}

/** An OKR set as a group: its owner's name, and its period's name when that differs from `period`. */
export function setGroup(look: Lookup, setKey: string, lang: 'zh' | 'en', period: string): GroupInput {
  const set = look.sets.get(setKey)!;
  const owner = ownerLabel(look, setKey, lang);
  const label = set.period === period ? owner : `${owner} · ${periodName(look, set.period, lang)}`;
  return { key: set.key, label, href: urls.set(set.period, set.owner.id) };
}

/** The group a node outside the diagram's own set is drawn in: the BSC, or its OKR set. */
function homeGroup(look: Lookup, key: string, lang: 'zh' | 'en', period: string): GroupInput | undefined {
  const node = look.nodes.get(key);
  if (!node) return undefined;
  if (node.kind === 'metric' || node.kind === 'perspective' || node.kind === 'guard') return bscGroup(look, node.bsc.period, lang);
  return setGroup(look, node.set.key, lang, period);
}

function objectiveFor(look: Lookup, lang: 'zh' | 'en') {
  return (kr: NodeInput): NodeInput | undefined => {
    const node = look.nodes.get(kr.key);
    return node?.kind === 'kr' ? describe(look, node.objective.key, lang, kr.group) : undefined;
  };
}

function foldNote(count: number, max: number, childrenLeft: number) {
  const zh = `图中共有 ${count} 个节点，超过 ${max} 个：关键结果（KR）未画出，它们的对齐关系归到所属目标上；KR 见下方各目标。`;
  const en = `The diagram has ${count} nodes, more than ${max}: key results are left out and their alignment is shown on their objectives; the KRs are listed below.`;
  if (!childrenLeft) return msg(zh, en);
  return msg(`${zh}另有 ${childrenLeft} 个向下支撑的目标或 KR 未画出，见文字版。`, `${en} ${childrenLeft} more supporting objective(s) or KR(s) are only in the text version.`);
}

/**
 * One OKR set in its alignment context, parents on the left and children on the right
 * (`flowchart RL`, arrows from child to parent): the set's objectives and KRs; what they align to
 * (BSC metrics, perspectives or guards, other sets' objectives and KRs); what aligns to them.
 * Undefined when there is no such set.
 */
export function setAlignment(look: Lookup, setKey: string, options: DiagramOptions = {}): Diagram | undefined {
  const set = look.sets.get(setKey);
  if (!set) return undefined;
  const lang = options.lang ?? 'zh';
  const max = options.maxNodes ?? MAX_NODES;
  const relations = look.org.relations;

  const own: NodeInput[] = [];
  const edges: DiagramEdge[] = [];
  for (const o of set.objectives) {
    keep(own, describe(look, o.key, lang, set.key));
    for (const kr of o.keyResults) {
      keep(own, describe(look, kr.key, lang, set.key));
      edges.push({ from: o.key, to: kr.key, kind: 'contains' });
    }
  }
  const ownKeys = new Set(own.map((n) => n.key));
  const parents: string[] = [];
  const children: string[] = [];
  const add = (list: string[], key: string) => {
    if (!ownKeys.has(key) && !parents.includes(key) && !children.includes(key) && look.nodes.has(key)) list.push(key);
  };
  for (const n of own) {
    for (const to of relations.alignsTo(n.key)) add(parents, to);
    for (const from of relations.supportedBy(n.key)) add(children, from);
  }
  const outside = [...parents, ...children];
  const groups: GroupInput[] = [];
  const groupFor = (key: string): string | undefined => {
    const g = homeGroup(look, key, lang, set.period);
    if (!g) return undefined;
    if (!groups.some((x) => x.key === g.key)) groups.push(g);
    return g.key;
  };
  const parentNodes = parents.flatMap((k) => describe(look, k, lang, groupFor(k)) ?? []);
  groups.push(setGroup(look, set.key, lang, set.period));
  const childNodes = children.flatMap((k) => describe(look, k, lang, groupFor(k)) ?? []);
  // The BSC first, then the sets above this one, this set, the sets below.
  groups.sort((a, b) => Number(b.key.endsWith(':bsc')) - Number(a.key.endsWith(':bsc')));

  const inDiagram = new Set([...ownKeys, ...outside]);
  for (const key of inDiagram) {
    for (const to of relations.alignsTo(key)) if (inDiagram.has(to)) edges.push({ from: key, to, kind: 'aligns' });
  }
  let nodes = [...parentNodes, ...own, ...childNodes];
  let finalEdges = edges;
  let note;
  if (options.compact) ({ nodes, edges: finalEdges } = foldKrs(nodes, edges, objectiveFor(look, lang)));
  if (nodes.length > max) {
    const count = nodes.length;
    ({ nodes, edges: finalEdges } = foldKrs(nodes, finalEdges, objectiveFor(look, lang)));
    // Still too many: the supporting side is cut, the last first; the text version lists every edge.
    const childKeys = new Set(children);
    let left = 0;
    while (nodes.length > max) {
      const i = nodes.findLastIndex((n) => childKeys.has(n.key) || (n.kind === 'objective' && !ownKeys.has(n.key) && !parents.includes(n.key)));
      if (i < 0) break;
      nodes.splice(i, 1);
      left++;
    }
    note = foldNote(count, max, left);
  }
  return renderFlowchart({ direction: 'RL', groups: drawnGroups(groups, nodes, finalEdges), nodes, edges: finalEdges, lang, localize: options.localize, compact: options.compact, ...(note ? { note } : {}) });
}

/**
 * The groups left with something to draw once the supporting side is cut: a node of their own, an edge to
 * the group itself (a perspective's lane), or such a group inside. Without this every cut person's set
 * would stay as an empty box, and the map would grow with the department.
 */
function drawnGroups(groups: GroupInput[], nodes: NodeInput[], edges: DiagramEdge[]): GroupInput[] {
  const used = new Set<string | undefined>([...nodes.map((n) => n.group), ...edges.flatMap((e) => [e.from, e.to])]);
  const keep = (g: GroupInput): boolean => used.has(g.key) || groups.some((c) => c.parent === g.key && keep(c));
  return groups.filter(keep);
}

/** The period and every period inside it (a year's quarters), the period first, the rest by start date. */
function periodScope(look: Lookup, period: string): string[] {
  const inside = [...look.periods.values()].filter((p) => p.ancestors.includes(period)).sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  return [period, ...inside.map((p) => p.id)];
}

/** The BSC a period is measured against: its own, else the nearest enclosing period's. */
function bscFor(look: Lookup, period: string) {
  return [period, ...(look.periods.get(period)?.ancestors ?? [])].map((p) => look.bsc(p)).find((b) => b !== undefined);
}

/** What the company map leaves out, and where it is instead. */
function companyNote(left: { people: number; sets: number }) {
  const parts = { zh: ['图中只画公司与部门的目标；关键结果和个人 OKR 见各部门 OKR 页的对齐图，部门以上的对齐关系见下方对齐树（文字版），个人 OKR 的对齐见各部门的对齐页。'], en: ['Only company and department objectives are drawn; key results and personal OKRs are in the alignment map of each department\'s OKR page; the alignment down to departments is in the alignment tree below, and personal OKRs on each department\'s alignment page.'] };
  if (left.people) { parts.zh.push(`未画出 ${left.people} 份个人 OKR。`); parts.en.push(`${left.people} personal OKR set(s) not drawn.`); }
  if (left.sets) { parts.zh.push(`超过 ${MAX_NODES} 个节点：另有 ${left.sets} 份部门 OKR 未画出，见对齐树。`); parts.en.push(`Over ${MAX_NODES} nodes: ${left.sets} more department set(s) are only in the alignment tree.`); }
  return msg(parts.zh.join(''), parts.en.join(' '));
}

/**
 * The company's alignment map of a period (`flowchart RL`, parents on the left, arrows from child to
 * parent): the BSC's metrics grouped by perspective (the period's own BSC, else its year's), then the
 * objectives of the company's and the departments' OKR sets of the period and of the periods inside it,
 * each with an arrow to what it or one of its KRs aligns to (a metric, a perspective's lane, a guard
 * under 底线指标, another department's objective). KRs and personal sets are left out (each department's
 * own map has them) and `note` says so; above `maxNodes` (40) the sets that do not fit are left to the
 * text tree, and the note counts them.
 */
export function alignmentTree(look: Lookup, period: string, options: DiagramOptions = {}): Diagram {
  const lang = options.lang ?? 'zh';
  const max = options.maxNodes ?? MAX_NODES;
  const relations = look.org.relations;
  const groups: GroupInput[] = [];
  const nodes: NodeInput[] = [];
  const edges: DiagramEdge[] = [];

  const bsc = bscFor(look, period);
  const bscKey = bsc && bscGroupKey(bsc.period);
  if (bsc && bscKey) {
    groups.push(bscGroup(look, bsc.period, lang));
    // Finance first: the company's results at the top of the map, the capabilities below.
    for (const id of perspectiveOrder(bsc).reverse()) {
      const p = bsc.perspectives.find((x) => x.id === id)!;
      const g = perspectiveGroup(look, p.key, lang, bscKey);
      if (!g) continue;
      groups.push(g);
      for (const m of bsc.metrics) if (m.perspectiveId === id) keep(nodes, describe(look, m.key, lang, p.key));
    }
  }

  const scope = periodScope(look, period);
  const rank = (s: OkrSet) => OWNER_RANK[s.owner.kind] * 1000 + scope.indexOf(s.period);
  const inScope = look.org.sets.filter((s) => scope.includes(s.period));
  const sets = inScope.filter((s) => s.owner.kind !== 'person').map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
  // What a KR aligns to counts as its objective's; the far end, when it is a KR, as its objective too.
  const objectiveKey = (key: string) => { const n = look.nodes.get(key); return n?.kind === 'kr' ? n.objective.key : key; };
  const guards = { key: `${bscKey}/guards`, label: GUARDS_GROUP[lang], parent: bscKey };
  const targets = (o: OkrSet['objectives'][number]) => [...new Set([o.key, ...o.keyResults.map((k) => k.key)].flatMap((k) => relations.alignsTo(k)).map(objectiveKey))];
  const guardNodes: NodeInput[] = [];
  const reserved = () => nodes.length + guardNodes.length;
  let setsLeft = 0;
  for (const set of sets) {
    const newGuards = set.objectives.flatMap(targets).filter((to, i, all) => all.indexOf(to) === i && look.nodes.get(to)?.kind === 'guard' && !guardNodes.some((g) => g.key === to));
    if (reserved() + set.objectives.length + newGuards.length > max) { setsLeft++; continue; }
    for (const to of newGuards) keep(guardNodes, describe(look, to, lang, guards.key));
    groups.push(setGroup(look, set.key, lang, period));
    for (const o of set.objectives) keep(nodes, describe(look, o.key, lang, set.key));
  }
  if (guardNodes.length && bscKey) groups.push(guards);
  const all = [...nodes, ...guardNodes];
  const drawn = new Set([...all.map((n) => n.key), ...groups.map((g) => g.key)]);
  for (const set of sets) for (const o of set.objectives) {
    if (!drawn.has(o.key)) continue;
    for (const to of targets(o)) if (drawn.has(to)) edges.push({ from: o.key, to, kind: 'aligns' });
  }
  return renderFlowchart({ direction: 'RL', groups, nodes: all, edges, lang, localize: options.localize, note: companyNote({ people: inScope.length - sets.length, sets: setsLeft }) });
}
