import { DEFAULT_OBJECTIVES_PER_OWNER } from '../schemas/settings.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const objectiveCount: LintRule = {
  id: 'objective-count',
  check(org, report) {
    const [min, max] = org.settings.lint?.objectivesPerOwner ?? DEFAULT_OBJECTIVES_PER_OWNER;
    const range = min === max ? `${min}` : `${min}–${max}`;
    for (const set of org.sets) {
      if (set.partial) continue;
      const n = set.objectives.length;
      if (n >= min && n <= max) continue;
      const fix = n < min
        ? msg('目标太少会让重点不完整：考虑补充承接 BSC 的目标。', 'Too few leaves gaps: consider an objective for each BSC perspective carried.')
        : msg('目标太多会分散精力：合并或删除优先级较低的目标。', 'Too many dilutes focus: merge or drop the lower-priority ones.');
      report(set.src, ['objectives'], msg(`${set.owner.id} 的 ${set.period} OKR 有 ${n} 个目标，建议 ${range} 个（lint.objectivesPerOwner）。${fix.zh}`,
        `The ${set.period} OKRs of ${set.owner.id} have ${n} objective(s); ${range} are advised (lint.objectivesPerOwner). ${fix.en}`));
    }
  },
};
