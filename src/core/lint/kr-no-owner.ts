import { msg } from '../text.ts';
import { eachKeyResult } from '../walk.ts';
import type { LintRule } from './rule.ts';

export const krNoOwner: LintRule = {
  id: 'kr-no-owner',
  check(org, report) {
    for (const { set, objective: o, kr } of eachKeyResult(org)) {
      if (set.owner.kind === 'person' || kr.ownersWritten) continue;
      report(kr.src, ['title'], msg(`KR ${set.owner.id}/${o.id}/${kr.id} 没有负责人。请添加 owners: [姓名]。`,
        `KR ${set.owner.id}/${o.id}/${kr.id} has no owner. Add owners: [name].`));
    }
  },
};
