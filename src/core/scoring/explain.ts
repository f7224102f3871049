import type { Msg } from '../text.ts';

/** One input to a computed number, with where it came from. */
export interface Input {
  label: Msg;
  value: string;
  /** The check-in date, file or ref the value came from. */
  source?: string;
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

/** Scores keep two decimals, three when the third one matters (0.70, 0.875). */
export function formatScore(n: number): string {
  const three = (Math.round(n * 1000) / 1000).toFixed(3);
  return three.endsWith('0') ? three.slice(0, -1) : three;
}

export function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}
