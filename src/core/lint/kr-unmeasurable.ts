import { msg } from '../text.ts';
import { eachKeyResult } from '../walk.ts';
import type { LintRule } from './rule.ts';

export const krUnmeasurable: LintRule = {
  id: 'kr-unmeasurable',
  check(org, report) {
    for (const { set, objective: o, kr } of eachKeyResult(org)) {
      if (kr.measure) continue;
      report(kr.src, ['title'], msg(`KR ${set.owner.id}/${o.id}/${kr.id} 没有 measure，无法打分。请写出可衡量的结果，例如 measure: { type: increase, unit: '%', target: 80 }，或用 milestone 列出可验收的步骤。`,
        `KR ${set.owner.id}/${o.id}/${kr.id} has no measure, so it cannot be scored. State a measurable result, e.g. measure: { type: increase, unit: '%', target: 80 }, or a milestone with steps that can be checked.`));
    }
  },
};
