import type { Measure, Target } from '../schemas/measure.ts';
import { num } from '../scoring/explain.ts';
import { targetValue } from '../scoring/target.ts';
import { msg, type Msg } from '../text.ts';
import { formatQuantity } from '../units.ts';

/** A value with its unit as pages show it (see units.ts): 10%, 6 亿元, 1.2 亿元 for 12000 万元. */
export { formatQuantity as withUnit };

const stripComparator = (text: string) => text.replace(/^(?:≥|≤|>=|<=|>|<|＞|＜|不低于|不高于|不超过|超过|约)\s*/u, '');

/** 较去年, 较 2025 Q4, 较基线: what a relative target is measured against. */
function against(label: string | undefined): Msg {
  if (!label) return msg('较基线', 'on the baseline');
  return msg(`较${/^[\x21-\x7e]/.test(label) ? ' ' : ''}${label}`, `on ${label}`);
}

/** −10%, +50%, −3 个: a relative step with a true minus sign. */
function relativeStep(t: Extract<Target, { kind: 'change' | 'delta' }>, unit?: string): string {
  const n = t.kind === 'change' ? t.percent : t.amount;
  const sign = n < 0 ? '−' : '+';
  return t.kind === 'change' ? `${sign}${num(Math.abs(n))}%` : `${sign}${formatQuantity(Math.abs(n), unit)}`;
}

/**
 * The target in words, the way OKR documents write it: 提升至 80%, 较去年 −10%, 较 2025 Q4 −15%（= 1020
 * 元/百万元）, ≥ 10%, ≥ X（待定）.
 */
export function describeTarget(m: Measure): Msg {
  switch (m.type) {
    case 'milestone':
      return msg(`完成 ${m.steps.length} 个里程碑`, `complete ${m.steps.length} milestone(s)`);
    case 'manual':
      return msg('人工评估进度', 'progress judged by hand');
    case 'at-least':
    case 'at-most': {
      const op = m.type === 'at-least' ? '≥' : '≤';
      if (m.target.kind === 'placeholder') {
        const x = stripComparator(m.target.text);
        return msg(`${op} ${x}（待定）`, `${op} ${x} (to be decided)`);
      }
      const value = formatQuantity(targetValue(m)!, m.unit);
      return msg(`${op} ${value}`, `${op} ${value}`);
    }
    case 'increase':
    case 'decrease': {
      const t = m.target;
      const up = m.type === 'increase';
      const base = against(m.baseline?.label);
      if (t.kind === 'placeholder' && t.sign !== undefined) {
        return msg(`${base.zh} ${t.text}（待定）`, `${t.text} ${base.en} (to be decided)`);
      }
      if (t.kind === 'placeholder') return msg(`${up ? '提升至' : '降至'} ${t.text}（待定）`, `${up ? 'raise' : 'lower'} to ${t.text} (to be decided)`);
      if (t.kind === 'value') {
        const value = formatQuantity(t.value, m.unit);
        return msg(`${up ? '提升至' : '降至'} ${value}`, `${up ? 'raise' : 'lower'} to ${value}`);
      }
      const step = relativeStep(t, m.unit);
      const known = targetValue(m);
      const equals = known === undefined ? undefined : formatQuantity(known, m.unit);
      return msg(
        `${base.zh} ${step}${equals ? `（= ${equals}）` : ''}`,
        `${step} ${base.en}${equals ? ` (= ${equals})` : ''}`,
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

/** "2 项非公开内容" / "2 non-public items": what a public page names without linking. */
export function withheldItems(n: number): Msg {
  return msg(`${n} 项非公开内容`, `${n} non-public ${n === 1 ? 'item' : 'items'}`);
}
