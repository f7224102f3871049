import type { Objective, OkrSet, Organisation } from './model.ts';

/** Whether a period is measured against a BSC: its own, or an enclosing period's. */
export function hasBsc(org: Pick<Organisation, 'periods' | 'bscs'>, period: string): boolean {
  const ancestors = org.periods.find((p) => p.id === period)?.ancestors ?? [];
  return [period, ...ancestors].some((p) => org.bscs.some((b) => b.period === p));
}

/**
 * 未对齐: an objective that aligns to nothing above it (neither it nor any of its KRs names an
 * alignment). The company's objectives are the top of the tree: only a BSC can be above them.
 */
export function isUnaligned(org: Pick<Organisation, 'periods' | 'bscs'>, set: OkrSet, o: Objective): boolean {
  if (set.owner.kind === 'company' && !hasBsc(org, set.period)) return false;
  return o.alignsToWritten.length === 0 && !o.keyResults.some((kr) => kr.alignsToWritten.length > 0);
}
