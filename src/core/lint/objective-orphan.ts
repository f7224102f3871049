import { isUnaligned } from '../unaligned.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

export const objectiveOrphan: LintRule = {
  id: 'objective-orphan',
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
