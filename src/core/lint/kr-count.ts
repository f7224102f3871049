import { DEFAULT_KRS_PER_OBJECTIVE } from '../schemas/settings.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const krCount: LintRule = {
  id: 'kr-count',
  check(org, report) {
    const [min, max] = org.settings.lint?.keyResultsPerObjective ?? DEFAULT_KRS_PER_OBJECTIVE;
    const range = min === max ? `${min}` : `${min}–${max}`;
    for (const set of org.sets) {
      for (const o of set.objectives) {
        if (o.partial) continue;
        const n = o.keyResults.length;
        if (n >= min && n <= max) continue;
        report(o.src, ['keyResults'], n < min
          ? msg(`目标 ${set.owner.id}/${o.id} 只有 ${n} 个关键结果，少于建议的 ${range} 个（lint.keyResultsPerObjective）：KR 太少没抓手，只从一两个方面衡量 O 容易顾此失彼。请补充到至少 ${min} 个。`,
            `Objective ${set.owner.id}/${o.id} has ${n} key result(s), fewer than the ${range} advised (lint.keyResultsPerObjective): with too few, the objective is judged from one side only. Add key results until there are at least ${min}.`)
          : msg(`目标 ${set.owner.id}/${o.id} 有 ${n} 个关键结果，多于建议的 ${range} 个（lint.keyResultsPerObjective）：太多没有重点、精力分散。请保留最关键的 ${max} 个以内。`,
            `Objective ${set.owner.id}/${o.id} has ${n} key results, more than the ${range} advised (lint.keyResultsPerObjective): too many loses focus. Keep the ${max} that matter most.`));
      }
    }
  },
};
