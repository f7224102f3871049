import { writtenTarget } from '../schemas/measure.ts';
import { targetValue } from '../scoring/target.ts';
import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';
import { eachMeasured } from './each.ts';

export const baselineMissing: LintRule = {
  id: 'baseline-missing',
  check(org, report) {
    for (const { label, measure, src } of eachMeasured(org)) {
      if (!measure || (measure.type !== 'increase' && measure.type !== 'decrease')) continue;
      const b = measure.baseline;
      // A placeholder target or baseline is the placeholder rule's to report, once.
      if (measure.target.kind === 'placeholder' || b?.placeholder || targetValue(measure) !== undefined) continue;
      const example = `baseline: { value: 1300, label: ${b?.label ?? '去年'} }`;
      const target = writtenTarget(measure.target);
      report(src, ['measure', b ? 'baseline' : 'target'], b
        ? msg(`${label} 的目标 ${target} 要与基线"${b.label}"比较，但基线还没有数值，所以暂时无法计分（页面显示"无法计分：缺少基线"）。查到数值后请写入，例如 ${example}。`,
          `The target ${target} of ${label} is measured against the baseline "${b.label}", which has no value yet, so it cannot be scored (the page says "cannot be scored: no baseline"). Write the value once known, e.g. ${example}.`)
        : msg(`${label} 的目标 ${target} 要从基线算起，但没有写 baseline，所以暂时无法计分（页面显示"无法计分：缺少基线"）。请写入基线，例如 ${example}。`,
          `The target ${target} of ${label} counts from a baseline, but none is written, so it cannot be scored (the page says "cannot be scored: no baseline"). Add one, e.g. ${example}.`));
    }
  },
};
