import { periodRef, type PeriodRef } from './dashboard.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { supportTree, treeNode, type TreeNode } from './tree.ts';

export interface AlignmentView {
  period: PeriodRef;
  /** The BSC the tree hangs from: the period's own, or its year's for a quarter. */
  bscPeriod?: string;
  roots: TreeNode[];
  /** Objectives of the period the tree never reaches: aligned to nothing, or to something outside it. */
  orphans: NodeLink[];
}

/** Periods whose things belong on a period's tree: itself, what encloses it, and what it encloses. */
export function periodFamily(look: Lookup, period: string): Set<string> {
  const family = new Set([period, ...look.periods.get(period)!.ancestors]);
  for (const p of look.periods.values()) if (p.ancestors.includes(period)) family.add(p.id);
  return family;
}

/** The whole tree for a period: company (BSC perspectives and metrics) → departments → people. */
export function alignmentView(look: Lookup, period: string): AlignmentView {
  const family = periodFamily(look, period);
  const include = (key: string) => family.has(nodePeriod(look, key));
  const bscPeriod = [period, ...look.periods.get(period)!.ancestors].find((p) => look.bsc(p));
  const bsc = bscPeriod ? look.bsc(bscPeriod) : undefined;
  const seen = new Set<string>();
  const roots = (bsc?.perspectives ?? []).map((p) => {
    const root = treeNode(look, p.key, seen, () => false);
    const metrics = bsc!.metrics.filter((m) => m.perspectiveId === p.id).map((m) => treeNode(look, m.key, seen, include));
    return { ...root, children: [...metrics, ...supportTree(look, p.key, seen, include)] };
  });
  const orphans = look.org.sets
    .filter((s) => s.period === period)
    .flatMap((s) => s.objectives)
    .filter((o) => !seen.has(o.key) && !o.keyResults.some((kr) => seen.has(kr.key)))
    .map((o) => nodeLink(look, o.key)!);
  return { period: periodRef(look.periods.get(period)!), bscPeriod, roots, orphans };
}

function nodePeriod(look: Lookup, key: string): string {
  const node = look.nodes.get(key);
  if (!node) return '';
  return node.kind === 'objective' || node.kind === 'kr' ? node.set.period : node.bsc.period;
}
