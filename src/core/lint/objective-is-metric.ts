import { msg } from '../text.ts';
import type { LintRule } from './rule.ts';

/** A number with a unit (45分, 10%, 1000万), or a change verb followed closely by a number (提升到 55). */
const NUMBER_TARGET = /\d(?:[\d,.]*)\s*(?:%|％|‰|万|亿|元|分|倍|pp)|(?:提升|提高|增长|下降|降低|降至|降到|达到|突破|控制在|从)[^，。,;；]{0,4}\d/;

export const objectiveIsMetric: LintRule = {
  id: 'objective-is-metric',
  check(org, report) {
    for (const set of org.sets) {
      for (const o of set.objectives) {
        if (!NUMBER_TARGET.test(o.title)) continue;
        report(o.src, ['title'], msg(`目标 ${set.owner.id}/${o.id}「${o.title}」带有数字目标，像是一个 KR。O 应写方向与愿景（如"打造让客户惊喜的服务体验"），把数字移到 KR 中。`,
          `Objective ${set.owner.id}/${o.id} "${o.title}" carries a number target, like a key result. Write the direction in the O ("delight customers") and move the number into a KR.`));
      }
    }
  },
};
