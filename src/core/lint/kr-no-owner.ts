import { msg } from '../text.ts';
import { eachKeyResult } from '../walk.ts';
import type { LintRule } from './rule.ts';

export const krNoOwner: LintRule = {
  id: 'kr-no-owner',
  severity: 'warning',
  doc: msg('公司和部门的关键结果需要写明负责人，才能回答"这个 KR 归谁"（个人 OKR 的负责人就是本人）。', 'A company or department key result names its owners, so "who owns this KR?" has an answer (a personal KR belongs to its person).'),
  check(org, report) {
    for (const { set, objective: o, kr } of eachKeyResult(org)) {
      if (set.owner.kind === 'person' || kr.ownersWritten) continue;
      report(kr.src, ['title'], msg(`KR ${set.owner.id}/${o.id}/${kr.id} 没有负责人。请添加 owners: [姓名]。`,
        `KR ${set.owner.id}/${o.id}/${kr.id} has no owner. Add owners: [name].`));
    }
  },
};
