import type { KeyResult, Objective, OkrSet, Organisation } from './model.ts';

/** Every key result of the organisation with its set and objective, in content order. */
export function* eachKeyResult(org: Pick<Organisation, 'sets'>): Iterable<{ set: OkrSet; objective: Objective; kr: KeyResult }> {
  for (const set of org.sets) for (const objective of set.objectives) for (const kr of objective.keyResults) yield { set, objective, kr };
}
