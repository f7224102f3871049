import type { Bsc, KeyResult, Metric, Objective, OkrSet } from '../model.ts';

/**
 * "What a person owns, ranked by weight", as the search page lists it after the person:
 *
 * 1. BSC metrics they own, by BSC weight: the metric's share of the company score (its weight ÷ the sum of
 *    the perspective weights; 净营收 15 of 100 = 0.15).
 * 2. Guard indicators they own (no weight: they only feed hedge rules), in content order.
 * 3. OKR sets they answer for (their own, and those of the departments they lead), in content order:
 *    a set is a whole, it has no weight within anything.
 * 4. KRs they own, by their share of their set's score: the objective's weight within the set × the KR's
 *    weight within the objective (equal weights when none are written, as scoring does).
 *
 * Ties keep content order. The result is a fixed-width string of digits, so Pagefind's sort gives the same
 * order whether it compares the keys as text or as numbers.
 */
export function ownedRank(group: OwnedGroup, share: number, order: number): string {
  const weight = Math.round((1 - Math.min(Math.max(share, 0), 1)) * 9999);
  return `${GROUPS.indexOf(group)}${String(weight).padStart(4, '0')}${String(order).padStart(6, '0')}`;
}

export type OwnedGroup = 'metric' | 'guard' | 'set' | 'kr';
const GROUPS: OwnedGroup[] = ['metric', 'guard', 'set', 'kr'];

/** A metric's share of the company score. */
export function metricShare(bsc: Bsc, m: Metric): number {
  const total = bsc.perspectives.reduce((n, p) => n + p.weight, 0);
  return total > 0 ? m.weight / total : 0;
}

/** A KR's share of its set's score. */
export function krShare(set: OkrSet, o: Objective, kr: KeyResult): number {
  const w = (x: { weight?: number }) => x.weight ?? 1;
  const objectives = set.objectives.reduce((n, x) => n + w(x), 0);
  const krs = o.keyResults.reduce((n, x) => n + w(x), 0);
  return objectives > 0 && krs > 0 ? (w(o) / objectives) * (w(kr) / krs) : 0;
}
