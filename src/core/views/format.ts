import type { Measure } from '../schemas/measure.ts';
import { num } from '../scoring/explain.ts';
import { targetValue } from '../scoring/target.ts';
import { msg, type Msg } from '../text.ts';

const TIGHT_UNITS = new Set(['%', '‰']);

/** A value with its unit as Chinese business writing does: 10%, 6 亿元, 85 分; thousands grouped. */
export function withUnit(value: number, unit?: string): string {
  const n = Math.abs(value) >= 10_000 ? Math.round(value).toLocaleString('en-US') : num(value);
  if (!unit) return n;
  return TIGHT_UNITS.has(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/** The target in words, the way the seeds write it: 提升至 80%, 较 2025 Q4 降 15%, ≥ 10%, ≥ X（待定）. */
export function describeTarget(m: Measure): Msg {
  switch (m.type) {
    case 'milestone':
      return msg(`完成 ${m.steps.length} 个里程碑`, `complete ${m.steps.length} milestone(s)`);
    case 'manual':
      return msg('人工评估进度', 'progress judged by hand');
    case 'at-least':
    case 'at-most': {
      const op = m.type === 'at-least' ? '≥' : '≤';
      if (m.target.kind === 'placeholder') return msg(`${op} ${m.target.text.replace(/^[≥≤><=\s]+/, '')}（待定）`, `${op} ${m.target.text.replace(/^[≥≤><=\s]+/, '')} (to be decided)`);
      return msg(`${op} ${withUnit(targetValue(m)!, m.unit)}`, `${op} ${withUnit(targetValue(m)!, m.unit)}`);
    }
    case 'increase':
    case 'decrease': {
      const t = m.target;
      const up = m.type === 'increase';
      if (t.kind === 'placeholder') return msg(`${up ? '提升至' : '降至'} ${t.text}（待定）`, `${up ? 'raise' : 'lower'} to ${t.text} (to be decided)`);
      const value = withUnit(targetValue(m)!, m.unit);
      if (t.kind === 'value') return msg(`${up ? '提升至' : '降至'} ${value}`, `${up ? 'raise' : 'lower'} to ${value}`);
      const label = m.baseline?.label;
      const step = t.kind === 'change' ? `${num(Math.abs(t.percent))}%` : withUnit(Math.abs(t.amount), m.unit);
      return msg(
        `${label ? `较 ${label} ` : '较基线'}${up ? '提升' : '降'} ${step}（= ${value}）`,
        `${up ? 'up' : 'down'} ${step} on ${label ?? 'the baseline'} (= ${value})`,
      );
    }
  }
}

export function percent(fraction: number): number {
  return Math.round(fraction * 100);
}

export const MEASURE_NAMES: Record<Measure['type'], Msg> = {
  increase: msg('提升', 'increase'),
  decrease: msg('降低', 'decrease'),
  'at-least': msg('底线（不低于）', 'guardrail (at least)'),
  'at-most': msg('底线（不高于）', 'guardrail (at most)'),
  milestone: msg('里程碑', 'milestones'),
  manual: msg('人工评估', 'manual'),
};
