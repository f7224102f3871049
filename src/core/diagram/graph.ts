import type { CausalVerdict } from '../scoring/causal.ts';
import type { Status } from '../scoring/pace.ts';
import type { Msg } from '../text.ts';
import { STATUS_LABELS } from '../views/status.ts';
import { href as safeHref, LABEL_COLUMNS, labelLines } from './escape.ts';
import { CLASS_DEFS, LINK_STYLES, STATUS_ICONS, statusClass } from './style.ts';

export type DiagramNodeKind = 'metric' | 'perspective' | 'guard' | 'objective' | 'kr';

/** One box of a diagram; the list doubles as the data of the diagram's text alternative. */
export interface DiagramNode {
  /** The Mermaid id, generated: `n0`, `n1`, … (never editor text). */
  id: string;
  /** The ref key: `2026:bsc/nps`, `2026:market/o1/kr1`. */
  key: string;
  kind: DiagramNodeKind;
  /** The full label as written (one line; the drawing wraps it, never shortens it): metric name, `O1 【…】`. */
  label: string;
  /** Where it lives: `BSC` or the owner's name. */
  context: string;
  href: string;
  status: Status;
  /** The score as printed, `0.75`, or `—`. */
  score: string;
  /** The key of the group (lane, set, perspective) it is drawn in. */
  group?: string;
}

/** A subgraph: a BSC perspective lane, the BSC, an OKR set. Edges may point at a group (a perspective). */
export interface DiagramGroup {
  /** The Mermaid id, generated: `g0`, `g1`, … */
  id: string;
  /** `2026:bsc/finance`, `2026:bsc`, `2026:market`. */
  key: string;
  label: string;
  /** The enclosing group's key. */
  parent?: string;
  href?: string;
  status?: Status;
  score?: string;
}

/**
 * `cause`: metric `from` drives metric `to` (label = why). `aligns`: `from` aligns to `to` (child →
 * parent). `contains`: objective `from` holds KR `to`. Endpoints are node or group keys.
 */
export interface DiagramEdge {
  from: string;
  to: string;
  kind: 'cause' | 'aligns' | 'contains';
  /** The full text (a cause's why); in the drawing only `marker` stands for it, the legend has it whole. */
  label?: string;
  /** What the drawing writes on the edge, `①`: the key to the legend under the diagram. */
  marker?: string;
  /** A cause tested against the data (scoring/causal.ts): drawn in its colour and dash, its symbol after the marker. */
  verdict?: CausalVerdict;
  /** The verdict's symbol, `✓`: drawn on the edge after the marker, so colour is never the only cue. */
  badge?: string;
}

/** What the drawing writes on an edge: its marker, then its badge (`①✓`), no space between: each edge label widens the map. */
export function edgeText(e: Pick<DiagramEdge, 'marker' | 'badge'>): string {
  return [e.marker, e.badge].filter(Boolean).join('');
}

export interface Diagram {
  /** Mermaid flowchart source, for `<Diagram code=…>`. */
  code: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
  /** Set when the diagram was simplified: what was left out, and where it is shown instead. */
  note?: Msg;
}

export interface DiagramOptions {
  /** Label language for BSC names (`nameEn`) and notes; content is otherwise shown as written. */
  lang?: 'zh' | 'en';
  /** Maps every site href, e.g. to the English copy of the site (`localize(href, 'en')`). */
  localize?: (href: string) => string;
  /** The most nodes a diagram may have (default 40); above it the generator draws less and says so in `note`. */
  maxNodes?: number;
  /**
   * The phone drawing: key results folded into their objectives and labels wrapped at
   * COMPACT_COLUMNS, so the map is a few narrow columns that fit a 390 px screen.
   */
  compact?: boolean;
}

/** Label width of the compact (phone) drawing, in columns: 7 CJK characters. */
export const COMPACT_COLUMNS = 14;
/** Space between the compact drawing's columns, px: with COMPACT_COLUMNS, three columns are ~500 px, drawn ≥ 11 px on a 390 px phone. */
const COMPACT_RANK_SPACING = 12;
const NODE_KINDS: DiagramNodeKind[] = ['metric', 'perspective', 'guard', 'objective', 'kr'];

