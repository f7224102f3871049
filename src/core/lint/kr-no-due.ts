import { msg } from '../text.ts';
import { eachKeyResult } from '../walk.ts';
import type { LintRule } from './rule.ts';

export const krNoDue: LintRule = {
  id: 'kr-no-due',
  check(org, report) {
    for (const { set, objective: o, kr } of eachKeyResult(org)) {
      if (kr.dueWritten) continue;
      report(kr.src, ['title'], msg(`KR ${set.owner.id}/${o.id}/${kr.id} 没有截止时间，默认按周期结束 ${kr.due} 计算进度。请写 due: ${kr.due} 确认，或写更早的日期 / 季度（如 due: 2026-q2）。`,
        `KR ${set.owner.id}/${o.id}/${kr.id} has no due date; pace is measured against the period end, ${kr.due}. Write due: ${kr.due} to confirm, or an earlier date or quarter (e.g. due: 2026-q2).`));
    }
  },
};
