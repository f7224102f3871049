import type { OkrSet, Period } from '../model.ts';
import type { Relations } from '../relations.ts';
import { compatibleMeasures, indexKrs, isNumeric, measureWords, quarterKrs } from '../scoring/value-from.ts';
import { formatRef, parseRef } from '../refs.ts';
import { msg } from '../text.ts';
import type { Reporter } from './reporter.ts';

/**
 * After alignment: a KR with `valueFrom: quarters` must be numeric, in a period that has quarters, and
 * every quarter KR aligned to it must measure the same thing the same way, or its numbers would be
 * read in the wrong unit or direction.
 */
export function checkValueFrom(sets: OkrSet[], relations: Relations, periods: Map<string, Period>, rep: Reporter): void {
  const annual = sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults)).filter((kr) => kr.valueFrom === 'quarters');
  if (annual.length === 0) return;
  const krs = indexKrs(sets);
  for (const kr of annual) {
    const where = formatRef(parseRef(kr.key)!, kr.period);
    if (!isNumeric(kr.measure)) {
      rep.error('value-from', kr.src, ['valueFrom'], msg(
        `KR ${where} 写了 valueFrom: quarters，但它的度量（${measureWords(kr.measure)}）不是数值，无法取季度 KR 的数值。请改用 increase、decrease、at-least 或 at-most 度量，或删掉 valueFrom。`,
        `The KR ${where} says valueFrom: quarters, but its measure (${measureWords(kr.measure)}) is not numeric, so no quarter value can stand for it. Use an increase, decrease, at-least or at-most measure, or remove valueFrom.`));
      continue;
    }
    if (![...periods.values()].some((p) => p.ancestors.includes(kr.period))) {
      rep.error('value-from', kr.src, ['valueFrom'], msg(
        `KR ${where} 写了 valueFrom: quarters，但周期 ${kr.period} 之下没有季度（settings.yaml 中没有 parent: '${kr.period}' 的周期）。请在 settings.yaml 添加季度，或删掉 valueFrom。`,
        `The KR ${where} says valueFrom: quarters, but the period ${kr.period} has no quarters (no period in settings.yaml has parent: '${kr.period}'). Add the quarters to settings.yaml, or remove valueFrom.`));
      continue;
    }
    for (const q of quarterKrs(kr, { relations }, krs, periods)) {
      if (compatibleMeasures(kr.measure, q.kr.measure)) continue;
      const from = formatRef(parseRef(q.kr.key)!, q.period.id);
      const target = formatRef(parseRef(kr.key)!, q.period.id);
      const want = measureWords(kr.measure);
      rep.error('value-from', q.kr.src, q.kr.measure ? ['measure'] : ['alignsTo'], msg(
        `KR ${from} 对齐到 ${target}，后者写了 valueFrom: quarters，要取本 KR 的数值；但两者的度量不同（本 KR：${measureWords(q.kr.measure)}；年度 KR：${want}），数值无法直接沿用。请把本 KR 的度量改为 ${want}，或让它对齐到年度 KR 所在的目标，或删掉年度 KR 的 valueFrom。`,
        `The KR ${from} aligns to ${target}, which says valueFrom: quarters and so takes this KR's values; but their measures differ (this KR: ${measureWords(q.kr.measure)}; the annual KR: ${want}), so the numbers cannot stand for each other. Make this KR's measure ${want}, align it to the annual KR's objective instead, or remove valueFrom from the annual KR.`));
    }
  }
}
