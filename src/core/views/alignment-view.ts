import type { Objective } from '../model.ts';
import { isUnaligned } from '../unaligned.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { supportTree, treeNode, type TreeNode } from './tree.ts';

export interface AlignmentView {
  period: PeriodRef;
  /** The BSC the tree hangs from: the period's own, or its year's for a quarter. */
  bscPeriod?: string;
  /**
   * The top of the tree: BSC perspectives (with their metrics), then the company's objectives; in the
   * public site also the objectives that align only to private items (they say so).
   */
  roots: TreeNode[];
  /** 未对齐: objectives that align to nothing above them, with what supports them. */
  unaligned: TreeNode[];
  /** The period's own unaligned objectives, as links for lists (health page). */
  orphans: NodeLink[];
}

/** Periods whose things belong on a period's tree: itself, what encloses it, and what it encloses. */
export function periodFamily(look: Lookup, period: string): Set<string> {
  const family = new Set([period, ...look.periods.get(period)!.ancestors]);
  for (const p of look.periods.values()) if (p.ancestors.includes(period)) family.add(p.id);
  return family;
}

/**
 * The whole tree for a period: company (BSC perspectives and metrics, the company's OKRs) →
 * departments → people, and apart from it the objectives aligned to nothing above them.
 */
export function alignmentView(look: Lookup, period: string): AlignmentView {
  const family = periodFamily(look, period);
  const include = (key: string) => family.has(nodePeriod(look, key));
  const bscPeriod = [period, ...look.periods.get(period)!.ancestors].find((p) => look.bsc(p));
  const bsc = bscPeriod ? look.bsc(bscPeriod) : undefined;
  const seen = new Set<string>();
  const bscRoots = (bsc?.perspectives ?? []).map((p) => {
    const root = treeNode(look, p.key, seen, () => false);
    const metrics = bsc!.metrics.filter((m) => m.perspectiveId === p.id).map((m) => treeNode(look, m.key, seen, include));
    return { ...root, children: [...metrics, ...supportTree(look, p.key, seen, include)] };
  });
  const familySets = look.org.sets.filter((s) => family.has(s.period));
  // Without a BSC above them, the company's objectives are the top of the tree themselves.
  const companyRoots = familySets
    .filter((s) => s.owner.kind === 'company')
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && !isUnaligned(look.org, s, o)))
    .map((o) => treeNode(look, o.key, seen, include));
  // Aligned, but only to private items: the public tree has no place above them, so they head it.
  const alignedToWithheld = familySets
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && !isUnaligned(look.org, s, o) && alignsToWithheld(o)))
    .map((o) => treeNode(look, o.key, seen, include));
  const unaligned = familySets
    .flatMap((s) => s.objectives.filter((o) => !seen.has(o.key) && isUnaligned(look.org, s, o)))
    .map((o) => treeNode(look, o.key, seen, include));
  return {
    period: periodRef(look.periods.get(period)!), bscPeriod, roots: [...bscRoots, ...companyRoots, ...alignedToWithheld], unaligned, orphans: orphans(look, period),
  };
}

function alignsToWithheld(o: Objective): boolean {
  return (o.withheld?.alignsTo ?? 0) > 0 || o.keyResults.some((kr) => (kr.withheld?.alignsTo ?? 0) > 0);
}

/** The period's own objectives that align to nothing above them (未对齐). */
export function orphans(look: Lookup, period: string): NodeLink[] {
  return look.org.sets
    .filter((s) => s.period === period)
    .flatMap((s) => s.objectives.filter((o) => isUnaligned(look.org, s, o)))
    .map((o) => nodeLink(look, o.key)!);
}

function nodePeriod(look: Lookup, key: string): string {
  const node = look.nodes.get(key);
  if (!node) return '';
  return node.kind === 'objective' || node.kind === 'kr' ? node.set.period : node.bsc.period;
}
