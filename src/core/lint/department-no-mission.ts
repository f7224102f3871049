import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const departmentNoMission: LintRule = {
  id: 'department-no-mission',
  check(org, report) {
    for (const d of org.departments) {
      if (d.mission) continue;
      report(d.src, ['name'], msg(`部门 ${d.name}（${d.id}）没有写使命。读者看不到它的 OKR 为什么是这些目标。请添加一句 mission，例如 mission: 从"流量采购者"转型为"健康增长的驱动者"。`,
        `The department ${d.name} (${d.id}) states no mission, so readers cannot see why its OKRs are these. Add one sentence, e.g. mission: 从"流量采购者"转型为"健康增长的驱动者"。`));
    }
  },
};
