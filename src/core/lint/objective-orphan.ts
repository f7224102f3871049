import { isUnaligned } from '../unaligned.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const objectiveOrphan: LintRule = {
  id: 'objective-orphan',
  severity: 'warning',
  doc: msg('目标应对齐到上级：公司 OKR 或 BSC、部门目标（O 要与组织的使命、愿景、战略相关）；它和它的 KR 都没有写对齐时报告。公司 OKR 的目标是对齐树的顶端，只有存在 BSC 时才需要对齐到 BSC。',
    'An objective aligns to something above it: the company OKRs or the BSC, a department objective (every O relates to the company strategy); reported when neither it nor its KRs name anything. The company\'s objectives are the top of the tree and need an alignment only when a BSC exists.'),
  check(org, report) {
    for (const set of org.sets) {
      for (const o of set.objectives) {
        // Written but unresolved refs are reported as errors already; an orphan is one with none written.
        if (o.partial || !isUnaligned(org, set, o)) continue;
        const example = set.owner.kind === 'company' ? 'alignsTo: [bsc/nps]' : 'alignsTo: [company/o1]、[bsc/nps] 或 [market/o1]';
        const exampleEn = set.owner.kind === 'company' ? 'alignsTo: [bsc/nps]' : 'alignsTo: [company/o1], [bsc/nps] or [market/o1]';
        report(o.src, ['title'], msg(`目标 ${set.owner.id}/${o.id} 没有对齐到任何上级（未对齐）。请添加对齐，例如 ${example}。`,
          `Objective ${set.owner.id}/${o.id} aligns to nothing above it (unaligned). Add an alignment, e.g. ${exampleEn}.`));
      }
    }
  },
};
