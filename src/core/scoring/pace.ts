import type { Measure, Step } from '../schemas/measure.ts';
import { clamp01 } from './explain.ts';

export type Status = 'done' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'unscored';

export const STATUSES: Status[] = ['off-track', 'at-risk', 'no-data', 'unscored', 'on-track', 'done'];

export interface PaceSettings {
  atRisk: number;
  offTrack: number;
  staleAfterDays: number;
}

/** Whole days from `a` to `b` (dates YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

type Milestone = Extract<Measure, { type: 'milestone' }>;

/** When a step is due: its own date, or the KR's due date for a step without one (or with a placeholder). */
export function stepDue(step: Step, krDue: string): string {
  return step.due ?? krDue;
}

/** Whether a step counts as done on `asOf`: `done: true`, or done on a date up to then. */
export function stepDone(step: Step, asOf: string): boolean {
  return step.done === true || (typeof step.done === 'string' && step.done <= asOf);
}

/** The steps that are late on `asOf`: past their due date (not on it) and not done. */
export function lateSteps(m: Milestone, krDue: string, asOf: string): Step[] {
  return m.steps.filter((s) => stepDue(s, krDue) < asOf && !stepDone(s, asOf));
}

/**
 * The progress one would expect by `asOf`: the share of the time from `start` to `due` that has
 * passed; for milestones, the share of steps due by then (a step without a date is due with the KR).
 */
export function expectedProgress(start: string, due: string, asOf: string, measure?: Measure): number {
  if (measure?.type === 'milestone') {
    return measure.steps.filter((s) => stepDue(s, due) <= asOf).length / measure.steps.length;
  }
  const span = daysBetween(start, due);
  if (span <= 0) return asOf >= due ? 1 : 0;
  return clamp01(daysBetween(start, asOf) / span);
}

/**
 * The pace status, checked in order: cannot be scored; no data yet; done; a milestone is late only
 * when a step is past due and not done; a guardrail is met or not; else progress ÷ expected progress.
 */
export function paceStatus(args: {
  progress: number | null;
  expected: number;
  /** Whether the target can be known at all (a measure, no placeholder, a baseline value where needed). */
  scorable: boolean;
  /** Whether there is evidence: a reading, milestone steps, or a self-assessment. */
  hasData: boolean;
  guardrail: boolean;
  /** For milestones: whether a step is late. Pace is then judged by the steps, not by time. */
  milestone?: { late: boolean };
  pace: Pick<PaceSettings, 'atRisk' | 'offTrack'>;
}): Status {
  const { progress, expected, scorable, hasData, guardrail, milestone, pace } = args;
  if (!scorable) return 'unscored';
  if (!hasData) return 'no-data';
  if (progress === null) return 'unscored';
  if (progress >= 1) return 'done';
  if (milestone) return milestone.late ? 'off-track' : 'on-track';
  if (guardrail) return 'off-track';
  if (expected <= 0) return 'on-track';
  const ratio = progress / expected;
  if (ratio >= pace.atRisk) return 'on-track';
  return ratio >= pace.offTrack ? 'at-risk' : 'off-track';
}
