import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';
import { eachMeasured } from './each.ts';

export const placeholderTarget: LintRule = {
  id: 'placeholder-target',
  severity: 'warning',
  doc: msg('目标值仍是占位符（X、xx），需要在评审前定下来。', 'The target is still a placeholder (X, xx) to be decided before the review.'),
  check(org, report) {
    for (const { label, measure, src } of eachMeasured(org)) {
      if (!measure || !('target' in measure) || measure.target.kind !== 'placeholder') continue;
      report(src, ['measure', 'target'], msg(`${label} 的目标值是占位符 "${measure.target.text}"：它不参与打分，请与上级对齐后写出具体数值。`,
        `The target of ${label} is the placeholder "${measure.target.text}": it cannot be scored until a number is agreed with the manager.`));
    }
  },
};
