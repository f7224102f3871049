import { msg } from '../text.ts';
import type { OkrSet } from '../model.ts';
import { scorecardKey } from '../refs.ts';
import { OWNER_RANK, type Lookup } from '../views/lookup.ts';
import { urls } from '../views/urls.ts';
import { perspectiveOrder } from './bsc-map.ts';
import { describe, ownerLabel, perspectiveGroup } from './describe.ts';
import { foldKrs, MAX_NODES, renderFlowchart, type Diagram, type DiagramEdge, type DiagramOptions, type GroupInput, type NodeInput } from './graph.ts';

const BSC_KINDS = new Set(['metric', 'perspective', 'guard']);
const GUARDS_GROUP = msg('底线指标', 'Guards');

function keep(list: NodeInput[], node: NodeInput | undefined): void {
  if (node) list.push(node);
}

function bscGroupKey(period: string): string {
  return scorecardKey(period);
}

function bscGroup(look: Lookup, period: string): GroupInput {
  return { key: bscGroupKey(period), label: `${look.periods.get(period)?.name ?? period} BSC`, href: urls.period(period) };
}

/** An OKR set as a group: its owner's name, and its period's name when that differs from `period`. */
function setGroup(look: Lookup, setKey: string, lang: 'zh' | 'en', period: string): GroupInput {
  const set = look.sets.get(setKey)!;
  const owner = ownerLabel(look, setKey, lang);
  const label = set.period === period ? owner : `${owner} · ${look.periods.get(set.period)?.name ?? set.period}`;
  return { key: set.key, label, href: urls.set(set.period, set.owner.id) };
}

/** The group a node outside the diagram's own set is drawn in: the BSC, or its OKR set. */
function homeGroup(look: Lookup, key: string, lang: 'zh' | 'en', period: string): GroupInput | undefined {
  const node = look.nodes.get(key);
  if (!node) return undefined;
  if (node.kind === 'metric' || node.kind === 'perspective' || node.kind === 'guard') return bscGroup(look, node.bsc.period);
  return setGroup(look, node.set.key, lang, period);
}

function objectiveFor(look: Lookup, lang: 'zh' | 'en') {
  return (kr: NodeInput): NodeInput | undefined => {
    const node = look.nodes.get(kr.key);
    return node?.kind === 'kr' ? describe(look, node.objective.key, lang, kr.group) : undefined;
  };
}

function foldNote(count: number, max: number) {
  return msg(
    `图中共有 ${count} 个节点，超过 ${max} 个：关键结果（KR）未画出，它们的对齐关系归到所属目标上。`,
    `The diagram has ${count} nodes, more than ${max}: key results are left out and their alignment is shown on their objectives.`,
  );
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
  if (nodes.length > max) {
    const count = nodes.length;
    ({ nodes, edges: finalEdges } = foldKrs(nodes, edges, objectiveFor(look, lang)));
    note = foldNote(count, max);
  }
  return renderFlowchart({ direction: 'RL', groups, nodes, edges: finalEdges, localize: options.localize, ...(note ? { note } : {}) });
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

/**
 * The whole alignment of a period, company to departments to people (`flowchart RL`, parents on the
 * left, arrows from child to parent): the BSC's metrics grouped by perspective (the period's own BSC,
 * else its year's), then every OKR set of the period and of the periods inside it (a year's quarters),
 * departments first, then people, each with its objectives and KRs; alignment edges from child to
 * parent and containment lines from objective to KR. Guards appear only when something aligns to
 * them; objectives and KRs outside the period that something aligns to are drawn in their own sets.
 * Above `maxNodes` (150) nodes the KRs are folded into their objectives and `note` says so.
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
    groups.push(bscGroup(look, bsc.period));
    // Finance first: the company's results at the top of the tree, the capabilities below.
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
  const sets = look.org.sets.filter((s) => scope.includes(s.period)).map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
  for (const set of sets) {
    groups.push(setGroup(look, set.key, lang, period));
    for (const o of set.objectives) {
      keep(nodes, describe(look, o.key, lang, set.key));
      for (const kr of o.keyResults) {
        keep(nodes, describe(look, kr.key, lang, set.key));
        edges.push({ from: o.key, to: kr.key, kind: 'contains' });
      }
    }
  }

  const drawn = new Set([...nodes.map((n) => n.key), ...groups.map((g) => g.key)]);
  const extra: NodeInput[] = [];
  for (const n of [...nodes]) {
    if (BSC_KINDS.has(n.kind)) continue;
    for (const to of relations.alignsTo(n.key)) {
      const target = look.nodes.get(to);
      if (!target) continue;
      if (!drawn.has(to)) {
        // A guard, or an objective or KR outside the period (a quarter's set aligned to the year's).
        const isGuard = target.kind === 'guard' && bscKey !== undefined && target.bsc.period === bsc!.period;
        const home = isGuard ? { key: `${bscKey}/guards`, label: GUARDS_GROUP[lang], parent: bscKey } : homeGroup(look, to, lang, period);
        if (!home) continue;
        if (!groups.some((g) => g.key === home.key)) groups.push(home);
        keep(extra, describe(look, to, lang, home.key));
        drawn.add(to);
      }
      edges.push({ from: n.key, to, kind: 'aligns' });
    }
  }
  const all = [...nodes, ...extra];

  let finalNodes = all;
  let finalEdges = edges;
  let note;
  if (all.length > max) {
    ({ nodes: finalNodes, edges: finalEdges } = foldKrs(all, edges, objectiveFor(look, lang)));
    note = foldNote(all.length, max);
  }
  return renderFlowchart({
    direction: 'RL', groups, nodes: finalNodes, edges: finalEdges, localize: options.localize,
    // Many boxes: shorter labels (20 CJK characters for objectives, 16 for KRs); the text version has them in full.
    labelColumns: { objective: 40, kr: 32 },
    ...(note ? { note } : {}),
  });
}
