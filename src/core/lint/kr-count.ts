import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const MIN_KRS = 2;
export const MAX_KRS = 5;

export const krCount: LintRule = {
  id: 'kr-count',
  severity: 'warning',
  doc: msg('每个目标宜有 2–5 个关键结果（太少没抓手，太多没重点）。', 'Each objective should have 2–5 key results (too few leave gaps, too many lose focus).'),
  check(org, report) {
    for (const set of org.sets) {
      for (const o of set.objectives) {
        if (o.partial) continue;
        const n = o.keyResults.length;
        if (n >= MIN_KRS && n <= MAX_KRS) continue;
        report(o.src, ['keyResults'], n < MIN_KRS
          ? msg(`目标 ${set.owner.id}/${o.id} 只有 ${n} 个关键结果：只看一个维度容易顾此失彼，请补充到 ${MIN_KRS} 个以上。`,
            `Objective ${set.owner.id}/${o.id} has ${n} key result(s): one view alone misses the rest. Add key results until there are at least ${MIN_KRS}.`)
          : msg(`目标 ${set.owner.id}/${o.id} 有 ${n} 个关键结果：太多没有重点，请保留最关键的 ${MAX_KRS} 个以内。`,
            `Objective ${set.owner.id}/${o.id} has ${n} key results: too many loses focus. Keep the ${MAX_KRS} that matter most.`));
      }
    }
  },
};