/** Above ~40 boxes a flowchart stops being readable on a laptop, let alone a phone. */
export const MAX_NODES = 40;

/** The marker of the n-th (1-based) edge of a legend: ①…⑳, ㉑…㊿, then (51), (52)… */
export function edgeMarker(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x245f + n);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

export type NodeInput = Omit<DiagramNode, 'id'>;
export type GroupInput = Omit<DiagramGroup, 'id'>;

/**
 * Builds Mermaid flowchart source from groups, nodes and edges given in display order. Ids are
 * numbered in that order, so the same input always gives the same text.
 */
export function renderFlowchart(args: {
  direction: 'LR' | 'RL' | 'TB' | 'BT';
  groups: GroupInput[];
  nodes: NodeInput[];
  edges: DiagramEdge[];
  /** Direction inside each group; Mermaid ignores it for groups whose nodes link outside. */
  groupDirection?: 'LR' | 'RL' | 'TB' | 'BT';
  localize?: (href: string) => string;
  /** Widest label line per node kind, in columns (default LABEL_COLUMNS = 12 CJK characters); longer text wraps. */
  labelColumns?: Partial<Record<DiagramNodeKind, number>>;
  /** The language of the status words under each score. */
  lang?: 'zh' | 'en';
  note?: Msg;
  /** The phone drawing (DiagramOptions.compact): labels at COMPACT_COLUMNS unless `labelColumns` says otherwise, columns closer together. */
  compact?: boolean;
}): Diagram {
  const localize = args.localize ?? ((h: string) => h);
  // Ids follow the order the source lists things in: groups depth first, each group's nodes after its subgroups.
  const known = new Set(args.groups.map((g) => g.key));
  const groupOrder: GroupInput[] = [];
  const nodeOrder: NodeInput[] = [];
  const visit = (g: GroupInput) => {
    groupOrder.push(g);
    for (const child of args.groups.filter((c) => c.parent === g.key)) visit(child);
    nodeOrder.push(...args.nodes.filter((n) => n.group === g.key));
  };
  for (const g of args.groups.filter((x) => !x.parent || !known.has(x.parent))) visit(g);
  nodeOrder.push(...args.nodes.filter((n) => !n.group || !known.has(n.group)));
  const groupId = new Map(groupOrder.map((g, i) => [g, `g${i}`]));
  const nodeId = new Map(nodeOrder.map((n, i) => [n, `n${i}`]));
  const groups: DiagramGroup[] = args.groups.map((g) => ({ ...g, id: groupId.get(g)!, ...(g.href ? { href: localize(g.href) } : {}) }));
  const nodes: DiagramNode[] = args.nodes.map((n) => ({ ...n, id: nodeId.get(n)!, href: localize(n.href) }));
  const ids = new Map<string, string>([...groups.map((g) => [g.key, g.id] as const), ...nodes.map((n) => [n.key, n.id] as const)]);
  const seen = new Set<string>();
  const edges = args.edges.filter((e) => {
    const sig = `${e.kind} ${e.from} ${e.to}`;
    if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to) || seen.has(sig)) return false;
    seen.add(sig);
    return true;
  });

  // Mermaid's per-diagram config (front matter): in the phone drawing the columns sit 12 px apart, not 40.
  const out: string[] = args.compact ? ['---', 'config:', '  flowchart:', `    rankSpacing: ${COMPACT_RANK_SPACING}`, '---'] : [];
  out.push(`flowchart ${args.direction}`);
  const labelColumns = args.labelColumns ?? (args.compact ? Object.fromEntries(NODE_KINDS.map((k) => [k, COMPACT_COLUMNS])) : undefined);
  const lang = args.lang ?? 'zh';
  // The status line wraps too in the phone drawing ("0.38 ✕ / Off track").
  const lineColumns = args.compact ? COMPACT_COLUMNS : 2 * LABEL_COLUMNS;
  // Score and status on a line of their own, the status as icon and word: colour is never the only cue.
  const nodeLine = (n: DiagramNode) => {
    const name = labelLines([n.label], labelColumns?.[n.kind] ?? LABEL_COLUMNS);
    const status = labelLines([`${n.score} ${STATUS_ICONS[n.status]} ${STATUS_LABELS[n.status][lang]}`], lineColumns);
    return `${n.id}[${name.slice(0, -1)}<br>${status.slice(1)}]`;
  };
  const emitGroup = (g: DiagramGroup, indent: string) => {
    const title = g.score === undefined ? g.label : `${g.label} · ${g.score}`;
    out.push(`${indent}subgraph ${g.id}[${labelLines([title], 2 * LABEL_COLUMNS)}]`);
    if (args.groupDirection) out.push(`${indent}  direction ${args.groupDirection}`);
    for (const child of groups.filter((c) => c.parent === g.key)) emitGroup(child, `${indent}  `);
    for (const n of nodes.filter((x) => x.group === g.key)) out.push(`${indent}  ${nodeLine(n)}`);
    out.push(`${indent}end`);
  };
  for (const g of groups.filter((x) => !x.parent || !known.has(x.parent))) emitGroup(g, '  ');
  for (const n of nodes.filter((x) => !x.group || !known.has(x.group))) out.push(`  ${nodeLine(n)}`);

  for (const e of edges) {
    const from = ids.get(e.from)!;
    const to = ids.get(e.to)!;
    if (e.kind === 'contains') out.push(`  ${to} --- ${from}`); // drawn KR first, so the KR sits beyond its objective
    else if (e.marker) out.push(`  ${from} -->|${labelLines([edgeText(e)])}| ${to}`);
    else out.push(`  ${from} --> ${to}`);
  }
  const emitted = [...nodes].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  for (const n of emitted) out.push(`  click ${n.id} href "${safeHref(n.href)}"`);
  out.push(...CLASS_DEFS.map((d) => `  ${d}`));
  const byClass = new Map<string, string[]>();
  for (const n of emitted) {
    const c = statusClass(n.status);
    byClass.set(c, [...(byClass.get(c) ?? []), n.id]);
  }
  for (const [c, list] of byClass) out.push(`  class ${list.join(',')} ${c}`);
  // Mermaid numbers links in the order they are written: one linkStyle per verdict, listing its edges.
  const byVerdict = new Map<CausalVerdict, number[]>();
  edges.forEach((e, i) => e.verdict && byVerdict.set(e.verdict, [...(byVerdict.get(e.verdict) ?? []), i]));
  for (const [v, list] of byVerdict) out.push(`  linkStyle ${list.join(',')} ${LINK_STYLES[v]}`);
  return { code: `${out.join('\n')}\n`, nodes, edges, groups, ...(args.note ? { note: args.note } : {}) };
}

/**
 * Fold KR nodes into their objectives: each KR is replaced by its objective (added where the KR was
 * when it is not drawn yet), its edges move to the objective, duplicates and self-loops go, and
 * containment edges disappear.
 */
export function foldKrs(nodes: NodeInput[], edges: DiagramEdge[], objectiveOf: (kr: NodeInput) => NodeInput | undefined): { nodes: NodeInput[]; edges: DiagramEdge[] } {
  const out: NodeInput[] = [];
  const have = new Set<string>();
  const moved = new Map<string, string>();
  for (const n of nodes) {
    const target = n.kind === 'kr' ? objectiveOf(n) : n;
    if (!target) continue;
    if (n.kind === 'kr') moved.set(n.key, target.key);
    if (have.has(target.key)) continue;
    have.add(target.key);
    out.push(n.kind === 'kr' ? { ...target, group: target.group ?? n.group } : n);
  }
  const folded: DiagramEdge[] = [];
  for (const e of edges) {
    if (e.kind === 'contains') continue;
    const from = moved.get(e.from) ?? e.from;
    const to = moved.get(e.to) ?? e.to;
    if (from !== to) folded.push({ ...e, from, to });
  }
  return { nodes: out, edges: folded };
}
