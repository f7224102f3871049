import type { Located } from '../model.ts';
import type { Checkin } from '../schemas/checkin.ts';
import type { MeasureType } from '../schemas/measure.ts';
import type { FieldPath } from '../source.ts';
import { msg } from '../text.ts';
import type { Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';

/** What a measure reads from a check-in: a value (numeric), a progress (manual), nothing (milestone); `indicator` is a guard's plain value. */
export type ReadingKind = MeasureType | 'indicator' | undefined;

/**
 * Check-ins must carry what their measure reads: a value, a progress, or (milestones) only notes.
 * `indicator` is a guard indicator: a plain value with no target. Returns them with `by` resolved to
 * a person id.
 */
export function checkCheckins(
  checkins: Checkin[],
  type: ReadingKind,
  src: Located,
  ctx: { rep: Reporter; dir: Directory; periodStart: string; today: string },
): Checkin[] {
  const seen = new Set<string>();
  const where: Located = { file: src.file, path: [...src.path, 'checkins'] };
  return checkins.map((c, i) => {
    const at = (field: string) => [i, field];
    const by = c.by === undefined ? undefined : ctx.dir.resolvePerson(c.by, where, at('by'));
    if (c.date < ctx.periodStart) {
      ctx.rep.warn('checkin-date', where, at('date'), msg(`这次进展的日期 ${c.date} 早于周期开始 ${ctx.periodStart}，计算时会被采用，请确认日期。`,
        `This check-in is dated ${c.date}, before the period starts (${ctx.periodStart}); it still counts. Check the date.`));
    }
    if (c.date > ctx.today) {
      ctx.rep.warn('checkin-date', where, at('date'), msg(`这次进展的日期 ${c.date} 在今天（${ctx.today}）之后，是否写错了？在该日期之前它不会被计入。`,
        `This check-in is dated ${c.date}, after today (${ctx.today}). Is it a typo? It does not count before that date.`));
    }
    if (seen.has(c.date)) {
      ctx.rep.warn('checkin-date', where, at('date'), msg(`同一天 ${c.date} 有两次进展，以列表中靠后的一次为准。请合并为一次。`,
        `Two check-ins are dated ${c.date}; the later one in the list wins. Merge them into one.`));
    }
    seen.add(c.date);
    checkReadingKind(c, type, where, (field) => at(field), ctx.rep);
    if (c.value === undefined && c.progress === undefined && c.confidence === undefined && !c.note && !c.risks && !c.next) {
      ctx.rep.warn('checkin-empty', where, [i], msg('这次进展没有任何内容：请写 value/progress，或 note、risks、next。',
        'This check-in says nothing: give a value or progress, or a note, risks or next steps.'));
    }
    return { ...c, by };
  });
}

/** A value only for numeric measures, a progress only for manual ones: an error at the field otherwise. */
export function checkReadingKind(
  c: Pick<Checkin, 'value' | 'progress'>,
  type: ReadingKind,
  where: Located,
  at: (field: 'value' | 'progress') => FieldPath,
  rep: Reporter,
): void {
  if (c.value !== undefined && (type === 'milestone' || type === 'manual' || type === undefined)) {
    const fix = type === 'manual' ? msg('请改写为 progress（0–1）。', 'Write progress (0–1) instead.') : type === 'milestone'
      ? msg('里程碑的进度来自 steps 的 done 标记。', 'A milestone measure reads the done flags of its steps.')
      : msg('请先为它添加 measure。', 'Add a measure first.');
    rep.error('checkin-value', where, at('value'), msg(`value 只用于数值型度量（increase、decrease、at-least、at-most），这里的度量是 ${type ?? '无'}。${fix.zh}`,
      `value belongs to numeric measures (increase, decrease, at-least, at-most); this measure is ${type ?? 'missing'}. ${fix.en}`));
  }
  if (c.progress !== undefined && type !== 'manual') {
    rep.error('checkin-value', where, at('progress'), msg(`progress 只用于 manual 度量；这里的度量是 ${type ?? '无'}，请改写为 value。`,
      `progress belongs to manual measures; this measure is ${type ?? 'missing'}, so write value instead.`));
  }
}
