import type { Msg } from '../text.ts';

/** What an input of an aggregate is: the model key of a KR, objective, metric or perspective, for a link. */
export interface InputRef {
  kind: 'metric' | 'perspective' | 'objective' | 'kr';
  key: string;
}

/** One input to a computed number, with where it came from. */
export interface Input {
  /** As readers know it: 净营收, 财务, KR2. Never a ref: `ref` carries that, and pages make it a link. */
  label: Msg;
  value: string;
  /** The check-in date or baseline label the value came from. */
  source?: string;
  ref?: InputRef;
  sample?: boolean;
}

/** How a number was computed: the formula, the same with numbers in, the inputs and any notes. */
export interface Explanation {
  formula: Msg;
  computation: string;
  inputs: Input[];
  notes: Msg[];
}

/** A computed number and its provenance; `null` when it cannot be computed (the notes say why). */
export interface Computed {
  value: number | null;
  explain: Explanation;
}

/** Numbers as the pages print them: at most 3 decimals, trailing zeros dropped. */
export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * The one way a score (0–1, and a progress ratio before it is clamped) is printed: two decimals,
 * always (0.70, 0.88, 1.00), on every page, diagram, search result and "如何计算" (docs/scoring.md).
 */
export function formatScore(n: number): string {
  // Round half up on the decimal value, not on its binary approximation (0.845 → 0.85).
  const rounded = Math.round(Number((n * 100).toPrecision(12))) / 100;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
}

export function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}
