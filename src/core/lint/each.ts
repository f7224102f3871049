import type { Located, Organisation } from '../model.ts';
import type { Measure } from '../schemas/measure.ts';
import { eachKeyResult } from '../walk.ts';

/** Every KR and BSC metric with its measure, for rules that look at measures wherever they are. */
export function* eachMeasured(org: Organisation): Iterable<{ label: string; measure?: Measure; src: Located }> {
  for (const bsc of org.bscs) for (const m of bsc.metrics) yield { label: `bsc/${m.id}`, measure: m.measure, src: m.src };
  for (const { set, objective: o, kr } of eachKeyResult(org)) yield { label: `${set.owner.id}/${o.id}/${kr.id}`, measure: kr.measure, src: kr.src };
}
