import { eachKeyResult } from '../walk.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';
import { eachMeasured } from './each.ts';

export const placeholderTarget: LintRule = {
  id: 'placeholder-target',
  check(org, report) {
    for (const { label, measure, src } of eachMeasured(org)) {
      if (!measure || measure.type === 'milestone' || measure.type === 'manual') continue;
      if (measure.target.kind === 'placeholder') {
        report(src, ['measure', 'target'], msg(`${label} 的目标值是占位符 "${measure.target.text}"：它不参与打分，请与上级对齐后写出具体数值。`,
          `The target of ${label} is the placeholder "${measure.target.text}": it cannot be scored until a number is agreed with the manager.`));
      }
      const baseline = 'baseline' in measure ? measure.baseline : undefined;
      if (baseline?.placeholder) {
        report(src, ['measure', 'baseline'], msg(`${label} 的基线值是占位符 "${baseline.placeholder}"：写出实际数值后才能计分。`,
          `The baseline of ${label} is the placeholder "${baseline.placeholder}": it can be scored once the real value is written.`));
      }
    }
    for (const { set, objective: o, kr } of eachKeyResult(org)) {
      const label = `${set.owner.id}/${o.id}/${kr.id}`;
      if (kr.duePlaceholder) {
        report(kr.src, ['due'], msg(`KR ${label} 的截止时间是占位符 "${kr.duePlaceholder}"：应有进度暂按周期结束 ${kr.due} 计算，请定下具体日期。`,
          `The due date of KR ${label} is the placeholder "${kr.duePlaceholder}": pace counts against the period end, ${kr.due}, until a date is agreed.`));
      }
      if (kr.measure?.type !== 'milestone') continue;
      kr.measure.steps.forEach((step, i) => {
        if (!step.duePlaceholder) return;
        report(kr.src, ['measure', 'steps', i, 'due'], msg(`KR ${label} 的步骤「${step.title}」截止时间是占位符 "${step.duePlaceholder}"：暂按 KR 的截止日 ${kr.due} 计算，请定下具体日期。`,
          `The step "${step.title}" of KR ${label} is due on the placeholder "${step.duePlaceholder}": it counts as due with the KR, ${kr.due}, until a date is agreed.`));
      });
    }
  },
};
