import type { Measure } from '../schemas/measure.ts';
import { msg, type Msg } from '../text.ts';

type Numeric = Exclude<Measure, { type: 'milestone' } | { type: 'manual' }>;

function isNumeric(m: Measure): m is Numeric {
  return m.type !== 'milestone' && m.type !== 'manual';
}

/**
 * The baseline value a progress formula counts from. An absolute increase written without one counts
 * from 0; a relative target (+50%, +5) needs a real baseline.
 */
export function baselineValue(measure: Measure): number | undefined {
  if (measure.type !== 'increase' && measure.type !== 'decrease') return undefined;
  if (measure.baseline) return measure.baseline.value;
  return measure.type === 'increase' && measure.target.kind === 'value' ? 0 : undefined;
}

/**
 * The number a target stands for: a relative target applied to the baseline. Undefined while it cannot
 * be known: a placeholder target, or a relative target (or a decrease) whose baseline value is missing.
 */
export function targetValue(measure: Measure): number | undefined {
  if (!isNumeric(measure)) return undefined;
  const t = measure.target;
  if (t.kind === 'placeholder') return undefined;
  const relative = measure.type === 'increase' || measure.type === 'decrease';
  if (t.kind === 'value') return relative && baselineValue(measure) === undefined ? undefined : t.value;
  const base = baselineValue(measure);
  if (base === undefined) return undefined;
  return t.kind === 'change' ? base * (1 + t.percent / 100) : base + t.amount;
}

/** Why a numeric measure cannot be scored yet, or undefined when it can. */
export function whyUnscored(measure: Measure): Msg | undefined {
  if (!isNumeric(measure)) return undefined;
  const t = measure.target;
  if (t.kind === 'placeholder') return msg('目标是占位符，尚不能计算进度。', 'The target is a placeholder, so progress cannot be computed yet.');
  if (targetValue(measure) !== undefined) return undefined;
  const b = 'baseline' in measure ? measure.baseline : undefined;
  const what = b?.label ? `（${b.label}）` : '';
  const whatEn = b?.label ? ` (${b.label})` : '';
  if (b?.placeholder) return msg(`无法计分：基线${what}还是占位符 ${b.placeholder}。`, `Cannot be scored: the baseline${whatEn} is still the placeholder ${b.placeholder}.`);
  return msg(`无法计分：缺少基线${what}的数值。`, `Cannot be scored: the baseline${whatEn} has no value yet.`);
}
