import type { Band } from '../schemas/settings.ts';

/** The band a score falls in: bands are checked from the highest `min` down. */
export function bandOf(score: number, bands: Band[]): Band {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1];
}

/** 004: a full score at period end may mean the target was set too safe (目标可能过于保守). */
export function isConservative(score: number, conservativeAt: number, periodEnded: boolean): boolean {
  return periodEnded && score >= conservativeAt;
}
