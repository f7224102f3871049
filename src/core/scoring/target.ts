import type { Measure } from '../schemas/measure.ts';

/** The number a target stands for: a relative target applied to the baseline; a placeholder has none. */
export function targetValue(measure: Measure): number | undefined {
  if (measure.type === 'milestone' || measure.type === 'manual') return undefined;
  const t = measure.target;
  const base = 'baseline' in measure ? (measure.baseline?.value ?? 0) : 0;
  switch (t.kind) {
    case 'value':
      return t.value;
    case 'change':
      return base * (1 + t.percent / 100);
    case 'delta':
      return base + t.amount;
    case 'placeholder':
      return undefined;
  }
}
