import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const departmentNoLead: LintRule = {
  id: 'department-no-lead',
  check(org, report) {
    for (const d of org.departments) {
      // Leads written but not found are reported as unknown-person already.
      if (d.leadsWritten) continue;
      report(d.src, ['name'], msg(`部门 ${d.name}（${d.id}）没有写负责人。部门页不显示负责人，它的 OKR 也无从回答"归谁"。请添加 leads: [姓名]；负责人待定时可以先不写。`,
        `The department ${d.name} (${d.id}) names no lead, so its page shows none and its OKRs have no one to answer for them. Add leads: [name]; leave it out while the lead is undecided.`));
    }
  },
};
