import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const objectiveOrphan: LintRule = {
  id: 'objective-orphan',
  severity: 'warning',
  doc: msg('目标应对齐到 BSC 或上级目标（O 要与组织的使命、愿景、战略相关）；它和它的 KR 都没有写对齐时报告。', 'An objective aligns to the BSC or a parent objective (every O relates to the company strategy); reported when neither it nor its KRs name anything to align to.'),
  check(org, report) {
    for (const set of org.sets) {
      for (const o of set.objectives) {
        // Written but unresolved refs are reported as errors already; an orphan is one with none written.
        const written = o.alignsToWritten.length > 0 || o.keyResults.some((kr) => kr.alignsToWritten.length > 0);
        if (written || o.partial) continue;
        report(o.src, ['title'], msg(`目标 ${set.owner.id}/${o.id} 没有对齐到任何上级（孤立目标）。请添加 alignsTo，例如 alignsTo: [bsc/nps] 或 [market/o1]。`,
          `Objective ${set.owner.id}/${o.id} aligns to nothing (an orphan). Add alignsTo, e.g. alignsTo: [bsc/nps] or [market/o1].`));
      }
    }
  },
};
