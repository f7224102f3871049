import type { Measure } from '../schemas/measure.ts';
import { clamp01 } from './explain.ts';

export type Status = 'done' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'unscored';

export const STATUSES: Status[] = ['off-track', 'at-risk', 'no-data', 'unscored', 'on-track', 'done'];

export interface PaceSettings {
  atRisk: number;
  offTrack: number;
}

function days(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * The progress one would expect by `asOf`: the share of the time from `start` to `due` that has
 * passed, or for milestones with due dates, the share of steps due by then.
 */
export function expectedProgress(start: string, due: string, asOf: string, measure?: Measure): number {
  if (measure?.type === 'milestone' && measure.steps.every((s) => s.due)) {
    return measure.steps.filter((s) => s.due! <= asOf).length / measure.steps.length;
  }
  const span = days(start, due);
  if (span <= 0) return asOf >= due ? 1 : 0;
  return clamp01(days(start, asOf) / span);
}

/** on track / at risk / off track from progress ÷ expected progress; guardrails are met or not. */
export function paceStatus(args: {
  progress: number | null;
  expected: number;
  hasData: boolean;
  guardrail: boolean;
  pace: PaceSettings;
}): Status {
  const { progress, expected, hasData, guardrail, pace } = args;
  if (progress === null) return 'unscored';
  if (!hasData) return 'no-data';
  if (progress >= 1) return 'done';
  if (guardrail) return 'off-track';
  if (expected <= 0) return 'on-track';
  const ratio = progress / expected;
  if (ratio >= pace.atRisk) return 'on-track';
  return ratio >= pace.offTrack ? 'at-risk' : 'off-track';
}
