import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const MIN_OBJECTIVES = 3;
export const MAX_OBJECTIVES = 5;

export const objectiveCount: LintRule = {
  id: 'objective-count',
  severity: 'warning',
  doc: msg('每个 OKR 集宜有 3–5 个目标（O 的建议数量为 3-5 个：聚焦高优）。', 'An OKR set should have 3–5 objectives (focus on what matters most).'),
  check(org, report) {
    for (const set of org.sets) {
      if (set.partial) continue;
      const n = set.objectives.length;
      if (n >= MIN_OBJECTIVES && n <= MAX_OBJECTIVES) continue;
      const fix = n < MIN_OBJECTIVES
        ? msg('目标太少会让重点不完整：考虑补充承接 BSC 的目标。', 'Too few leaves gaps: consider an objective for each BSC perspective carried.')
        : msg('目标太多会分散精力：合并或删除优先级较低的目标。', 'Too many dilutes focus: merge or drop the lower-priority ones.');
      report(set.src, ['objectives'], msg(`${set.owner.id} 的 ${set.period} OKR 有 ${n} 个目标，建议 ${MIN_OBJECTIVES}–${MAX_OBJECTIVES} 个。${fix.zh}`,
        `The ${set.period} OKRs of ${set.owner.id} have ${n} objective(s); the OKR method advises ${MIN_OBJECTIVES}–${MAX_OBJECTIVES}. ${fix.en}`));
    }
  },
};
